import { describe, expect, it, vi } from 'vitest';
import { consoleClose } from './closeCodes.ts';
import {
  connectRfb,
  firstScreen,
  openConsole,
  signIn,
  startRelayServer,
  wsOf,
} from './testRelay.ts';

describe('console relay', () => {
  it('relays RFB: handshake, the login prompt, typing; the token never reaches the browser or the log', async () => {
    await using bff = await startRelayServer();
    const access = vi.spyOn(bff.services.consoles, 'requestAccess');
    const cookie = await signIn(bff.url);
    const grant = await openConsole(bff.url, cookie, bff.vm.uuid);
    expect(Object.keys(grant).sort()).toEqual(['expiresAt', 'path', 'ticket']);
    expect(grant.path).toBe(`/console?ticket=${grant.ticket}`);
    expect(Buffer.from(grant.ticket, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    const token = String((await access.mock.results[0]?.value)?.token);
    expect(token).toContain(bff.vm.uuid);
    expect(JSON.stringify(grant)).not.toContain(token);

    await using rfb = await connectRfb(wsOf(bff.url, grant.path), { origin: bff.url, cookie });
    expect(await firstScreen(rfb)).toMatch(/login:/);
    rfb.type('root\n');
    await rfb.waitForText((text) => /Password:/.test(text));
    expect(bff.log()).toContain('console relay open');
    expect(bff.log()).not.toContain(token);
    expect(bff.log()).not.toContain(grant.ticket);
  });

  it('dials the hostname after the NAT rewrite, with the port the inventory names', async () => {
    await using bff = await startRelayServer({ consoleHostRewrite: '10.255.0.5=127.0.0.1' });
    const { inventories } = (await bff.root.query('QueryConsoleProxyAgent', {})) as {
      inventories: { uuid: string }[];
    };
    await bff.root.call('UpdateConsoleProxyAgent', {
      uuid: String(inventories[0]?.uuid),
      consoleProxyOverriddenIp: '10.255.0.5',
    } as never);
    const access = vi.spyOn(bff.services.consoles, 'requestAccess');
    const cookie = await signIn(bff.url);
    const grant = await openConsole(bff.url, cookie, bff.vm.uuid);
    const inventory = await access.mock.results[0]?.value;
    expect(inventory.hostname).toBe('10.255.0.5');
    expect(inventory.port).toBe(bff.node.node.consolePort);
    await using rfb = await connectRfb(wsOf(bff.url, grant.path), { origin: bff.url, cookie });
    expect(await firstScreen(rfb)).toMatch(/login:/);
  });

  it('explains an unreachable proxy with its close code', async () => {
    // Nothing listens on 127.0.0.2 (the simulator binds 127.0.0.1): connection refused.
    await using bff = await startRelayServer({ consoleHostRewrite: '*=127.0.0.2' });
    const cookie = await signIn(bff.url);
    const grant = await openConsole(bff.url, cookie, bff.vm.uuid);
    await using rfb = await connectRfb(wsOf(bff.url, grant.path), { origin: bff.url, cookie });
    expect(await rfb.closed).toEqual({
      code: consoleClose.proxyUnreachable,
      reason: 'console proxy unreachable',
    });
  });

  it('returns the node refusal from consoles.open as a TRPCError with the ZStack code', async () => {
    await using bff = await startRelayServer();
    const cookie = await signIn(bff.url);
    bff.node.node.control.failNext('RequestConsoleAccess', {
      code: 'SYS.1006',
      details: 'the console agent is not connected',
    });
    await expect(openConsole(bff.url, cookie, bff.vm.uuid)).rejects.toThrow(/SYS\.1006/);
  });

  it('explains a stopped VM: a live relay gets 4001, a ticket whose token went gets 4002', async () => {
    await using bff = await startRelayServer();
    const cookie = await signIn(bff.url);
    const live = await openConsole(bff.url, cookie, bff.vm.uuid);
    const later = await openConsole(bff.url, cookie, bff.vm.uuid);
    await using rfb = await connectRfb(wsOf(bff.url, live.path), { origin: bff.url, cookie });
    await firstScreen(rfb);
    await bff.root.call('StopVmInstance', { uuid: bff.vm.uuid } as never);
    expect(await rfb.closed).toEqual({
      code: consoleClose.vmState,
      reason: 'vm not in a console state',
    });
    await using gone = await connectRfb(wsOf(bff.url, later.path), { origin: bff.url, cookie });
    expect((await gone.closed).code).toBe(consoleClose.tokenExpired);
  });
});
