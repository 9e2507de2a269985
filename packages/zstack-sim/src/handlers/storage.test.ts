import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectFailure } from '../domain/expectFailure.ts';
import { checkInvariants } from '../domain/invariants.ts';
import { buildTestCloud, type TestCloud } from '../domain/testCloud.ts';
import { createTestSim, type TestSim } from '../domain/testing.ts';

let sim: TestSim;
let cloud: TestCloud;
const GiB = 1024 ** 3;

beforeEach(async () => {
  sim = createTestSim();
  cloud = await buildTestCloud(sim, 2);
});
afterEach(() => expect(checkInvariants(sim.store, { version: sim.version })).toEqual([]));

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

describe('primary storage', () => {
  it('validates urls per type', async () => {
    const smp = await expectFailure(
      sim.call('AddSharedMountPointPrimaryStorage', {
        name: 'x',
        url: 'relative/path',
        zoneUuid: cloud.zone,
      }),
    );
    expect(smp.code).toBe('SYS.1007');
    const nfs = await expectFailure(
      sim.call('AddNfsPrimaryStorage', { name: 'x', url: '/no/host', zoneUuid: cloud.zone }),
    );
    expect(nfs.details).toContain('hostname:/path');
    const ok = (
      await sim.call('AddNfsPrimaryStorage', {
        name: 'n',
        url: '10.0.0.2:/nfs',
        zoneUuid: cloud.zone,
      })
    ).inventory;
    expect(ok.mountPath).toContain('/opt/zstack/nfsprimarystorage/prim-');
    expect(ok.availableCapacity).toBe(ok.totalCapacity - ok.systemUsedCapacity);
  });

  it('accounts root and data volumes and GetPrimaryStorageCapacity sums them', async () => {
    const before = Number(sim.store.get('PrimaryStorage', cloud.ps)?.availableCapacity);
    await createVm({ dataDiskOfferingUuids: [cloud.diskOffering] });
    const after = Number(sim.store.get('PrimaryStorage', cloud.ps)?.availableCapacity);
    expect(before - after).toBe(19_862_528 + 10 * GiB);
    const cap = await sim.call('GetPrimaryStorageCapacity', { clusterUuids: [cloud.cluster] });
    expect(cap.availableCapacity).toBe(after);
  });

  it('refuses delete while attached, then deletes VMs on it', async () => {
    const vm = await createVm();
    const error = await expectFailure(sim.call('DeletePrimaryStorage', { uuid: cloud.ps }));
    expect(error.details).toContain('cannot be deleted for still being attached to cluster');
    await sim.call('DetachPrimaryStorageFromCluster', {
      clusterUuid: cloud.cluster,
      primaryStorageUuid: cloud.ps,
    });
    expect(sim.store.get('VmInstance', vm.uuid)?.state).toBe('Stopped');
    await sim.call('DeletePrimaryStorage', { uuid: cloud.ps });
    expect(sim.store.get('VmInstance', vm.uuid)).toBeUndefined();
    expect(sim.store.count('Volume')).toBe(0);
  });

  it('refuses attaching twice or a second SharedMountPoint', async () => {
    expect(
      (
        await expectFailure(
          sim.call('AttachPrimaryStorageToCluster', {
            clusterUuid: cloud.cluster,
            primaryStorageUuid: cloud.ps,
          }),
        )
      ).code,
    ).toBe('SYS.1006');
    const other = (
      await sim.call('AddSharedMountPointPrimaryStorage', {
        name: 's2',
        url: '/smp2',
        zoneUuid: cloud.zone,
      })
    ).inventory.uuid;
    expect(
      (
        await expectFailure(
          sim.call('AttachPrimaryStorageToCluster', {
            clusterUuid: cloud.cluster,
            primaryStorageUuid: other,
          }),
        )
      ).details,
    ).toContain('only one');
  });

  it('local storage pins the VM to its host and forbids live migration', async () => {
    await sim.call('DetachPrimaryStorageFromCluster', {
      clusterUuid: cloud.cluster,
      primaryStorageUuid: cloud.ps,
    });
    const local = (
      await sim.call('AddLocalPrimaryStorage', {
        name: 'local',
        url: '/local_ps',
        zoneUuid: cloud.zone,
      })
    ).inventory.uuid;
    await sim.call('AttachPrimaryStorageToCluster', {
      clusterUuid: cloud.cluster,
      primaryStorageUuid: local,
    });
    const vm = await createVm();
    expect(
      (await sim.call('GetVmMigrationCandidateHosts', { vmInstanceUuid: vm.uuid })).inventories,
    ).toEqual([]);
    await sim.call('StopVmInstance', { uuid: vm.uuid });
    const started = (await sim.call('StartVmInstance', { uuid: vm.uuid })).inventory;
    expect(started.hostUuid).toBe(vm.hostUuid);
  });
});

