import { Writable } from 'node:stream';
import { WebSocket } from 'ws';
import { RfbTestClient } from '../../../../packages/zstack-sim/src/console/testRfbClient.ts';
import { createLogger } from '../logging/logger.ts';
import { Metrics } from '../metrics/metrics.ts';
import { createBffServer } from '../server/httpServer.ts';
import type { ServicesInit } from '../services.ts';
import { adminLogin, memoryDb, startTestNode, testServices } from '../testing/testBff.ts';
import { cookieOf, mutationHeaders, postTrpc } from '../testing/testServer.ts';

/**
 * Test seam for the console relay: a BFF on port 0 over an in-process simulator (console listener
 * on a free port), its log captured, the console idle timeout lifted (at time scale 0.01 ZStack's
 * 60 s would be 0.6 real s), and a running VM.
 */
export async function startRelayServer(extra: Partial<ServicesInit> = {}) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const metrics = new Metrics();
  const node = await startTestNode({ seed: 'demo', metrics });
  const db = await memoryDb();
  const log = createLogger({ level: 'debug', destination });
  const services = testServices(node.zstack, db, { metrics, log, ...extra });
  const server = createBffServer({ services, webDist: '/nonexistent-zdash-dist' });
  const url = await server.listen(0, '127.0.0.1');
  const root = node.zstack.withSession('pending');
  await root.loginByAccount('admin', 'password');
  await root.call('UpdateGlobalConfig', {
    category: 'console',
    name: 'proxy.idleTimeout',
    value: '86400',
  });
  const { inventories } = (await root.query('QueryVmInstance', {
    conditions: [
      { name: 'state', op: '=', value: 'Running' },
      { name: 'type', op: '=', value: 'UserVm' },
    ],
    limit: 1,
  })) as { inventories: { uuid: string; name: string }[] };
  const vm = inventories[0];
  if (!vm) throw new Error('the demo seed has no running VM');
  return {
    url,
    node,
    services,
    root,
    vm,
    /** Everything the BFF logged so far. */
    log: () => lines.join(''),
    async [Symbol.asyncDispose]() {
      await root.logout().catch(() => {});
      services.sessions.stop();
      await server.close();
      await db.destroy();
      await node.close();
    },
  };
}

/** Signs the admin in over HTTP (a new browser session, its own ZStack session); the cookie. */
export async function signIn(url: string): Promise<string> {
  const { res } = await postTrpc(url, 'auth.signIn', adminLogin, mutationHeaders(url));
  const cookie = cookieOf(res);
  if (!cookie) throw new Error('no cookie');
  return cookie;
}

/** `consoles.open` over HTTP as a same-origin page would call it. */
export async function openConsole(url: string, cookie: string, vmUuid: string) {
  const { res, body } = await postTrpc(
    url,
    'consoles.open',
    { vmUuid },
    mutationHeaders(url, cookie),
  );
  if (!res.ok) throw new Error(`consoles.open: ${res.status} ${JSON.stringify(body)}`);
  return (
    body as { result: { data: { json: { ticket: string; path: string; expiresAt: number } } } }
  ).result.data.json;
}

/** The upgrade's HTTP status: 101 when it opened, else the refusal's. */
export function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => {
      ws.terminate();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', reject);
  });
}

/** An RFB client (the simulator's test client) over the relay, with a browser's headers. */
export function connectRfb(
  url: string,
  headers: Record<string, string>,
): Promise<RfbTestClient & AsyncDisposable> {
  const ws = new WebSocket(url, { headers });
  // The client's constructor is private to its module; the relay needs it with headers.
  const client = Reflect.construct(RfbTestClient, [ws]) as RfbTestClient & AsyncDisposable;
  client[Symbol.asyncDispose] = async () => {
    if (ws.readyState !== WebSocket.CLOSED) ws.terminate();
    await client.closed;
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(client));
    ws.once('error', reject);
  });
}

/** The full RFB start-up: handshake, noVNC's setup, the first full update; the screen's text. */
export async function firstScreen(client: RfbTestClient): Promise<string> {
  await client.handshake();
  client.setup();
  client.requestUpdate(false);
  await client.readUpdate();
  return client.text();
}

/** The ws URL of a path on the BFF. */
export const wsOf = (url: string, path: string) => `${url.replace(/^http/, 'ws')}${path}`;
