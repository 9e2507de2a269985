import { describe, expect, it } from 'vitest';
import { fakeClock } from '../clock.ts';
import { ticketTtlMs } from './consoleService.ts';
import {
  connectRfb,
  firstScreen,
  openConsole,
  signIn,
  startRelayServer,
  upgradeStatus,
  wsOf,
} from './testRelay.ts';

describe('console tickets', () => {
  it('are single use: a replayed ticket is refused before 101', async () => {
    await using bff = await startRelayServer();
    const cookie = await signIn(bff.url);
    const grant = await openConsole(bff.url, cookie, bff.vm.uuid);
    const url = wsOf(bff.url, grant.path);
    await using rfb = await connectRfb(url, { origin: bff.url, cookie });
    expect(await firstScreen(rfb)).toMatch(/login:/);
    expect(await upgradeStatus(url, { origin: bff.url, cookie })).toBe(401);
    expect(await upgradeStatus(wsOf(bff.url, '/console'), { origin: bff.url, cookie })).toBe(401);
  });

  it('expire after 30 s', async () => {
    const clock = fakeClock();
    await using bff = await startRelayServer({ clock });
    const cookie = await signIn(bff.url);
    const grant = await openConsole(bff.url, cookie, bff.vm.uuid);
    expect(grant.expiresAt).toBe(clock.now() + ticketTtlMs);
    await clock.advance(ticketTtlMs);
    const url = wsOf(bff.url, grant.path);
    expect(await upgradeStatus(url, { origin: bff.url, cookie })).toBe(401);
  });

  it('refuse a foreign Origin and a missing Origin', async () => {
    await using bff = await startRelayServer();
    const cookie = await signIn(bff.url);
    const first = await openConsole(bff.url, cookie, bff.vm.uuid);
    const foreign = { origin: 'https://evil.example', cookie };
    expect(await upgradeStatus(wsOf(bff.url, first.path), foreign)).toBe(403);
    const second = await openConsole(bff.url, cookie, bff.vm.uuid);
    expect(await upgradeStatus(wsOf(bff.url, second.path), { cookie })).toBe(403);
  });

  it('bind the Origin of consoles.open: another allowed Origin is refused (and spends the ticket)', async () => {
    await using bff = await startRelayServer();
    const cookie = await signIn(bff.url);
    const grant = await openConsole(bff.url, cookie, bff.vm.uuid);
    // The same host over https is an allowed Origin for the router, but not the ticket's.
    const other = bff.url.replace('http:', 'https:');
    const url = wsOf(bff.url, grant.path);
    expect(await upgradeStatus(url, { origin: other, cookie })).toBe(403);
    expect(await upgradeStatus(url, { origin: bff.url, cookie })).toBe(401);
  });

  it("refuse another session's cookie, and no cookie", async () => {
    await using bff = await startRelayServer();
    const mine = await signIn(bff.url);
    const theirs = await signIn(bff.url);
    const grant = await openConsole(bff.url, mine, bff.vm.uuid);
    const url = wsOf(bff.url, grant.path);
    expect(await upgradeStatus(url, { origin: bff.url })).toBe(401);
    expect(await upgradeStatus(url, { origin: bff.url, cookie: theirs })).toBe(403);
  });
});
