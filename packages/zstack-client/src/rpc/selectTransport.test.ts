import { afterEach, describe, expect, it } from 'vitest';
import { ZStackClient } from '../client.ts';
import { ClientCore } from '../clientCore.ts';
import { clientErrorCodes } from '../errors.ts';
import { type BareHandler, type BareServer, startBareServer } from '../test/bareServer.ts';
import { apiOf, entry, messageOf, rpcOk, rpcProcessing } from './rpcTestPeer.ts';
import { chooseTransport, transportOfLocation } from './selectTransport.ts';

const session = '4f0c2a3b9c8e4d7aa1b2c3d4e5f60718';
const job = 'c0ffee00c0ffee00c0ffee00c0ffee00';
const l2 = '5b1a2c3d4e5f60718293a4b5c6d7e8f9';
let server: BareServer | undefined;
const clients: ZStackClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.close();
  server = undefined;
});

describe('chooseTransport', () => {
  it.each([
    ['auto', 'QueryVmInstance', '1.2.0', 'rpc'],
    ['auto', 'QueryVmInstance', '1.9.0', 'rest'],
    ['auto', 'QueryVmInstance', undefined, 'rest'],
    ['auto', 'CreateL2NoVlanNetwork', '1.9.0', 'rpc'],
    ['auto', 'CreateL2NoVlanNetwork', '1.10.0', 'rest'],
    ['auto', 'AttachNetworkServiceProviderToL2Network', '4.8.0', 'rpc'],
    ['auto', 'AttachNetworkServiceProviderToL2Network', undefined, 'rpc'],
    ['rpc', 'QueryVmInstance', '4.8.0', 'rpc'],
    ['rest', 'QueryVmInstance', '1.2.0', 'rest'],
  ] as const)('%s %s on %s → %s', (kind, name, version, expected) => {
    expect(chooseTransport(kind, entry(name), version)).toBe(expected);
  });

  it('forcing REST for an RPC-only API is ZDASH.UNSUPPORTED', () => {
    expect(() =>
      chooseTransport('rest', entry('AttachNetworkServiceProviderToL2Network'), '4.8.0'),
    ).toThrowError(expect.objectContaining({ code: clientErrorCodes.UNSUPPORTED }));
  });

  it('tells recorded job addresses apart', () => {
    expect(transportOfLocation(`http://h/zstack/v1/api-jobs/${job}`)).toBe('rest');
    expect(transportOfLocation(`http://h/zstack/api/result/${job}`)).toBe('rpc');
    expect(transportOfLocation(undefined)).toBeUndefined();
  });

  it('RPC polls start at 500 ms (zstack-cli) unless pollInterval is shorter or rpcPollInterval is set', () => {
    const endpoint = 'http://h/zstack';
    expect(new ClientCore({ endpoint }).rpcBackoff).toEqual({
      initialMs: 500,
      factor: 1.5,
      maxMs: 5000,
    });
    expect(new ClientCore({ endpoint, pollInterval: 5 }).rpcBackoff.initialMs).toBe(5);
    expect(new ClientCore({ endpoint, rpcPollInterval: 50 }).rpcBackoff.initialMs).toBe(50);
    expect(new ClientCore({ endpoint }).backoff.initialMs).toBe(1000);
  });
});

/** A 1.2 node: no REST v1 at all (404), the RPC for everything. */
const legacyNode: BareHandler = (req) => {
  if (req.url.startsWith('/zstack/v1/')) return [404, `no api mapping to ${req.url.slice(7)}`];
  switch (apiOf(req)) {
    case 'GetVersion':
      return [200, rpcOk('GetVersion', { version: '1.2.0' })];
    case 'LogInByAccount':
      return [200, rpcOk('LogInByAccount', { inventory: { uuid: session } })];
    case 'QueryZone':
      return [200, rpcOk('QueryZone', { inventories: [] })];
    case 'CreateZone':
      return [200, rpcProcessing(job)];
  }
  if (req.url === `/zstack/api/result/${job}`) {
    return [200, rpcOk('CreateZone', { inventory: { name: 'z' } }, job)];
  }
  return [500, 'unexpected'];
};

const routeOf = (r: { method: string; url: string; body: string }) =>
  r.url === '/zstack/api' ? `RPC ${apiOf(r as never)}` : `${r.method} ${r.url}`;

