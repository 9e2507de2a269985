import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../domain/invariants.ts';
import { createTestSim } from '../domain/testing.ts';
import { demoIds } from './demoIds.ts';
import { applySeed } from './index.ts';

describe('demo seed', () => {
  it('builds the documented cloud, consistent', async () => {
    const sim = createTestSim();
    await applySeed(sim, 'demo');
    expect(checkInvariants(sim.store, { version: sim.version })).toEqual([]);
    expect(sim.store.count('Zone')).toBe(1);
    expect(sim.store.count('Cluster')).toBe(2);
    expect(sim.store.count('Host', { status: 'Connected' })).toBe(4);
    // 20 user VMs and vr-l3's virtual router
    expect(sim.store.count('VmInstance')).toBe(21);
    expect(sim.store.count('VmInstance', { type: 'UserVm' })).toBe(20);
    expect(sim.store.count('VmInstance', { state: 'Destroyed' })).toBe(1);
    expect(sim.store.count('VmInstance', { state: 'Stopped' })).toBe(4);
    expect(sim.store.count('VmInstance', { state: 'Running', type: 'UserVm' })).toBe(15);
    expect(sim.store.count('L3Network')).toBe(3);
    expect(sim.store.get('L3Network', demoIds.publicL3)?.category).toBe('Public');
    expect(sim.store.get('Image', demoIds.tinyImage)?.status).toBe('Ready');
    const hosts = new Set(
      sim.store.find('VmInstance', { state: 'Running' }).map((v) => v.hostUuid),
    );
    expect(hosts.size).toBe(4);
    const db2 = sim.store.find('VmInstance', { name: 'db-02' })[0];
    const root = sim.store.get('Volume', String(db2?.rootVolumeUuid));
    expect(root?.primaryStorageUuid).toBe(demoIds.localPrimaryStorage);
  });

  it('works with the handlers afterwards', async () => {
    const sim = createTestSim();
    await applySeed(sim, 'demo');
    const vm = (
      await sim.call('CreateVmInstance', {
        name: 'new',
        imageUuid: demoIds.tinyImage,
        instanceOfferingUuid: demoIds.offeringSmall,
        l3NetworkUuids: [demoIds.flatL3],
      })
    ).inventory;
    expect(vm.state).toBe('Running');
    const stopped = sim.store.find('VmInstance', { state: 'Stopped' })[0];
    await sim.call('StartVmInstance', { uuid: stopped?.uuid });
    expect(checkInvariants(sim.store, { version: sim.version })).toEqual([]);
  });

  it('rejects an unknown seed', async () => {
    await expect(applySeed(createTestSim(), 'nope')).rejects.toThrow(/unknown seed/);
  });
});

describe('scale seed', () => {
  it('seeds 2000 consistent VMs with spread dates', async () => {
    const sim = createTestSim();
    await applySeed(sim, 'scale:2000');
    expect(sim.store.count('VmInstance')).toBe(2000);
    expect(sim.store.count('Host')).toBe(40);
    const running = sim.store.count('VmInstance', { state: 'Running' });
    expect(running).toBeGreaterThan(900);
    expect(sim.store.count('VmNic')).toBe(2000);
    expect(checkInvariants(sim.store, { version: sim.version })).toEqual([]);
    const dates = sim.store.find('VmInstance').map((v) => Number(v.createDate));
    expect(Math.max(...dates) - Math.min(...dates)).toBeGreaterThan(300 * 24 * 3600 * 1000);
    const inv = sim.store.toInventory('VmInstance', sim.store.find('VmInstance')[0] ?? {});
    expect(inv.vmNics).toHaveLength(1);
    expect(inv.allVolumes).toHaveLength(1);
  });
});
