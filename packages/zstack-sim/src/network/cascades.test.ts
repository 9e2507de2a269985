import { describe, expect, it } from 'vitest';
import { cascadeDeleteL2 } from '../domain/cascades.ts';
import { checkInvariants } from '../domain/invariants.ts';
import {
  onIpRangeDeleted,
  onL2Deleted,
  onL3Deleted,
  onVmExpunged,
  onVmNicRemoved,
} from './cascades.ts';
import { applyFlatServices } from './flatApplied.ts';
import { buildNetworkCloud, createVm, type Json } from './testNetwork.ts';

async function withEip() {
  const { sim, cloud } = await buildNetworkCloud();
  const vm = await createVm(sim, cloud);
  const vip = (await sim.call('CreateVip', { name: 'v', l3NetworkUuid: cloud.publicL3 }))
    .inventory as Json;
  const eip = (
    await sim.call('CreateEip', { name: 'e', vipUuid: vip.uuid, vmNicUuid: vm.vmNics[0].uuid })
  ).inventory as Json;
  applyFlatServices(sim, vm.uuid);
  return { sim, cloud, vm, vip, eip };
}

describe('network cascades', () => {
  it('deleting the public L3 deletes its VIPs and EIPs and frees their addresses', async () => {
    const { sim, cloud } = await withEip();
    sim.store.transaction(() => onL3Deleted(sim, cloud.publicL3));
    expect(sim.store.find('Vip')).toEqual([]);
    expect(sim.store.find('Eip')).toEqual([]);
    expect(sim.store.find('FlatApplied', { service: 'Eip' })).toEqual([]);
    expect(sim.store.find('UsedIp', { l3NetworkUuid: cloud.publicL3 })).toEqual([]);
  });

  it('deleting the private L3 drops its service refs and Flat records', async () => {
    const { sim, cloud } = await withEip();
    onL3Deleted(sim, cloud.l3);
    expect(sim.store.find('NetworkServiceL3NetworkRef', { l3NetworkUuid: cloud.l3 })).toEqual([]);
    expect(sim.store.find('FlatApplied', { l3NetworkUuid: cloud.l3 })).toEqual([]);
  });

  it('a range deletion takes the VIPs allocated from it', async () => {
    const { sim, vip } = await withEip();
    const row = sim.store.get('Vip', vip.uuid) as Json;
    onIpRangeDeleted(sim, row.ipRangeUuid);
    expect(sim.store.get('Vip', vip.uuid)).toBeUndefined();
  });

  it('a removed NIC or an expunged VM leaves its EIP detached, not deleted', async () => {
    const { sim, vm, eip } = await withEip();
    onVmNicRemoved(sim, vm.vmNics[0].uuid);
    expect(sim.store.get('Eip', eip.uuid)?.vmNicUuid).toBeNull();
    expect(sim.store.find('FlatApplied', { service: 'DHCP' })).toEqual([]);
    onVmExpunged(sim, vm.uuid);
    expect(sim.store.find('FlatApplied', { vmInstanceUuid: vm.uuid })).toEqual([]);
  });

  it('an L2 deletion removes its provider refs', async () => {
    const { sim, cloud } = await withEip();
    sim.store.transaction(() => {
      onL3Deleted(sim, cloud.publicL3);
      onL2Deleted(sim, cloud.publicL2);
      cascadeDeleteL2(sim, cloud.publicL2);
    });
    expect(
      sim.store.find('NetworkServiceProviderL2NetworkRef', { l2NetworkUuid: cloud.publicL2 }),
    ).toEqual([]);
    expect(checkInvariants(sim.store, { version: sim.version })).toEqual([]);
  });
});
