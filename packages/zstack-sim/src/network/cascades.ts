import type { SimContext } from '../core/context.ts';
import { deleteConsoleProxiesOfVm } from './consoleProxies.ts';
import { applyFlatServices, releaseFlatServices } from './flatApplied.ts';
import { deleteVipNow, detachEipRow, type EipRow, type VipRow } from './vipOps.ts';

/**
 * What the network-service sections must do when the domain deletes or changes the resources
 * they hang on. The domain's cascades and VM flows call these (inside their transactions); each
 * is idempotent and cheap when there is nothing to do.
 *
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/vip/src/main/java/org/zstack/network/service/vip/VipCascadeExtension.java
 * @see https://github.com/zstackio/zstack/blob/master/plugin/eip/src/main/java/org/zstack/network/service/eip/EipExtension.java
 * @see https://github.com/zstackio/zstack/blob/master/console/src/main/java/org/zstack/console/ConsoleManagerImpl.java
 */

/** An L2 is being deleted: its provider refs go (FK ON DELETE CASCADE in ZStack). */
export function onL2Deleted(sim: SimContext, l2Uuid: string): void {
  for (const ref of sim.store.find('NetworkServiceProviderL2NetworkRef', {
    l2NetworkUuid: l2Uuid,
  })) {
    sim.store.remove('NetworkServiceProviderL2NetworkRef', String(ref.id));
  }
}

/**
 * An L3 is being deleted: the VIPs on it are deleted (with their EIPs), and its service refs go.
 * Call it before the L3's NICs and ranges are removed, or after: both orders are safe.
 */
export function onL3Deleted(sim: SimContext, l3Uuid: string): void {
  for (const vip of sim.store.find('Vip', { l3NetworkUuid: l3Uuid }) as VipRow[])
    deleteVipNow(sim, vip);
  for (const ref of sim.store.find('NetworkServiceL3NetworkRef', { l3NetworkUuid: l3Uuid })) {
    sim.store.remove('NetworkServiceL3NetworkRef', String(ref.id));
  }
  for (const row of sim.store.find('FlatApplied', { l3NetworkUuid: l3Uuid })) {
    sim.store.remove('FlatApplied', String(row.id));
  }
}

/** An IP range is being deleted: the VIPs allocated from it are deleted (VipCascadeExtension). */
export function onIpRangeDeleted(sim: SimContext, ipRangeUuid: string): void {
  for (const vip of sim.store.find('Vip', { ipRangeUuid }) as VipRow[]) deleteVipNow(sim, vip);
}

/** A NIC is being removed (detach, expunge, L3/L2 cascade): its EIP is detached, not deleted. */
export function onVmNicRemoved(sim: SimContext, nicUuid: string): void {
  for (const eip of sim.store.find('Eip', { vmNicUuid: nicUuid }) as EipRow[])
    detachEipRow(sim, eip);
  const dhcp = `DHCP:${nicUuid}`;
  if (sim.store.get('FlatApplied', dhcp)) sim.store.remove('FlatApplied', dhcp);
}

/**
 * A VM changed state or host (started, rebooted, migrated, stopped, destroyed): its Flat records
 * follow it. Stopping, rebooting, migrating or destroying also ends its console grants.
 */
export function onVmStateChanged(sim: SimContext, vmUuid: string, endConsoles: boolean): void {
  applyFlatServices(sim, vmUuid);
  if (endConsoles) deleteConsoleProxiesOfVm(sim, vmUuid);
}

/** A VM row is being expunged: nothing of it may remain in the network-service tables. */
export function onVmExpunged(sim: SimContext, vmUuid: string): void {
  for (const nic of sim.store.find('VmNic', { vmInstanceUuid: vmUuid })) {
    onVmNicRemoved(sim, String(nic.uuid));
  }
  releaseFlatServices(sim, vmUuid);
  deleteConsoleProxiesOfVm(sim, vmUuid);
}
