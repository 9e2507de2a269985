import { describe, expect, it } from 'vitest';
import { checkInvariants } from './invariants.ts';
import { cidrOf, ipToLong, isNetmask, longToIp } from './ip.ts';
import { buildTestCloud } from './testCloud.ts';
import { createTestSim } from './testing.ts';

describe('ip helpers', () => {
  it('converts and validates', () => {
    expect(ipToLong('255.255.255.255')).toBe(2 ** 32 - 1);
    expect(longToIp(ipToLong('10.1.2.3'))).toBe('10.1.2.3');
    expect(isNetmask('255.255.254.0')).toBe(true);
    expect(isNetmask('255.0.255.0')).toBe(false);
    expect(isNetmask('0.0.0.0')).toBe(false);
    expect(cidrOf('192.168.1.77', '255.255.255.192')).toBe('192.168.1.64/26');
  });
});

describe('checkInvariants', () => {
  it('reports capacity, storage and IP inconsistencies', async () => {
    const sim = createTestSim();
    const cloud = await buildTestCloud(sim, 1);
    const vm = (
      await sim.call('CreateVmInstance', {
        name: 'v',
        imageUuid: cloud.image,
        instanceOfferingUuid: cloud.offering,
        l3NetworkUuids: [cloud.l3],
      })
    ).inventory;
    expect(checkInvariants(sim.store)).toEqual([]);
    const host = cloud.hosts[0] as string;
    const avail = Number(sim.store.get('Host', host)?.availableCpuCapacity);
    sim.store.update('Host', host, { availableCpuCapacity: avail + 1 });
    sim.store.update('PrimaryStorage', cloud.ps, { availableCapacity: 1 });
    sim.store.update('VmNic', vm.vmNics[0].uuid, { ip: '10.9.9.9' });
    const problems = checkInvariants(sim.store);
    expect(problems.some((p) => p.includes('availableCpu'))).toBe(true);
    expect(problems.some((p) => p.startsWith('primary storage'))).toBe(true);
    expect(problems.some((p) => p.includes('does not match'))).toBe(true);
  });

  it('reports a stopped VM that still holds a host', async () => {
    const sim = createTestSim();
    const cloud = await buildTestCloud(sim, 1);
    const vm = (
      await sim.call('CreateVmInstance', {
        name: 'v',
        imageUuid: cloud.image,
        instanceOfferingUuid: cloud.offering,
        l3NetworkUuids: [cloud.l3],
      })
    ).inventory;
    sim.store.update('VmInstance', vm.uuid, { state: 'Stopped' });
    expect(checkInvariants(sim.store)).toEqual([
      `vm ${vm.uuid} is Stopped but holds host ${vm.hostUuid}`,
    ]);
  });
});
