import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import superjson from 'superjson';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { sessionEndedCloseCode } from '../auth/sessionManager.ts';
import { fakeClock } from '../clock.ts';
import { adminLogin } from '../testing/testBff.ts';
import { cookieOf, mutationHeaders, postTrpc, startTestServer } from '../testing/testServer.ts';
import type { AppRouter } from '../trpc/appRouter.ts';

let bff: Awaited<ReturnType<typeof startTestServer>> | undefined;
afterEach(async () => {
  await bff?.close();
  bff = undefined;
});

function wsUrl(url: string, path = '/ws') {
  return `${url.replace(/^http/, 'ws')}${path}`;
}

/** The status an upgrade was refused with, or 101 when it opened. */
function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', (error) => reject(error));
  });
}

async function signIn(url: string) {
  const { res } = await postTrpc(url, 'auth.signIn', adminLogin, mutationHeaders(url));
  const cookie = cookieOf(res);
  if (!cookie) throw new Error('no cookie');
  return cookie;
}

function openSocket(
  url: string,
  cookie: string,
): Promise<{ ws: WebSocket; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl(url), { headers: { origin: url, cookie } });
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.once('open', () => resolve({ ws, closed }));
    ws.once('error', reject);
  });
}

describe('WebSocket upgrades', () => {
  it('refuses no Origin, a foreign Origin, no session, an unknown path; accepts a session', async () => {
    bff = await startTestServer();
    const { url } = bff;
    const cookie = await signIn(url);
    expect(await upgradeStatus(wsUrl(url), { cookie })).toBe(403);
    expect(await upgradeStatus(wsUrl(url), { cookie, origin: 'https://evil.example' })).toBe(403);
    expect(await upgradeStatus(wsUrl(url), { origin: url })).toBe(401);
    expect(
      await upgradeStatus(wsUrl(url), {
        origin: url,
        cookie: 'zdash_session=AAAAAAAAAAAAAAAAAAAAAAAA',
      }),
    ).toBe(401);
    expect(await upgradeStatus(wsUrl(url, '/nope'), { origin: url, cookie })).toBe(404);
    expect(await upgradeStatus(wsUrl(url), { origin: url, cookie })).toBe(101);
  });

  it('carries tRPC over /ws with the session of the upgrade', async () => {
    bff = await startTestServer();
    const { url } = bff;
    const cookie = await signIn(url);
    class BrowserLikeWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { origin: url, cookie } });
      }
    }
    const client = createWSClient({ url: wsUrl(url), WebSocket: BrowserLikeWebSocket as never });
    const trpc = createTRPCClient<AppRouter>({
      links: [wsLink({ client, transformer: superjson })],
    });
    try {
      const session = await trpc.auth.session.query();
      expect(session?.accountName).toBe('admin');
      expect(session?.signedInAt).toBeInstanceOf(Date);
      expect(bff.services.metrics.openSockets).toBe(1);
    } finally {
      await client.close();
    }
  });
});

describe('auth.watch over /ws', () => {
  it('pushes the remaining times, then when re-authentication is offered', async () => {
    const clock = fakeClock();
    bff = await startTestServer({ clock, limits: { idleMs: 60 * 60_000, absoluteMs: 7 * 60_000 } });
    const { url } = bff;
    const cookie = await signIn(url);
    class BrowserLikeWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { origin: url, cookie } });
      }
    }
    const client = createWSClient({ url: wsUrl(url), WebSocket: BrowserLikeWebSocket as never });
    const trpc = createTRPCClient<AppRouter>({
      links: [wsLink({ client, transformer: superjson })],
    });
    const seen: { reauthOffered: boolean; absoluteRemainingMs: number }[] = [];
    let notify: () => void = () => {};
    const sub = trpc.auth.watch.subscribe(undefined, {
      onData: (info) => {
        seen.push(info);
        notify();
      },
    });
    const next = (n: number) =>
      new Promise<void>((resolve) => {
        notify = () => seen.length >= n && resolve();
        notify();
      });
    try {
      await next(1);
      expect(seen[0]).toMatchObject({ reauthOffered: false, absoluteRemainingMs: 7 * 60_000 });
      await clock.advance(60_000);
      await next(2);
      await clock.advance(60_000);
      await next(3);
      expect(seen[2]).toMatchObject({ reauthOffered: true, absoluteRemainingMs: 5 * 60_000 });
    } finally {
      sub.unsubscribe();
      await client.close();
    }
  });
});

