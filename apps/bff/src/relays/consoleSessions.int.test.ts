import { describe, expect, it, vi } from 'vitest';
import { sessionEndedCloseCode } from '../auth/sessionManager.ts';
import { fakeClock } from '../clock.ts';
import { mutationHeaders, postTrpc } from '../testing/testServer.ts';
import { consoleClose } from './closeCodes.ts';
import {
  connectRfb,
  firstScreen,
  openConsole,
  signIn,
  startRelayServer,
  wsOf,
} from './testRelay.ts';

const signOut = (url: string, cookie: string) =>
  postTrpc(url, 'auth.signOut', {}, mutationHeaders(url, cookie));

/** The ZStack session uuid behind a cookie (a test may look; the browser never sees it). */
async function zstackSessionOf(bff: Awaited<ReturnType<typeof startRelayServer>>, cookie: string) {
  const resolved = await bff.services.sessions.resolve(cookie.split('=')[1]);
  if (resolved.status !== 'live') throw new Error('session not live');
  return String(resolved.session.zstackSessionUuid);
}

describe('console relays and sessions', () => {
  it('the end of the browser session closes its relay with 4401', async () => {
    await using bff = await startRelayServer();
    const cookie = await signIn(bff.url);
    const grant = await openConsole(bff.url, cookie, bff.vm.uuid);
    await using rfb = await connectRfb(wsOf(bff.url, grant.path), { origin: bff.url, cookie });
    expect(await firstScreen(rfb)).toMatch(/login:/);
    await signOut(bff.url, cookie);
    expect((await rfb.closed).code).toBe(sessionEndedCloseCode);
  });

  it('two people on one VM: the first signs out, the second gets a ticket of their own within 5 s', async () => {
    await using bff = await startRelayServer();
    const access = vi.spyOn(bff.services.consoles, 'requestAccess');
    const first = await signIn(bff.url);
    const second = await signIn(bff.url);
    const firstZs = await zstackSessionOf(bff, first);
    const secondZs = await zstackSessionOf(bff, second);

    const a = await openConsole(bff.url, first, bff.vm.uuid);
    const b = await openConsole(bff.url, second, bff.vm.uuid);
    // ZStack hands the second person the first one's token (it embeds the first's session).
    const tokens = await Promise.all(access.mock.results.map((r) => r.value));
    expect(tokens.map((t) => t.token.split('_')[0])).toEqual([firstZs, firstZs]);

    await using rfbA = await connectRfb(wsOf(bff.url, a.path), { origin: bff.url, cookie: first });
    await using rfbB = await connectRfb(wsOf(bff.url, b.path), { origin: bff.url, cookie: second });
    await firstScreen(rfbA);
    await firstScreen(rfbB);

    const started = performance.now();
    await signOut(bff.url, first);
    const closed = await rfbB.closed;
    expect(performance.now() - started).toBeLessThan(5000);
    expect(closed.code).toBe(consoleClose.reconnect);
    const ticket = /ticket=(\S+)$/.exec(closed.reason)?.[1];
    expect(ticket).toBeDefined();
    const fresh = await access.mock.results.at(-1)?.value;
    expect(fresh.token.split('_')[0]).toBe(secondZs);

    await using again = await connectRfb(wsOf(bff.url, `/console?ticket=${ticket}`), {
      origin: bff.url,
      cookie: second,
    });
    expect(await firstScreen(again)).toMatch(/login:/);
    expect(bff.log()).not.toContain(ticket);
    expect(bff.log()).not.toContain(fresh.token);
  });
});

describe('console input', () => {
  it('counts as activity for the idle timeout (keys, pointer, paste only), at most once per 15 s', async () => {
    const clock = fakeClock();
    await using bff = await startRelayServer({ clock });
    const cookie = await signIn(bff.url);
    const grant = await openConsole(bff.url, cookie, bff.vm.uuid);
    await using rfb = await connectRfb(wsOf(bff.url, grant.path), { origin: bff.url, cookie });
    await firstScreen(rfb);
    const touch = vi.spyOn(bff.services.sessions, 'touch');
    await clock.advance(20 * 60_000);
    rfb.type('r');
    await rfb.waitForText((text) => /login: r/.test(text));
    rfb.type('o');
    await rfb.waitForText((text) => /login: ro/.test(text));
    expect(touch).toHaveBeenCalledTimes(1);
    // noVNC's own update requests are not a person's activity.
    await clock.advance(20_000);
    rfb.requestUpdate(false);
    await rfb.readUpdate();
    expect(touch).toHaveBeenCalledTimes(1);
    const after = await bff.services.sessions.resolve(cookie.split('=')[1]);
    expect(after.status).toBe('live');
    if (after.status === 'live') {
      expect(after.session.lastActivityAt).toBe(clock.now() - 20_000);
    }
  });
});
