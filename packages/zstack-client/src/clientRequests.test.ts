import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ZStackClient } from './client.ts';
import { clientErrorCodes, type ZStackError } from './errors.ts';
import { type BareHandler, type BareServer, startBareServer } from './test/bareServer.ts';

const session = '4f0c2a3b9c8e4d7aa1b2c3d4e5f60718';
const vm = '8d3f7c2a1b0e4f5a9c6d7e8f90a1b2c3';
let server: BareServer | undefined;
const clients: ZStackClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.close();
  server = undefined;
});

async function serve(handler: BareHandler, version?: string) {
  server = await startBareServer(handler);
  const root = new ZStackClient({
    endpoint: server.endpoint,
    pollInterval: 1,
    zstackVersion: version,
  });
  clients.push(root);
  return { server, client: root.withSession(session) };
}

const asyncNode: BareHandler = (req) => {
  if (req.url === '/zstack/v1/management-nodes/actions') return [200, { version: '3.2.0' }];
  if (req.url.includes('/api-jobs/')) return [200, { inventory: { uuid: vm } }];
  return [202, { location: `http://127.0.0.1:1/zstack/v1/api-jobs/${req.headers['x-job-uuid']}` }];
};

describe('request headers', () => {
  it.each([
    ['3.1.0', undefined],
    ['3.2.0', '600'],
    ['4.8.0', '600'],
  ])('X-API-Timeout on %s: %s', async (version, expected) => {
    const { server, client } = await serve(asyncNode, version);
    await client.call('StartVmInstance', { uuid: vm }, { apiTimeoutSec: 600 });
    expect(server.requests[0]?.headers['x-api-timeout']).toBe(expected);
  });

  it('asks the node its version once before the first X-API-Timeout when unknown', async () => {
    const { server, client } = await serve(asyncNode);
    await client.call('StartVmInstance', { uuid: vm }, { apiTimeoutSec: 60 });
    await client.call('StartVmInstance', { uuid: vm }, { apiTimeoutSec: 60 });
    const versionCalls = server.requests.filter((r) => r.url.endsWith('/management-nodes/actions'));
    expect(versionCalls).toHaveLength(1);
    expect(JSON.parse(versionCalls[0]?.body ?? '')).toEqual({ getVersion: {} });
    expect(server.requests.filter((r) => r.headers['x-api-timeout'] === '60')).toHaveLength(2);
  });

  it('no X-API-Timeout unless asked; X-Web-Hook when given', async () => {
    const { server, client } = await serve(asyncNode, '4.8.0');
    await client.call('StartVmInstance', { uuid: vm }, { webHook: 'http://bff/hooks/1' });
    expect(server.requests[0]?.headers['x-api-timeout']).toBeUndefined();
    expect(server.requests[0]?.headers['x-web-hook']).toBe('http://bff/hooks/1');
  });

  it('refuses an API newer than the known node version without sending it', async () => {
    const { server, client } = await serve(asyncNode, '1.2.0');
    // TriggerGCJob exists from 1.10.0 on any transport; StartVmInstance on 1.2.0 only over the RPC.
    await expect(client.call('TriggerGCJob', { uuid: vm })).rejects.toMatchObject({
      code: clientErrorCodes.UNSUPPORTED,
    });
    const rest = new ZStackClient({
      endpoint: server.endpoint,
      zstackVersion: '1.2.0',
      transport: 'rest',
    });
    clients.push(rest);
    await expect(
      rest.withSession(session).call('StartVmInstance', { uuid: vm }),
    ).rejects.toMatchObject({ code: clientErrorCodes.UNSUPPORTED });
    expect(server.requests).toHaveLength(0);
  });

  it('reports each exchange to onRequest; a throwing hook never breaks the call', async () => {
    server = await startBareServer(() => [200, { inventories: [] }]);
    const seen: string[] = [];
    const root = new ZStackClient({
      endpoint: server.endpoint,
      onRequest: (event) => {
        seen.push(`${event.kind} ${event.method} ${event.status} ${event.api}`);
        throw new Error('metrics backend down');
      },
    });
    clients.push(root);
    await expect(root.withSession(session).query('QueryVmInstance', {})).resolves.toEqual({
      inventories: [],
    });
    expect(seen).toEqual(['call GET 200 QueryVmInstance']);
  });

  it('reuses one keep-alive connection across calls', async () => {
    const { server, client } = await serve(() => [200, { inventories: [] }], '4.8.0');
    for (let i = 0; i < 5; i++) await client.query('QueryVmInstance', {});
    expect(new Set(server.requests.map((r) => r.remotePort)).size).toBe(1);
  });
});

