import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../domain/invariants.ts';
import { buildTestCloud } from '../domain/testCloud.ts';
import { createTestSim } from '../domain/testing.ts';
import { reconcile as reconcileHosts } from './hosts.ts';
import { reconcile as reconcileImages } from './images.ts';
import { reconcile as reconcileVms } from './vms.ts';

describe('reconcile after a restart', () => {
  it('settles transitional VMs, hosts and downloads', async () => {
    const sim = createTestSim();
    const cloud = await buildTestCloud(sim, 2);
    const vm = (
      await sim.call('CreateVmInstance', {
        name: 'v',
        imageUuid: cloud.image,
        instanceOfferingUuid: cloud.offering,
        l3NetworkUuids: [cloud.l3],
      })
    ).inventory;
    sim.store.update('VmInstance', vm.uuid, { state: 'Stopping' });
    sim.store.update('Host', cloud.hosts[1] as string, { status: 'Connecting' });
    const controller = new AbortController();
    sim.clock.setTimeScale(1);
    const adding = sim.call(
      'AddImage',
      { name: 'i', url: 'http://x/y.qcow2', backupStorageUuids: [cloud.bs] },
      { signal: controller.signal },
    );
    expect(sim.store.count('Image', { status: 'Downloading' })).toBe(1);
    reconcileVms(sim);
    reconcileHosts(sim);
    reconcileImages(sim);
    controller.abort(new Error('node stopped'));
    await expect(adding).rejects.toThrow();
    expect(sim.store.get('VmInstance', vm.uuid)?.state).toBe('Stopped');
    expect(sim.store.get('Host', cloud.hosts[1] as string)?.status).toBe('Connected');
    expect(sim.store.count('Image')).toBe(1);
    expect(checkInvariants(sim.store, { version: sim.version })).toEqual([]);
  });
});
