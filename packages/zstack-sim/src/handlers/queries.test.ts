import { beforeEach, describe, expect, it } from 'vitest';
import { expectFailure } from '../domain/expectFailure.ts';
import { buildTestCloud, type TestCloud } from '../domain/testCloud.ts';
import { createTestSim, type TestSim } from '../domain/testing.ts';

let sim: TestSim;
let cloud: TestCloud;

beforeEach(async () => {
  sim = createTestSim();
  cloud = await buildTestCloud(sim, 2);
});

const createVm = async (extra: Record<string, unknown> = {}) =>
  (
    await sim.call('CreateVmInstance', {
      name: 'v',
      imageUuid: cloud.image,
      instanceOfferingUuid: cloud.offering,
      l3NetworkUuids: [cloud.l3],
      ...extra,
    })
  ).inventory;

describe('read-only helper APIs', () => {
  it('GetFreeIp skips used addresses', async () => {
    await createVm();
    const free = (await sim.call('GetFreeIp', { l3NetworkUuid: cloud.l3, limit: 3 })).inventories;
    expect(free.map((f: { ip: string }) => f.ip)).toEqual(['10.0.0.11', '10.0.0.12', '10.0.0.13']);
    const from = (
      await sim.call('GetFreeIp', { l3NetworkUuid: cloud.l3, start: '10.0.0.199', limit: 5 })
    ).inventories;
    expect(from).toHaveLength(2);
  });

  it('GetVmStartingCandidateClustersHosts lists where a stopped VM can start', async () => {
    const vm = await createVm({ strategy: 'CreateStopped' });
    const reply = await sim.call('GetVmStartingCandidateClustersHosts', { uuid: vm.uuid });
    expect(reply.hosts).toHaveLength(2);
    expect(reply.clusters.map((c: { uuid: string }) => c.uuid)).toEqual([cloud.cluster]);
  });

  it('attachable volumes and VMs', async () => {
    const vm = await createVm();
    const vol = (await sim.call('CreateDataVolume', { name: 'd', diskSize: 1024 ** 3 })).inventory;
    const volumes = (await sim.call('GetVmAttachableDataVolume', { vmInstanceUuid: vm.uuid }))
      .inventories;
    expect(volumes.map((v: { uuid: string }) => v.uuid)).toEqual([vol.uuid]);
    const vms = (await sim.call('GetDataVolumeAttachableVm', { volumeUuid: vol.uuid })).inventories;
    expect(vms.map((v: { uuid: string }) => v.uuid)).toEqual([vm.uuid]);
  });

  it('GetBackupStorageCapacity by zone', async () => {
    const cap = await sim.call('GetBackupStorageCapacity', { zoneUuids: [cloud.zone] });
    expect(cap.totalCapacity - cap.availableCapacity).toBe(15_794_176);
  });
});

describe('tags', () => {
  it('creates, updates and deletes tags on resources', async () => {
    const vm = await createVm();
    const tag = (
      await sim.call('CreateUserTag', {
        resourceUuid: vm.uuid,
        resourceType: 'VmInstanceVO',
        tag: 'team::web',
      })
    ).inventory;
    expect(tag).toMatchObject({ resourceUuid: vm.uuid, type: 'User', tag: 'team::web' });
    const sys = (
      await sim.call('CreateSystemTag', {
        resourceUuid: vm.uuid,
        resourceType: 'VmInstanceVO',
        tag: 'hostname::web',
      })
    ).inventory;
    const updated = (await sim.call('UpdateSystemTag', { uuid: sys.uuid, tag: 'hostname::web2' }))
      .inventory;
    expect(updated.tag).toBe('hostname::web2');
    await sim.call('DeleteTag', { uuid: tag.uuid });
    expect(sim.store.get('UserTag', tag.uuid)).toBeUndefined();
    const missing = await expectFailure(
      sim.call('CreateUserTag', {
        resourceUuid: 'a'.repeat(32),
        resourceType: 'VmInstanceVO',
        tag: 'x',
      }),
    );
    expect(missing.code).toBe('SYS.1007');
    expect(
      (
        await expectFailure(
          sim.call('CreateUserTag', { resourceUuid: vm.uuid, resourceType: 'NoSuchVO', tag: 'x' }),
        )
      ).code,
    ).toBe('SYS.1007');
  });

  it('expunging a VM removes its tags', async () => {
    const vm = await createVm({});
    await sim.call('CreateUserTag', {
      resourceUuid: vm.uuid,
      resourceType: 'VmInstanceVO',
      tag: 'team::web',
    });
    await sim.call('DestroyVmInstance', { uuid: vm.uuid });
    await sim.call('ExpungeVmInstance', { uuid: vm.uuid });
    expect(sim.store.count('UserTag', { resourceUuid: vm.uuid })).toBe(0);
  });
});