describe('replies', () => {
  it('returns query rows and total, and count() asks count=true', async () => {
    const { server, client } = await serve((req) =>
      req.url.includes('count=true')
        ? [200, { total: 42, schema: {} }]
        : [200, { inventories: [{ uuid: vm, name: 'vm1' }], total: 42, schema: {} }],
    );
    const reply = await client.query('QueryVmInstance', {
      conditions: [{ name: 'state', op: '=', value: 'Running' }],
      replyWithCount: true,
    });
    expect(reply).toEqual({ inventories: [{ uuid: vm, name: 'vm1' }], total: 42 });
    expect(server.requests[0]?.url).toBe(
      '/zstack/v1/vm-instances?q=state%3DRunning&replyWithCount=true',
    );
    expect(server.requests[0]?.headers['content-type']).toBeUndefined();
    expect(
      await client.count('QueryVmInstance', [{ name: 'state', op: '=', value: 'Stopped' }]),
    ).toBe(42);
    expect(server.requests[1]?.url).toBe('/zstack/v1/vm-instances?q=state%3DStopped&count=true');
  });

  it('parses a sync 503 into the ZStack error', async () => {
    const { client } = await serve(() => [
      503,
      {
        error: {
          code: 'SYS.1007',
          description: 'One or more API argument is invalid',
          details: 'bad q',
        },
      },
    ]);
    await expect(client.query('QueryVmInstance', {})).rejects.toMatchObject({
      code: 'SYS.1007',
      status: 503,
      details: 'bad q',
      method: 'GET',
      api: 'QueryVmInstance',
    });
  });

  it.each([
    [400, "missing header 'Authorization'"],
    [404, 'no api mapping to /v1/nothing'],
    [405, 'method not allowed'],
    [500, 'java.lang.NullPointerException'],
  ])('keeps a plain-text %i body as details', async (status, text) => {
    const { client } = await serve(() => [status, text]);
    const error = (await client.query('QueryVmInstance', {}).catch((e) => e)) as ZStackError;
    expect(error).toMatchObject({ code: clientErrorCodes.HTTP, status, details: text });
    expect(error.url).toBe(`${server?.endpoint}/v1/vm-instances`);
  });

  it('a 200 that is not JSON is ZDASH.HTTP', async () => {
    const { client } = await serve(() => [200, '<html>proxy login</html>']);
    await expect(client.query('QueryVmInstance', {})).rejects.toMatchObject({
      code: clientErrorCodes.HTTP,
      status: 200,
    });
  });
});

describe('transport failures', () => {
  it('a refused connection is ZDASH.CONNECTION', async () => {
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const client = new ZStackClient({ endpoint: `http://127.0.0.1:${port}/zstack` });
    clients.push(client);
    const error = (await client.getVersion().catch((e) => e)) as ZStackError;
    expect(error.code).toBe(clientErrorCodes.CONNECTION);
    expect(error.status).toBeUndefined();
    expect(error.description).toContain('ECONNREFUSED');
  });

  it('a node that never answers hits the deadline: ZDASH.TIMEOUT', async () => {
    const { client } = await serve(() => undefined);
    await expect(client.query('QueryVmInstance', {}, { timeoutMs: 50 })).rejects.toMatchObject({
      code: clientErrorCodes.TIMEOUT,
      api: 'QueryVmInstance',
    });
  });

  it('aborting an open request is ZDASH.ABORTED', async () => {
    const { server, client } = await serve(() => undefined);
    const controller = new AbortController();
    const pending = client.query('QueryVmInstance', {}, { signal: controller.signal });
    while (server.requests.length === 0) await new Promise((r) => setImmediate(r));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: clientErrorCodes.ABORTED });
  });

  it('a reply cut off mid-body is ZDASH.CONNECTION; a stalled body hits the deadline', async () => {
    const { client } = await serve((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
      res.write('{"inventories":[');
      if (req.url.includes('limit=1')) setImmediate(() => res.destroy());
      return undefined;
    });
    await expect(client.query('QueryVmInstance', { limit: 1 })).rejects.toMatchObject({
      code: clientErrorCodes.CONNECTION,
    });
    await expect(client.query('QueryVmInstance', {}, { timeoutMs: 50 })).rejects.toMatchObject({
      code: clientErrorCodes.TIMEOUT,
    });
  });

  it('an unknown transport option is refused at construction', () => {
    expect(
      () => new ZStackClient({ endpoint: 'http://h/zstack', transport: 'soap' as 'rpc' }),
    ).toThrowError(expect.objectContaining({ code: clientErrorCodes.INVALID_ARGUMENT }));
  });
});
