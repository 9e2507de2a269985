import { afterEach, describe, expect, it } from 'vitest';
import { clientErrorCodes, ZStackError } from '../errors.ts';
import type { RequestEvent } from '../transport.ts';
import { apiOf, messageOf, rpcFail, rpcJob, rpcNodes, rpcOk } from './rpcTestPeer.ts';

const session = '4f0c2a3b9c8e4d7aa1b2c3d4e5f60718';
const vm = '8d3f7c2a1b0e4f5a9c6d7e8f90a1b2c3';
const job = 'c0ffee00c0ffee00c0ffee00c0ffee00';
const nodes = rpcNodes(session);
afterEach(() => nodes.close());
const rpcNode = nodes.open;
const vmJob = (running: number, finish: () => unknown) =>
  rpcJob('StartVmInstance', job, running, finish);

describe('legacy RPC: the answer', () => {
  it('follows Processing at /api/result/{uuid} until Done and maps the event to the REST body', async () => {
    const events: RequestEvent[] = [];
    const { server, client } = await rpcNode(
      vmJob(3, () => rpcOk('StartVmInstance', { inventory: { uuid: vm, state: 'Running' } }, job)),
      { onRequest: (event) => events.push(event) },
    );
    const result = await client.call('StartVmInstance', { uuid: vm });
    expect(result).toEqual({ inventory: { uuid: vm, state: 'Running' } });
    const polls = server.requests.slice(1);
    expect(polls).toHaveLength(4);
    for (const poll of polls) {
      expect(poll).toMatchObject({ method: 'GET', url: `/zstack/api/result/${job}` });
      expect(poll.headers.authorization).toBeUndefined();
    }
    expect(events.map((e) => `${e.kind} ${e.method} ${e.status}`)).toEqual([
      'call POST 200',
      'poll GET 200',
      'poll GET 200',
      'poll GET 200',
      'poll GET 200',
    ]);
  });

  it('waits rpcPollInterval first and grows it like REST polls', async () => {
    const { server, client } = await rpcNode(
      vmJob(3, () => rpcOk('StartVmInstance', {}, job)),
      {
        pollInterval: 1000,
        rpcPollInterval: 8,
        pollBackoff: 2,
        pollMaxInterval: 20,
      },
    );
    await client.call('StartVmInstance', { uuid: vm });
    const polls = server.requests.slice(1);
    const gaps = polls.slice(1).map((poll, i) => poll.at - (polls[i]?.at ?? 0));
    // 8, 16, 20 ms (1 ms timer slack); far below the 1000 ms of REST polls.
    [8, 16, 20].forEach((nominal, i) => {
      expect(gaps[i]).toBeGreaterThanOrEqual(nominal - 1);
      expect(gaps[i]).toBeLessThan(500);
    });
  });

  it('a failed job is the ZStack error with its cause, the API and the node-chosen job uuid', async () => {
    const { client } = await rpcNode(
      vmJob(1, () =>
        rpcFail(
          'StartVmInstance',
          {
            code: 'SYS.1006',
            description: 'An operation failed',
            details: `session ${session} host has no capacity`,
            cause: { code: 'HOST.1000', description: 'Host operation failed' },
          },
          job,
        ),
      ),
    );
    const error = (await client
      .call('StartVmInstance', { uuid: vm })
      .catch((e) => e)) as ZStackError;
    expect(error).toBeInstanceOf(ZStackError);
    expect(error).toMatchObject({
      code: 'SYS.1006',
      status: 503,
      api: 'StartVmInstance',
      jobUuid: job,
      method: 'GET',
    });
    expect((error.cause as ZStackError).code).toBe('HOST.1000');
    expect(error.details).not.toContain(session);
  });

  it('a sync ID.1001 failure marks the session expired', async () => {
    const { client } = await rpcNode(() => [
      200,
      rpcFail('QueryVmInstance', { code: 'ID.1001', description: 'Session expired' }),
    ]);
    const bound = client.withSession(session, { expiresAt: new Date(Date.now() + 60_000) });
    await expect(bound.query('QueryVmInstance')).rejects.toMatchObject({
      code: 'ID.1001',
      jobUuid: undefined,
    });
    expect(bound.isSessionExpired()).toBe(true);
  });

  it('an unknown job uuid (404) is ZDASH.JOB_EXPIRED', async () => {
    const { client } = await rpcNode(() => [404, `cannot find API result[uuid:${job}]`]);
    await expect(client.followJob(job, { api: 'StartVmInstance' })).rejects.toMatchObject({
      code: clientErrorCodes.JOB_EXPIRED,
      status: 404,
      jobUuid: job,
      api: 'StartVmInstance',
    });
  });

  it('a 200 plain-string body (the node could not decode the message) is a clear ZDASH.HTTP', async () => {
    const text = 'Unable to find message class[org.zstack.header.vm.APIStartVmInstanceMsg]';
    const { client } = await rpcNode(() => [200, text]);
    const error = (await client
      .call('StartVmInstance', { uuid: vm })
      .catch((e) => e)) as ZStackError;
    expect(error).toMatchObject({ code: clientErrorCodes.HTTP, status: 200, details: text });
    expect(error.description).toContain('could not decode the message');
  });

  it('a servlet 500 page and a result that is not JSON are ZDASH.HTTP', async () => {
    const { client } = await rpcNode((req) =>
      apiOf(req) === 'QueryZone'
        ? [500, 'java.lang.NullPointerException']
        : [200, { state: 'Done', result: '{"org.zstack.header.vm.APIQueryVmInstanceReply":{"inv' }],
    );
    await expect(client.query('QueryZone')).rejects.toMatchObject({
      code: clientErrorCodes.HTTP,
      status: 500,
      details: 'java.lang.NullPointerException',
    });
    const truncated = (await client.query('QueryVmInstance').catch((e) => e)) as ZStackError;
    expect(truncated).toMatchObject({ code: clientErrorCodes.HTTP, api: 'QueryVmInstance' });
    expect(truncated.description).toContain('64000');
  });

  it('maps fieldsTo replies (validSession → valid) and logs out with sessionUuid', async () => {
    const { server, root } = await rpcNode((req) => {
      const [, fields] = messageOf(req);
      if (apiOf(req) === 'ValidateSession') {
        return [200, rpcOk('ValidateSession', { validSession: fields.sessionUuid === session })];
      }
      return [200, rpcOk('LogOut')];
    });
    const bound = root.withSession(session);
    expect(await bound.validateSession()).toBe(true);
    expect(await bound.validateSession('ffffffffffffffffffffffffffffffff')).toBe(false);
    await bound.logout();
    expect(bound.sessionUuid).toBeUndefined();
    const logout = messageOf(server.requests.at(-1) ?? ({} as never));
    expect(logout).toEqual(['org.zstack.header.identity.APILogOutMsg', { sessionUuid: session }]);
  });
});
