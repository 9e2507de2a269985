import { newUuid } from '@zdash/zstack-api';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallerSession } from '../core/context.ts';
import { checkInvariants } from '../domain/invariants.ts';
import type { TestSim } from '../domain/testing.ts';
import { findConsoleByToken, onSessionLoggedOut } from '../network/consoleProxies.ts';
import { buildNetworkCloud, createVm, failure, type Json } from '../network/testNetwork.ts';

/** Every cloud a test builds, checked against the invariants after the test. */
const built: TestSim[] = [];
afterEach(() => {
  for (const sim of built.splice(0)) {
    expect(checkInvariants(sim.store, { version: sim.version })).toEqual([]);
  }
});

async function networkCloud(options: { version?: string } = {}) {
  const made = await buildNetworkCloud(options);
  built.push(made.sim);
  return made;
}

function session(): CallerSession {
  return {
    uuid: newUuid(),
    accountUuid: newUuid(),
    userUuid: newUuid(),
    accountType: 'SystemAdmin',
  };
}

async function setup(version?: string) {
  const { sim, cloud } = await networkCloud({ version });
  const vm = await createVm(sim, cloud);
  const request = async (who: CallerSession) =>
    (await sim.call('RequestConsoleAccess', { vmInstanceUuid: vm.uuid }, { session: who }))
      .inventory as Json;
  return { sim, cloud, vm, request };
}

describe('ConsoleProxyAgent', () => {
  it('exists once per management node, Connected, with the port from 4.1.0', async () => {
    const { sim } = await setup('4.8.0');
    const agents = sim.store.query('ConsoleProxyAgent', {}, null).inventories as Json[];
    expect(agents).toHaveLength(1);
    expect(agents[0]).toMatchObject({
      uuid: sim.managementNode.uuid,
      managementIp: '127.0.0.1',
      type: 'ManagementServerConsoleProxy',
      status: 'Connected',
      state: 'Enabled',
      consoleProxyPort: 4900,
      consoleProxyOverriddenIp: '0.0.0.0',
    });
    const old = await setup('1.2.0');
    const [agent] = old.sim.store.query('ConsoleProxyAgent', {}, null).inventories as Json[];
    expect(agent?.consoleProxyPort).toBeUndefined();
    expect(agent?.consoleProxyOverriddenIp).toBeUndefined();
  });

  it('reconnects through Connecting and maps each uuid to true or its error', async () => {
    const { sim } = await setup();
    const node = sim.managementNode.uuid;
    const pending = sim.call('ReconnectConsoleProxyAgent', {});
    expect(sim.store.get('ConsoleProxyAgent', node)?.status).toBe('Connecting');
    expect(await pending).toEqual({ inventory: { [node]: true } });
    expect(sim.store.get('ConsoleProxyAgent', node)?.status).toBe('Connected');
    const bad = 'a'.repeat(32);
    const reply = await sim.call('ReconnectConsoleProxyAgent', { agentUuids: [bad, node] });
    expect(reply.inventory[node]).toBe(true);
    expect(reply.inventory[bad]).toMatchObject({
      code: 'SYS.1007',
      details: `invalid management node UUID[${bad}]`,
    });
  });
});

describe('RequestConsoleAccess', () => {
  it('grants <session>_<vm> on the node proxy, reused by a second user until the first logs out', async () => {
    const { sim, vm, request } = await setup();
    const alice = session();
    const bob = session();
    const first = await request(alice);
    expect(first).toEqual({
      scheme: 'http',
      targetScheme: 'vnc',
      hostname: '127.0.0.1',
      port: 4900,
      token: `${alice.uuid}_${vm.uuid}`,
    });
    const second = await request(bob);
    expect(second.token).toBe(first.token);
    expect(findConsoleByToken(sim, first.token)?.vmInstanceUuid).toBe(vm.uuid);

    expect(onSessionLoggedOut(sim, bob.uuid)).toBe(0);
    expect(findConsoleByToken(sim, first.token)).toBeDefined();
    expect(onSessionLoggedOut(sim, alice.uuid)).toBe(1);
    expect(findConsoleByToken(sim, first.token)).toBeUndefined();
    expect((await request(bob)).token).toBe(`${bob.uuid}_${vm.uuid}`);
  });

  it('replaces an expired grant and reports expiredDate from 5.0.0', async () => {
    const { sim, vm, request } = await setup('5.0.0');
    const alice = session();
    const first = await request(alice);
    expect(typeof first.expiredDate).toBe('string');
    const [row] = sim.store.find('ConsoleProxy', { vmInstanceUuid: vm.uuid });
    const lifetime = Number(row?.expiredDate) - Number(row?.createDate);
    expect(lifetime).toBe(1800 * 1000);
    sim.store.update('ConsoleProxy', String(row?.uuid), {
      expiredDate: sim.clock.now().getTime() - 1,
    });
    expect(findConsoleByToken(sim, first.token)).toBeUndefined();
    const bob = session();
    expect((await request(bob)).token).toBe(`${bob.uuid}_${vm.uuid}`);
    expect(sim.store.find('ConsoleProxy')).toHaveLength(1);
  });

  it('refuses VM states outside ConsoleApiInterceptor’s list, per version', async () => {
    const { sim, vm, request } = await setup('4.8.0');
    sim.store.update('VmInstance', vm.uuid, { state: 'Paused' });
    expect((await request(session())).token).toContain(vm.uuid);
    sim.store.update('VmInstance', vm.uuid, { state: 'Stopped' });
    const error = await failure(request(session()));
    expect(error.code).toBe('SYS.1006');
    expect(error.details).toBe(
      `vm[uuid:${vm.uuid}] is not in state of [Running, Crashed, VolumeRecovering, Paused, NoState], current state is Stopped`,
    );
    // The state was forced without the stop flow (a stopped VM holds no host): put it back.
    sim.store.update('VmInstance', vm.uuid, { state: 'Running' });
    const old = await setup('4.7.0');
    old.sim.store.update('VmInstance', old.vm.uuid, { state: 'Paused' });
    const oldError = await failure(old.request(session()));
    expect(oldError.details).toBe(
      `Console is only available when the VM[uuid:${old.vm.uuid}] is Running, but the current state is Paused`,
    );
  });

  it('fails while the agent is not connected and grants nothing', async () => {
    const { sim, request } = await setup();
    sim.store.update('ConsoleProxyAgent', sim.managementNode.uuid, { status: 'Disconnected' });
    const error = await failure(request(session()));
    expect(error.code).toBe('SYS.1006');
    expect(error.details).toContain('the console agent is not connected');
    expect(sim.store.find('ConsoleProxy')).toEqual([]);
  });
});
