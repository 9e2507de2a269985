import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTag } from '../domain/systemTags.ts';
import { type ConsoleNode, startConsoleNode } from './testConsole.ts';
import { RfbTestClient } from './testRfbClient.ts';

/**
 * The VNC server behind the console proxy and the guest it draws, driven by an RFB client
 * written in the test, through a real RequestConsoleAccess and the websockify listener.
 */
let node: ConsoleNode;

beforeEach(async () => {
  node = await startConsoleNode();
});
afterEach(() => node.t.close());

/** The shell prompt (the screen text is read back with trailing blanks trimmed). */
const prompt = (host = node.vm.name) => `[root@${host} ~]#`;

async function login(client: RfbTestClient, host = node.vm.name): Promise<void> {
  client.type('root\nwhatever\n');
  await client.waitForText((text) => text.includes(prompt(host)));
}

/** Runs a command and waits for the next prompt; returns the screen text. */
async function run(client: RfbTestClient, command: string, host = node.vm.name): Promise<string> {
  const before = client.text().split(prompt(host)).length;
  client.type(`${command}\n`);
  return client.waitForText((text) => text.split(prompt(host)).length > before);
}

/** Asks for one pixel alone (non-incremental) and returns its raw bytes. */
async function rawPixel(client: RfbTestClient, x: number, y: number, size: number) {
  client.requestUpdate(false, x, y, 1, 1);
  const head = await client.read(16);
  expect([head.readUInt16BE(2), head.readUInt16BE(4), head.readUInt16BE(6)]).toEqual([1, x, y]);
  return [...(await client.read(size))];
}

function firstLit(client: RfbTestClient): { x: number; y: number } {
  const index = client.lit.indexOf(1);
  return { x: index % client.width, y: Math.floor(index / client.width) };
}

describe('the VNC server', () => {
  it('draws the boot log and the login prompt in noVNC’s pixel format', async () => {
    const client = await node.open();
    expect([client.width, client.height, client.name]).toEqual([720, 400, node.vm.name]);
    const text = client.text();
    expect(text).toContain(`uuid ${node.vm.uuid}`);
    expect(text).toMatch(/Memory: \d+M available/);
    expect(text).toMatch(new RegExp(`^${node.vm.name} login:$`, 'm'));
    const { x, y } = firstLit(client);
    // RGBX little-endian, light grey; black around it.
    expect(await rawPixel(client, x, y, 4)).toEqual([0xaa, 0xaa, 0xaa, 0]);
    expect(await rawPixel(client, 719, 0, 4)).toEqual([0, 0, 0, 0]);
    client.ws.close();
  });

  it('serves other true-colour formats (16 bpp big-endian RGB565)', async () => {
    const { token } = await node.access();
    const client = await RfbTestClient.connect(node.url(token));
    await client.handshake();
    client.setup([16, 16, 1, 1, 0, 31, 0, 63, 0, 31, 11, 5, 0, 0, 0, 0]);
    client.requestUpdate(false);
    const rects = await client.readUpdate();
    expect(rects).toEqual([{ x: 0, y: 0, width: 720, height: 400, encoding: 0 }]);
    expect(client.text()).toContain(`${node.vm.name} login:`);
    const { x, y } = firstLit(client);
    // 0xaa → 21/31 red, 42/63 green, 21/31 blue: 10101 101010 10101.
    expect(await rawPixel(client, x, y, 2)).toEqual([0xad, 0x55]);
    client.ws.close();
  });

  it('shows the cloud-init lines with the user-data the VM received, and cats it', async () => {
    // The demo's web-01 has a userdata tag (base64 on 4.8) and hostname::web-01.
    const [web] = node.t.running.sim.store.find('VmInstance', { name: 'web-01' });
    const client = await node.open({ vmUuid: String(web?.uuid) });
    const text = client.text();
    expect(text).toContain('received user-data (28 bytes): #cloud-config');
    expect(text).toContain('cloud-init[312]:   hostname: web\n[  OK  ]');
    await login(client, 'web-01');
    const cat = await run(client, 'cat /var/lib/cloud/instance/user-data.txt', 'web-01');
    expect(cat).toContain('user-data.txt\n#cloud-config\nhostname: web\n[root@web-01 ~]#');
    client.ws.close();
  });

  it('asks for the consolePassword tag with VNC authentication', async () => {
    const sim = node.t.running.sim;
    writeTag(sim, 'System', node.vm.uuid, 'VmInstanceVO', 'consolePassword::s3cret!x');
    const good = await node.open({ password: 's3cret!x' });
    expect(good.text()).toContain('login:');
    good.ws.close();

    const { token } = await node.access();
    const bad = await RfbTestClient.connect(node.url(token));
    await expect(bad.handshake('wrong')).rejects.toThrow('security failed: Authentication failed');
    expect(await bad.closed).toEqual({ code: 1000, reason: 'Target closed' });
  });

  it('answers an incremental request only when the screen changes, with the changed rows', async () => {
    const client = await node.open();
    client.requestUpdate(true);
    // A 1×1 non-incremental request behind it: had the server answered the incremental one
    // (empty or not), that answer would arrive first.
    client.requestUpdate(false, 0, 0, 1, 1);
    expect(await client.readUpdate()).toEqual([{ x: 0, y: 0, width: 1, height: 1, encoding: 0 }]);
    client.type('r');
    const rects = await client.readUpdate();
    expect(rects).toHaveLength(1);
    expect(rects[0]).toMatchObject({ x: 0, width: 720, height: 16, encoding: 0 });
    expect(client.text()).toMatch(new RegExp(`^${node.vm.name} login: r$`, 'm'));
    client.ws.close();
  });
});

