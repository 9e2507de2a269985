import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setConsoleAgentDown } from '../network/consoleProxies.ts';
import { type ConsoleNode, startConsoleNode } from './testConsole.ts';
import { RfbTestClient } from './testRfbClient.ts';

/**
 * The websockify rules of the console proxy (console.md §1.4, §2), over real sockets.
 */
let node: ConsoleNode;

beforeEach(async () => {
  node = await startConsoleNode();
});
afterEach(() => node.t.close());

/**
 * A raw upgrade request; resolves with the response head once it is complete, or with whatever
 * came before the server closed the socket ('' when it closed without answering).
 */
function rawUpgrade(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(node.t.running.consolePort, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if (end >= 0) {
        socket.destroy();
        resolve(received.slice(0, end));
      }
    });
    socket.on('close', () => resolve(received));
    socket.on('error', (error) => {
      if ((error as NodeJS.ErrnoException).code === 'ECONNRESET') resolve(received);
      else reject(error);
    });
    socket.write(
      `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
  });
}

describe('the websockify listener', () => {
  it('hands out its real port in RequestConsoleAccess and upgrades a known token on any path', async () => {
    const { token, port } = await node.access();
    expect(port).toBe(node.t.running.consolePort);
    expect(node.t.running.consoleUrl).toBe(`ws://127.0.0.1:${port}/websockify`);
    expect(await rawUpgrade(`/?token=${token}`)).toMatch(/^HTTP\/1\.1 101 /);
    expect(await rawUpgrade(`/any/path?token=${token}`)).toMatch(/^HTTP\/1\.1 101 /);
  });

  it('destroys the socket before any 101 for an unknown or missing token', async () => {
    expect(await rawUpgrade('/websockify?token=nope')).toBe('');
    expect(await rawUpgrade('/websockify')).toBe('');
    await expect(RfbTestClient.connect(node.url('nope'))).rejects.toThrow();
  });

  it('refuses an expired token without touching a live connection', async () => {
    const { token } = await node.access();
    const client = await RfbTestClient.connect(node.url(token));
    node.t.rt.clock.advance(1801 * 1000);
    expect(await rawUpgrade(`/?token=${token}`)).toBe('');
    // Expiry only stops new connections (the agent's timer deletes the token file, not children).
    client.send(Buffer.from('RFB 003.008\n', 'latin1'));
    expect((await client.read(12)).toString('latin1')).toBe('RFB 003.008\n');
    expect([...(await client.read(2))]).toEqual([1, 1]);
    client.ws.close();
  });

  it('refuses connections while the agent is held down', async () => {
    const { token } = await node.access();
    setConsoleAgentDown(node.t.running.sim, true);
    expect(await rawUpgrade(`/?token=${token}`)).toBe('');
    setConsoleAgentDown(node.t.running.sim, false);
    expect(await rawUpgrade(`/?token=${token}`)).toMatch(/^HTTP\/1\.1 101 /);
  });

  it('answers binary when offered, nothing otherwise, and fails a base64-only client', async () => {
    const { token } = await node.access();
    const both = await RfbTestClient.connect(node.url(token), ['binary', 'base64']);
    expect(both.ws.protocol).toBe('binary');
    const none = await RfbTestClient.connect(node.url(token));
    expect(none.ws.protocol).toBe('');
    await expect(RfbTestClient.connect(node.url(token), ['base64'])).rejects.toThrow(/subprotocol/);
    both.ws.close();
    none.ws.close();
  });

  it('ignores text frames', async () => {
    const { token } = await node.access();
    const client = await RfbTestClient.connect(node.url(token));
    client.ws.send('RFB 003.008\n');
    const types = await client.handshake();
    expect(types).toEqual([1]);
    expect(client.name).toBe(node.vm.name);
    client.ws.close();
  });

  it('kills a live connection when its session logs out (the grant is deleted)', async () => {
    const client = await node.open();
    const out = await node.t.call('DELETE', `/v1/accounts/sessions/${node.session}`);
    expect(out.status).toBe(200);
    expect(await client.closed).toEqual({ code: 1000, reason: 'console proxy deleted' });
  });

  it('closes with 1011 after the upgrade when the VM is not in a console state', async () => {
    const { token } = await node.access();
    node.t.running.sim.store.update('VmInstance', node.vm.uuid, { state: 'Stopped' });
    const client = await RfbTestClient.connect(node.url(token));
    expect(await client.closed).toEqual({
      code: 1011,
      reason: 'Failed to connect to downstream server',
    });
  });

  it('closes a connection idle for console.proxy.idleTimeout', async () => {
    const { token } = await node.access();
    node.t.rt.configs.update('console', 'proxy.idleTimeout', '5');
    const client = await RfbTestClient.connect(node.url(token));
    expect(await client.closed).toEqual({ code: 1000, reason: 'idle timeout' });
  });

  it('keeps its port across a node restart, refusing connections while the node is down', async () => {
    const { token } = await node.access();
    const port = node.t.running.consolePort;
    // 300 simulated s = 300 real ms here: ample for one refused upgrade.
    const down = node.t.running.control.unavailable(300);
    await node.t.running.control.whenPhase('down');
    expect(await rawUpgrade(`/?token=${token}`)).toBe('');
    await down;
    await node.t.running.control.whenPhase('up');
    expect(node.t.running.consolePort).toBe(port);
    // The grant survived in the node's database: the same token works again.
    expect(await rawUpgrade(`/?token=${token}`)).toMatch(/^HTTP\/1\.1 101 /);
  });
});