describe('session limits (fake clock)', () => {
  it('idle end: closes the sockets at once, logs out upstream, asks for the password again', async () => {
    const clock = fakeClock();
    bff = await startTestServer({ clock, limits: { idleMs: 10 * 60_000 } });
    const { url, services, node } = bff;
    const cookie = await signIn(url);
    const live = await services.sessions.resolve(cookie.split('=')[1]);
    const upstream = live.status === 'live' ? (live.session.zstackSessionUuid ?? '') : '';
    const { closed } = await openSocket(url, cookie);
    await clock.advance(9 * 60_000);
    expect(await node.zstack.validateSession(upstream)).toBe(true);
    await clock.advance(2 * 60_000);
    expect(await closed).toBe(sessionEndedCloseCode);
    expect(await node.zstack.validateSession(upstream)).toBe(false);
    const res = await fetch(`${url}/trpc/preferences.get`, { headers: { cookie } });
    expect(res.status).toBe(401);
    expect(JSON.stringify(await res.json())).toContain(
      '"auth":{"action":"reauthenticate","reason":"idle"}',
    );
  });

  it('absolute end despite activity, with re-authentication offered in the last 5 minutes', async () => {
    const clock = fakeClock();
    bff = await startTestServer({
      clock,
      limits: { idleMs: 10 * 60_000, absoluteMs: 60 * 60_000 },
    });
    const { url, node, services } = bff;
    const cookie = await signIn(url);
    const live = await services.sessions.resolve(cookie.split('=')[1]);
    const upstream = live.status === 'live' ? (live.session.zstackSessionUuid ?? '') : '';
    const { closed } = await openSocket(url, cookie);
    const session = async () =>
      (
        (await (await fetch(`${url}/trpc/auth.session`, { headers: { cookie } })).json()) as {
          result: {
            data: { json: { reauthOffered: boolean; absoluteRemainingMs: number } | null };
          };
        }
      ).result.data.json;
    for (let minute = 8; minute <= 56; minute += 8) {
      await clock.advance(8 * 60_000);
      // A person's action keeps the idle clock from running out.
      const touch = await postTrpc(
        url,
        'preferences.set',
        { theme: 'dark' },
        mutationHeaders(url, cookie),
      );
      expect(touch.res.status).toBe(200);
    }
    expect(await session()).toMatchObject({ reauthOffered: true, absoluteRemainingMs: 4 * 60_000 });
    await clock.advance(5 * 60_000);
    expect(await closed).toBe(sessionEndedCloseCode);
    expect(await session()).toBeNull();
    expect(await node.zstack.validateSession(upstream)).toBe(false);
  });

  it('background polling does not keep a session alive', async () => {
    const clock = fakeClock();
    bff = await startTestServer({ clock, limits: { idleMs: 10 * 60_000 } });
    const { url } = bff;
    const cookie = await signIn(url);
    for (let i = 0; i < 3; i++) {
      await clock.advance(4 * 60_000);
      await fetch(`${url}/trpc/preferences.get`, {
        headers: { cookie, 'x-zdash-background': '1' },
      });
      await fetch(`${url}/trpc/auth.session`, { headers: { cookie } });
    }
    const res = await fetch(`${url}/trpc/preferences.get`, { headers: { cookie } });
    expect(res.status).toBe(401);
  });
});