describe('volumes', () => {
  it('a new data volume is NotInstantiated until attached', async () => {
    const vm = await createVm();
    const vol = (
      await sim.call('CreateDataVolume', { name: 'd', diskOfferingUuid: cloud.diskOffering })
    ).inventory;
    expect(vol.status).toBe('NotInstantiated');
    const attached = (
      await sim.call('AttachDataVolumeToVm', { volumeUuid: vol.uuid, vmInstanceUuid: vm.uuid })
    ).inventory;
    expect(attached).toMatchObject({
      status: 'Ready',
      vmInstanceUuid: vm.uuid,
      deviceId: 1,
      primaryStorageUuid: cloud.ps,
    });
    const again = await expectFailure(
      sim.call('AttachDataVolumeToVm', { volumeUuid: vol.uuid, vmInstanceUuid: vm.uuid }),
    );
    expect(again.details).toContain("can't attach again");
    const root = await expectFailure(
      sim.call('AttachDataVolumeToVm', { volumeUuid: vm.rootVolumeUuid, vmInstanceUuid: vm.uuid }),
    );
    expect(root.details).toContain('is Root Volume');
    const detached = (await sim.call('DetachDataVolumeFromVm', { uuid: vol.uuid })).inventory;
    expect(detached.vmInstanceUuid).toBeUndefined();
    await sim.call('DeleteDataVolume', { uuid: vol.uuid });
    expect(sim.store.get('Volume', vol.uuid)?.status).toBe('Deleted');
    await sim.call('ExpungeDataVolume', { uuid: vol.uuid });
    expect(sim.store.get('Volume', vol.uuid)).toBeUndefined();
  });

  it('refuses attaching to a destroyed VM', async () => {
    const vm = await createVm();
    await sim.call('DestroyVmInstance', { uuid: vm.uuid });
    const vol = (await sim.call('CreateDataVolume', { name: 'd', diskSize: GiB })).inventory;
    const error = await expectFailure(
      sim.call('AttachDataVolumeToVm', { volumeUuid: vol.uuid, vmInstanceUuid: vm.uuid }),
    );
    expect(error.causeCode?.code).toBe('VM.1010');
    expect(sim.store.get('Volume', vol.uuid)?.status).toBe('NotInstantiated');
  });
});

describe('backup storage and images', () => {
  it('downloads images into backup storage capacity', async () => {
    const bs = sim.store.get('BackupStorage', cloud.bs);
    expect(Number(bs?.totalCapacity) - Number(bs?.availableCapacity)).toBe(15_794_176);
    const vr = (
      await sim.call('AddImage', {
        name: 'vr',
        url: 'http://x/zstack-vrouter-4.8.0.qcow2',
        backupStorageUuids: [cloud.bs],
        system: true,
      })
    ).inventory;
    expect(vr.size).toBe(8 * GiB);
    const error = await expectFailure(
      sim.call('AddImage', { name: 'bad', url: 'gopher://x', backupStorageUuids: [cloud.bs] }),
    );
    expect(error.code).toBe('SYS.1007');
  });

  it('a deleted image is Deleted (Delay), cannot make VMs, and can be expunged', async () => {
    await createVm();
    await sim.call('DeleteImage', { uuid: cloud.image });
    expect(sim.store.get('Image', cloud.image)?.status).toBe('Deleted');
    const error = await expectFailure(createVm());
    expect(error.details).toContain('is not ready yet');
    await sim.call('ExpungeImage', { imageUuid: cloud.image });
    expect(sim.store.get('Image', cloud.image)).toBeUndefined();
    const bs = sim.store.get('BackupStorage', cloud.bs);
    expect(bs?.availableCapacity).toBe(bs?.totalCapacity);
  });

  it('refuses expunging an image that is not deleted', async () => {
    expect((await expectFailure(sim.call('ExpungeImage', { imageUuid: cloud.image }))).code).toBe(
      'SYS.1006',
    );
  });

  it('GetCpuMemoryCapacity counts Enabled and Connected hosts', async () => {
    const all = await sim.call('GetCpuMemoryCapacity', { all: true });
    await createVm();
    const after = await sim.call('GetCpuMemoryCapacity', { zoneUuids: [cloud.zone] });
    expect(all.availableMemory - after.availableMemory).toBe(GiB);
    await sim.call('ChangeHostState', { uuid: cloud.hosts[0], stateEvent: 'disable' });
    const fewer = await sim.call('GetCpuMemoryCapacity', { clusterUuids: [cloud.cluster] });
    expect(fewer.totalMemory).toBeLessThan(after.totalMemory);
  });
});