describe('the guest shell', () => {
  it('logs root in and answers hostname, ip addr, uptime, cat and unknown commands', async () => {
    const client = await node.open();
    await login(client);
    expect(await run(client, 'hostname')).toContain(`${prompt()} hostname\n${node.vm.name}\n`);
    const nics = node.t.running.sim.store.find('VmNic', { vmInstanceUuid: node.vm.uuid });
    const ipText = await run(client, 'ip addr');
    for (const nic of nics) expect(ipText).toContain(`link/ether ${String(nic.mac)}`);
    expect(ipText).toContain(`inet ${String(nics[0]?.ip)}/`);
    expect(await run(client, 'uptime')).toMatch(/up \d+ min, {2}1 user/);
    expect(await run(client, 'cat /etc/shadow')).toContain('cat: /etc/shadow: No such file');
    expect(await run(client, 'frobnicate')).toContain('-bash: frobnicate: command not found');
    client.ws.close();
  });

  it('keeps the rootPassword tag, and edits with Backspace', async () => {
    writeTag(node.t.running.sim, 'System', node.vm.uuid, 'VmInstanceVO', 'rootPassword::Pa55');
    const client = await node.open();
    client.type('root\nnope\n');
    await client.waitForText((text) => text.includes('Login incorrect'));
    client.type('rooX');
    client.key(0xff08);
    client.type('t\nPa55\n');
    await client.waitForText((text) => text.includes(prompt()));
    client.ws.close();
  });

  it('keeps its screen across reconnects while the VM runs', async () => {
    const first = await node.open();
    await login(first);
    await run(first, 'hostname');
    first.ws.close();
    await first.closed;
    const second = await node.open();
    expect(second.text()).toContain(`${prompt()} hostname\n${node.vm.name}\n`);
    second.ws.close();
  });

  it('powers the VM off through the stop path; a console after the next start boots afresh', async () => {
    const client = await node.open();
    await login(client);
    await run(client, 'hostname');
    client.type('poweroff\n');
    expect(await client.closed).toEqual({ code: 1000, reason: 'console proxy deleted' });
    expect(await node.vmState()).toBe('Stopped');

    const start = await node.t.call('PUT', `/v1/vm-instances/${node.vm.uuid}/actions`, {
      session: node.session,
      body: { startVmInstance: {} },
    });
    expect((await node.t.finish(start)).status).toBe(200);
    const again = await node.open();
    expect(again.text()).not.toContain('hostname');
    expect(again.text()).toMatch(new RegExp(`^${node.vm.name} login:$`, 'm'));
    again.ws.close();
  });

  it('reboots the VM through the reboot path', async () => {
    const client = await node.open();
    await login(client);
    client.type('reboot\n');
    expect(await client.closed).toEqual({ code: 1000, reason: 'console proxy deleted' });
    expect(await node.vmState()).toBe('Running');
    const again = await node.open();
    expect(again.text()).not.toContain('reboot');
    expect(again.text()).toContain('login:');
    again.ws.close();
  });
});
