import { beforeEach, describe, expect, it } from 'vitest';
import { expectFailure } from '../domain/expectFailure.ts';
import { checkInvariants } from '../domain/invariants.ts';
import { buildTestCloud, type TestCloud } from '../domain/testCloud.ts';
import { createTestSim, type TestSim } from '../domain/testing.ts';

let sim: TestSim;
let cloud: TestCloud;

beforeEach(async () => {
  sim = createTestSim();
  cloud = await buildTestCloud(sim, 2);
});

const createVm = async () =>
  (
    await sim.call('CreateVmInstance', {
      name: 'v',
      imageUuid: cloud.image,
      instanceOfferingUuid: cloud.offering,
      l3NetworkUuids: [cloud.l3],
    })
  ).inventory;

describe('zones and clusters', () => {
  it('a disabled zone or cluster takes no new VMs', async () => {
    await sim.call('ChangeClusterState', { uuid: cloud.cluster, stateEvent: 'disable' });
    expect((await expectFailure(createVm())).causeCode?.code).toBe('HOST_ALLOCATION.1000');
    await sim.call('ChangeClusterState', { uuid: cloud.cluster, stateEvent: 'enable' });
    await sim.call('ChangeZoneState', { uuid: cloud.zone, stateEvent: 'disable' });
    expect((await expectFailure(createVm())).code).toBe('VM.1000');
    const bad = await expectFailure(
      sim.call('ChangeZoneState', { uuid: cloud.zone, stateEvent: 'maintain' }),
    );
    expect(bad.code).toBe('SYS.1007');
  });

  it('deleting a cluster stops its VMs and detaches storage and networks', async () => {
    const vm = await createVm();
    await sim.call('DeleteCluster', { uuid: cloud.cluster });
    expect(sim.store.get('VmInstance', vm.uuid)?.state).toBe('Stopped');
    expect(sim.store.count('Host')).toBe(0);
    expect(sim.store.count('PrimaryStorageClusterRef')).toBe(0);
    expect(sim.store.count('L2NetworkClusterRef')).toBe(0);
    expect(checkInvariants(sim.store)).toEqual([]);
  });

  it('updates names', async () => {
    expect((await sim.call('UpdateZone', { uuid: cloud.zone, name: 'z2' })).inventory.name).toBe(
      'z2',
    );
    expect(
      (await sim.call('UpdateCluster', { uuid: cloud.cluster, name: 'c2' })).inventory.name,
    ).toBe('c2');
    const missing = await expectFailure(
      sim.call('UpdateZone', { uuid: 'a'.repeat(32), name: 'x' }),
    );
    expect(missing.code).toBe('SYS.1003');
  });
});

describe('L2 networks', () => {
  it('refuses a second no-vlan L2 on the same interface of a cluster and duplicate vlans', async () => {
    const other = (
      await sim.call('CreateL2NoVlanNetwork', {
        name: 'o',
        zoneUuid: cloud.zone,
        physicalInterface: 'eth0',
      })
    ).inventory.uuid;
    const clash = await expectFailure(
      sim.call('AttachL2NetworkToCluster', { l2NetworkUuid: other, clusterUuid: cloud.cluster }),
    );
    expect(clash.details).toContain('physical interface[eth0]');
    const vlan = (
      await sim.call('CreateL2VlanNetwork', {
        name: 'v',
        zoneUuid: cloud.zone,
        physicalInterface: 'eth1',
        vlan: 100,
      })
    ).inventory;
    expect(vlan).toMatchObject({ type: 'L2VlanNetwork', vlan: 100 });
    expect(
      (
        await expectFailure(
          sim.call('CreateL2VlanNetwork', {
            name: 'v2',
            zoneUuid: cloud.zone,
            physicalInterface: 'eth1',
            vlan: 100,
          }),
        )
      ).code,
    ).toBe('SYS.1007');
    expect(
      (
        await expectFailure(
          sim.call('CreateL2VlanNetwork', {
            name: 'v3',
            zoneUuid: cloud.zone,
            physicalInterface: 'eth1',
            vlan: 5000,
          }),
        )
      ).code,
    ).toBe('SYS.1007');
    const twice = await expectFailure(
      sim.call('AttachL2NetworkToCluster', { l2NetworkUuid: cloud.l2, clusterUuid: cloud.cluster }),
    );
    expect(twice.code).toBe('SYS.1006');
  });

  it('detaching an L2 from the cluster removes the NICs of its VMs there', async () => {
    await createVm();
    await sim.call('DetachL2NetworkFromCluster', {
      l2NetworkUuid: cloud.l2,
      clusterUuid: cloud.cluster,
    });
    expect(sim.store.count('VmNic')).toBe(0);
    expect(sim.store.count('UsedIp')).toBe(0);
    expect((await expectFailure(createVm())).causeCode?.code).toBe('HOST_ALLOCATION.1000');
  });
});

describe('offerings', () => {
  it('validates and disables offerings; deleting one leaves VMs running', async () => {
    expect(
      (
        await expectFailure(
          sim.call('CreateInstanceOffering', { name: 'x', cpuNum: 0, memorySize: 1 }),
        )
      ).code,
    ).toBe('SYS.1007');
    const vm = await createVm();
    await sim.call('ChangeInstanceOfferingState', { uuid: cloud.offering, stateEvent: 'disable' });
    expect((await expectFailure(createVm())).details).toContain('is Disabled');
    await sim.call('DeleteInstanceOffering', { uuid: cloud.offering });
    const row = sim.store.get('VmInstance', vm.uuid);
    expect(row?.state).toBe('Running');
    expect(row?.instanceOfferingUuid).toBeFalsy();
  });
});