describe("transport 'auto'", () => {
  it('finds a 1.x node by its REST 404, learns the version over the RPC and stays there', async () => {
    server = await startBareServer(legacyNode);
    const client = new ZStackClient({ endpoint: server.endpoint, pollInterval: 1 });
    clients.push(client);
    const login = await client.loginByAccount('admin', 'password');
    expect(login.sliding).toBe(false);
    expect(new Set(server.requests.map(routeOf))).toEqual(
      new Set([
        'PUT /zstack/v1/accounts/login',
        'PUT /zstack/v1/management-nodes/actions',
        'RPC GetVersion',
        'RPC LogInByAccount',
      ]),
    );
    expect(server.requests).toHaveLength(4);
    expect((await client.capabilities()).version).toBe('1.2.0');

    const before = server.requests.length;
    await client.query('QueryZone');
    await client.call('CreateZone', { name: 'z' });
    expect(server.requests.slice(before).map(routeOf)).toEqual([
      'RPC QueryZone',
      'RPC CreateZone',
      `GET /zstack/api/result/${job}`,
    ]);
  });

  it('getVersion() on a 1.x node with nothing known: REST 404, then the RPC', async () => {
    server = await startBareServer(legacyNode);
    const client = new ZStackClient({ endpoint: server.endpoint });
    clients.push(client);
    expect(await client.getVersion()).toBe('1.2.0');
    expect(server.requests.map(routeOf)).toEqual([
      'PUT /zstack/v1/management-nodes/actions',
      'RPC GetVersion',
    ]);
  });

  it('a REST 404 on a modern node stays a REST 404 (no RPC retry)', async () => {
    server = await startBareServer((req) =>
      req.url.endsWith('/management-nodes/actions')
        ? [200, { version: '4.8.0', success: true }]
        : [404, 'no api mapping to /v1/zones'],
    );
    const client = new ZStackClient({ endpoint: server.endpoint }).withSession(session);
    clients.push(client);
    await expect(client.query('QueryZone')).rejects.toMatchObject({
      code: clientErrorCodes.HTTP,
      status: 404,
    });
    expect(server.requests.map(routeOf)).toEqual([
      'GET /zstack/v1/zones',
      'PUT /zstack/v1/management-nodes/actions',
    ]);
  });

  it('on a modern node, RPC-only APIs go over the RPC and the rest over REST', async () => {
    server = await startBareServer((req) => {
      if (apiOf(req) === 'AttachNetworkServiceProviderToL2Network') {
        return [200, rpcProcessing(job)];
      }
      if (req.url === `/zstack/api/result/${job}`) {
        return [200, rpcOk('AttachNetworkServiceProviderToL2Network', { inventory: {} }, job)];
      }
      return [200, { inventories: [] }];
    });
    const root = new ZStackClient({ endpoint: server.endpoint, zstackVersion: '4.8.0' });
    clients.push(root);
    const client = root.withSession(session);
    const params = { networkServiceProviderUuid: job, l2NetworkUuid: l2 };
    await client.query('QueryL2Network');
    await client.call('AttachNetworkServiceProviderToL2Network', params);
    expect(server.requests.map(routeOf)).toEqual([
      'GET /zstack/v1/l2-networks',
      'RPC AttachNetworkServiceProviderToL2Network',
      `GET /zstack/api/result/${job}`,
    ]);
    expect(messageOf(server.requests[1] ?? ({} as never))[1]).toEqual({
      ...params,
      session: { uuid: session },
    });
    expect(await client.transportFor('QueryL2Network')).toBe('rest');

    const rest = new ZStackClient({ endpoint: server.endpoint, transport: 'rest' });
    clients.push(rest);
    await expect(
      rest.withSession(session).call('AttachNetworkServiceProviderToL2Network', params),
    ).rejects.toMatchObject({ code: clientErrorCodes.UNSUPPORTED });
    expect(server.requests).toHaveLength(3);
  });

  it('followJob() with nothing recorded on a 1.x node falls back from the REST 404 to the RPC', async () => {
    server = await startBareServer(legacyNode);
    const client = new ZStackClient({ endpoint: server.endpoint, pollInterval: 1 });
    clients.push(client);
    const result = await client.withSession(session).followJob(job, { api: 'CreateZone' });
    expect(result).toEqual({ inventory: { name: 'z' } });
    expect(server.requests.map(routeOf)).toEqual([
      `GET /zstack/v1/api-jobs/${job}`,
      'PUT /zstack/v1/management-nodes/actions',
      'RPC GetVersion',
      `GET /zstack/api/result/${job}`,
    ]);
  });
});
