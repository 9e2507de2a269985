import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectFailure } from '../../domain/expectFailure.ts';
import { checkInvariants } from '../../domain/invariants.ts';
import { buildTestCloud, type TestCloud } from '../../domain/testCloud.ts';
import { createTestSim, type TestSim } from '../../domain/testing.ts';

let sim: TestSim;
let cloud: TestCloud;

beforeEach(async () => {
  sim = createTestSim();
  cloud = await buildTestCloud(sim, 1);
});
afterEach(() => expect(checkInvariants(sim.store, { version: sim.version })).toEqual([]));

const range = (
  l3: string,
  startIp: string,
  endIp: string,
  gateway = '10.0.0.1',
  netmask = '255.255.255.0',
) => sim.call('AddIpRange', { l3NetworkUuid: l3, name: 'r', startIp, endIp, netmask, gateway });

describe('AddIpRange rules', () => {
  it.each([
    [
      '10.0.0.300',
      '10.0.0.250',
      '10.0.0.1',
      '255.255.255.0',
      'start ip[10.0.0.300] is not a IPv4 address',
    ],
    ['10.0.0.250', '10.0.0.240', '10.0.0.1', '255.255.255.0', 'is behind end ip'],
    ['10.0.0.201', '10.0.0.250', '10.0.0.1', '255.0.255.0', 'is not a netmask'],
    ['10.0.0.201', '10.0.0.250', '10.0.0.210', '255.255.255.0', 'can not be part of range'],
    ['10.0.0.201', '10.0.0.250', '10.0.9.1', '255.255.255.0', 'is not in the subnet'],
    ['10.0.0.150', '10.0.0.250', '10.0.0.1', '255.255.255.0', 'overlap with ip range'],
    ['10.0.0.201', '10.0.0.255', '10.0.0.1', '255.255.255.0', 'broadcast'],
  ])('%s-%s gw %s mask %s is refused', async (startIp, endIp, gateway, netmask, message) => {
    const error = await expectFailure(range(cloud.l3, startIp, endIp, gateway, netmask));
    expect(error.code).toBe('SYS.1007');
    expect(error.details).toContain(message);
    expect(sim.store.count('IpRange')).toBe(1);
  });

  it('refuses a second CIDR on the L3 and overlap with an L3 on the same L2', async () => {
    expect(
      (await expectFailure(range(cloud.l3, '10.1.0.10', '10.1.0.20', '10.1.0.1'))).details,
    ).toContain('multiple CIDR');
    const other = (await sim.call('CreateL3Network', { name: 'other', l2NetworkUuid: cloud.l2 }))
      .inventory.uuid;
    expect((await expectFailure(range(other, '10.0.0.190', '10.0.0.210'))).details).toContain(
      'overlap',
    );
    const ok = (await range(other, '10.0.0.201', '10.0.0.250')).inventory;
    expect(ok.networkCidr).toBe('10.0.0.0/24');
  });

  it('AddIpRangeByNetworkCidr derives gateway and range', async () => {
    const l3 = (await sim.call('CreateL3Network', { name: 'cidr', l2NetworkUuid: cloud.l2 }))
      .inventory.uuid;
    const inv = (
      await sim.call('AddIpRangeByNetworkCidr', {
        l3NetworkUuid: l3,
        name: 'c',
        networkCidr: '172.16.0.0/22',
      })
    ).inventory;
    expect(inv).toMatchObject({
      gateway: '172.16.0.1',
      startIp: '172.16.0.2',
      endIp: '172.16.3.254',
      netmask: '255.255.252.0',
    });
  });
});

