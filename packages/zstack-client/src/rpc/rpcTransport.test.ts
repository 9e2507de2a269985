import { afterEach, describe, expect, it } from 'vitest';
import { ZStackClient } from '../client.ts';
import { clientErrorCodes } from '../errors.ts';
import { messageOf, rpcFail, rpcJob, rpcNodes, rpcOk } from './rpcTestPeer.ts';

const session = '4f0c2a3b9c8e4d7aa1b2c3d4e5f60718';
const vm = '8d3f7c2a1b0e4f5a9c6d7e8f90a1b2c3';
const job = 'c0ffee00c0ffee00c0ffee00c0ffee00';
const adminHash =
  'b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86';
const nodes = rpcNodes(session);
afterEach(() => nodes.close());
const rpcNode = nodes.open;
const vmJob = (running: number, finish: () => unknown) =>
  rpcJob('StartVmInstance', job, running, finish);

describe('legacy RPC: the message', () => {
  it('logs in with the class-name envelope, no session, and keeps the session from inventory.uuid', async () => {
    const { server, root } = await rpcNode((req) => {
      const [, fields] = messageOf(req);
      return fields.password === adminHash
        ? [200, rpcOk('LogInByAccount', { inventory: { uuid: session, accountUuid: vm } })]
        : [200, rpcFail('LogInByAccount', { code: 'ID.1000', description: 'wrong password' })];
    });
    const login = await root.loginByAccount('admin', 'password');
    expect(login.uuid).toBe(session);
    expect(root.sessionUuid).toBe(session);
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'POST', url: '/zstack/api' });
    expect(request?.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(request?.headers.authorization).toBeUndefined();
    expect(JSON.parse(request?.body ?? '')).toEqual({
      'org.zstack.header.identity.APILogInByAccountMsg': {
        accountName: 'admin',
        password: adminHash,
      },
    });
    await expect(root.loginByAccount('admin', 'nope')).rejects.toMatchObject({
      code: 'ID.1000',
      api: 'LogInByAccount',
      status: 503,
    });
  });

  it('puts the session inside the message and the API timeout in `timeout` (ms), no headers', async () => {
    const { server, client } = await rpcNode(
      vmJob(0, () => rpcOk('StartVmInstance', { inventory: { uuid: vm } }, job)),
    );
    await client.call('StartVmInstance', { uuid: vm }, { apiTimeoutSec: 600 });
    const [request] = server.requests;
    expect(JSON.parse(request?.body ?? '')).toEqual({
      'org.zstack.header.vm.APIStartVmInstanceMsg': {
        uuid: vm,
        session: { uuid: session },
        timeout: 600_000,
      },
    });
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.headers['x-job-uuid']).toBeUndefined();
    expect(request?.headers['x-api-timeout']).toBeUndefined();
  });

  it('sends queries as conditions/paging/sort fields; conditions [] when there are none', async () => {
    const { server, client } = await rpcNode((req) => {
      const [, fields] = messageOf(req);
      return [
        200,
        fields.count
          ? rpcOk('QueryVmInstance', { total: 7 })
          : rpcOk('QueryVmInstance', { inventories: [{ uuid: vm }], total: 7 }),
      ];
    });
    expect(await client.query('QueryVmInstance')).toEqual({
      inventories: [{ uuid: vm }],
      total: 7,
    });
    expect(messageOf(server.requests[0] ?? ({} as never))[1]).toEqual({
      conditions: [],
      session: { uuid: session },
    });
    await client.query('QueryVmInstance', {
      conditions: [
        { name: 'state', op: '=', value: 'Running' },
        { name: 'hostUuid', op: 'is not null' },
        { name: 'name', op: 'in', value: 'a,b' },
      ],
      limit: 20,
      start: 40,
      replyWithCount: true,
      sort: { by: 'createDate', direction: 'desc' },
      fields: ['uuid', 'name'],
    });
    expect(messageOf(server.requests[1] ?? ({} as never))[1]).toEqual({
      conditions: [
        { name: 'state', op: '=', value: 'Running' },
        { name: 'hostUuid', op: 'is not null' },
        { name: 'name', op: 'in', value: 'a,b' },
      ],
      limit: 20,
      start: 40,
      replyWithCount: true,
      sortBy: 'createDate',
      sortDirection: 'desc',
      fields: ['uuid', 'name'],
      session: { uuid: session },
    });
    expect(await client.count('QueryVmInstance')).toBe(7);
    expect(messageOf(server.requests[2] ?? ({} as never))[1]).toMatchObject({ count: true });
  });

  it('refuses a webhook (the RPC has none) before sending', async () => {
    const { server, client } = await rpcNode(() => [500, 'unexpected']);
    await expect(
      client.call('StartVmInstance', { uuid: vm }, { webHook: 'http://bff/hook' }),
    ).rejects.toMatchObject({ code: clientErrorCodes.UNSUPPORTED });
    expect(server.requests).toHaveLength(0);
  });
});

describe('legacy RPC: jobs for the job centre', () => {
  it('submit() returns the node-chosen uuid and transport rpc; followJob resumes it', async () => {
    const { server, client } = await rpcNode(
      vmJob(1, () => rpcOk('StartVmInstance', { inventory: { uuid: vm } }, job)),
    );
    const mine = 'a08193bf6734497988398ccd375c640f';
    const submitted = await client.submit('StartVmInstance', { uuid: vm }, { jobUuid: mine });
    // The RPC has no X-Job-UUID: the caller's uuid goes nowhere, the node's comes back.
    expect(server.requests[0]?.body).not.toContain(mine);
    expect(server.requests[0]?.headers['x-job-uuid']).toBeUndefined();
    expect(submitted).toEqual({
      jobUuid: job,
      location: `${server.endpoint}/api/result/${job}`,
      transport: 'rpc',
    });
    expect(await client.transportFor('StartVmInstance')).toBe('rpc');
    // Another client on its defaults (auto, version unknown) finds the job from the record.
    const later = nodes.track(new ZStackClient({ endpoint: server.endpoint, pollInterval: 1 }));
    const byLocation = await later.followJob(job, { location: submitted.location });
    expect(byLocation).toEqual({ inventory: { uuid: vm } });
    const byTransport = await later.followJob(job, { transport: 'rpc' });
    expect(byTransport).toEqual({ inventory: { uuid: vm } });
  });
});