describe('DNS and capacity', () => {
  it('adds and removes DNS servers', async () => {
    await sim.call('AddDnsToL3Network', { l3NetworkUuid: cloud.l3, dns: '8.8.8.8' });
    const inv = (await sim.call('AddDnsToL3Network', { l3NetworkUuid: cloud.l3, dns: '1.1.1.1' }))
      .inventory;
    expect(inv.dns).toEqual(expect.arrayContaining(['8.8.8.8', '1.1.1.1']));
    expect(
      (
        await expectFailure(
          sim.call('AddDnsToL3Network', { l3NetworkUuid: cloud.l3, dns: '8.8.8.8' }),
        )
      ).code,
    ).toBe('SYS.1007');
    const after = (
      await sim.call('RemoveDnsFromL3Network', { l3NetworkUuid: cloud.l3, dns: '8.8.8.8' })
    ).inventory;
    expect(after.dns).toEqual(['1.1.1.1']);
  });

  it('GetIpAddressCapacity counts used addresses', async () => {
    await sim.call('CreateVmInstance', {
      name: 'v',
      imageUuid: cloud.image,
      instanceOfferingUuid: cloud.offering,
      l3NetworkUuids: [cloud.l3],
    });
    const byL3 = await sim.call('GetIpAddressCapacity', { l3NetworkUuids: [cloud.l3] });
    expect(byL3).toMatchObject({
      totalCapacity: 191,
      usedIpAddressNumber: 1,
      availableCapacity: 190,
    });
    const all = await sim.call('GetIpAddressCapacity', { all: true });
    expect(all.totalCapacity).toBe(191);
    expect((await expectFailure(sim.call('GetIpAddressCapacity', {}))).code).toBe('SYS.1007');
  });
});

describe('cascades', () => {
  it('deleting the L3 detaches NICs and frees IPs; the VM survives', async () => {
    const vm = (
      await sim.call('CreateVmInstance', {
        name: 'v',
        imageUuid: cloud.image,
        instanceOfferingUuid: cloud.offering,
        l3NetworkUuids: [cloud.l3],
      })
    ).inventory;
    await sim.call('DeleteL3Network', { uuid: cloud.l3 });
    expect(sim.store.count('VmNic')).toBe(0);
    expect(sim.store.count('UsedIp')).toBe(0);
    expect(sim.store.count('IpRange')).toBe(0);
    expect(sim.store.get('VmInstance', vm.uuid)?.defaultL3NetworkUuid).toBeFalsy();
  });

  it('deleting an IP range detaches only NICs in it', async () => {
    await sim.call('CreateVmInstance', {
      name: 'v',
      imageUuid: cloud.image,
      instanceOfferingUuid: cloud.offering,
      l3NetworkUuids: [cloud.l3],
    });
    const other = (await sim.call('CreateL3Network', { name: 'other', l2NetworkUuid: cloud.l2 }))
      .inventory.uuid;
    const kept = (await range(other, '10.0.0.201', '10.0.0.250')).inventory.uuid;
    await sim.call('CreateVmInstance', {
      name: 'w',
      imageUuid: cloud.image,
      instanceOfferingUuid: cloud.offering,
      l3NetworkUuids: [other],
    });
    await sim.call('DeleteIpRange', {
      uuid: String(sim.store.find('IpRange', { l3NetworkUuid: cloud.l3 })[0]?.uuid),
    });
    expect(sim.store.count('VmNic')).toBe(1);
    expect(sim.store.find('UsedIp')[0]?.ipRangeUuid).toBe(kept);
  });

  it('deleting the L2 deletes its L3s', async () => {
    await sim.call('DeleteL2Network', { uuid: cloud.l2 });
    expect(sim.store.count('L3Network')).toBe(0);
    expect(sim.store.count('L2NetworkClusterRef')).toBe(0);
  });

  it('deleting the zone removes everything under it', async () => {
    await sim.call('CreateVmInstance', {
      name: 'v',
      imageUuid: cloud.image,
      instanceOfferingUuid: cloud.offering,
      l3NetworkUuids: [cloud.l3],
    });
    await sim.call('DeleteZone', { uuid: cloud.zone });
    for (const table of [
      'Zone',
      'Cluster',
      'Host',
      'VmInstance',
      'VmNic',
      'Volume',
      'PrimaryStorage',
      'L2Network',
      'L3Network',
      'UsedIp',
      'BackupStorageZoneRef',
    ]) {
      expect(sim.store.count(table), table).toBe(0);
    }
    expect(sim.store.count('BackupStorage')).toBe(1);
  });

  it('deleting a missing resource succeeds, as ZStack does', async () => {
    expect(await sim.call('DeleteL3Network', { uuid: 'f'.repeat(32) })).toEqual({});
  });
});
