import type { SimContext } from '../core/context.ts';
import { mustGet, patchRow } from '../domain/common.ts';
import { releaseIp } from '../domain/ipAllocation.ts';

/**
 * VIP and EIP rows and the state changes shared by the handlers and the cascades. Callers wrap
 * them in a transaction.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/vip/src/main/java/org/zstack/network/service/vip/VipBase.java
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/eip/src/main/java/org/zstack/network/service/eip/EipManagerImpl.java
 */

export interface VipRow {
  [field: string]: unknown;
  uuid: string;
  name: string;
  l3NetworkUuid: string;
  ip: string;
  state: 'Enabled' | 'Disabled';
  gateway: string;
  netmask: string;
  serviceProvider?: string;
  useFor?: string;
  system?: boolean;
  ipRangeUuid: string;
  usedIpUuid: string;
  createDate: number;
  lastOpDate: number;
}

export interface EipRow {
  [field: string]: unknown;
  uuid: string;
  name: string;
  vipUuid: string;
  vmNicUuid?: string;
  state: 'Enabled' | 'Disabled';
  vipIp: string;
  guestIp?: string;
  createDate: number;
  lastOpDate: number;
}

/** A resource's system and user tags go with it (local, so domain/vmOps can import this module). */
function removeTagsOf(sim: SimContext, resourceUuid: string): void {
  for (const table of ['SystemTag', 'UserTag']) {
    for (const tag of sim.store.find(table, { resourceUuid }))
      sim.store.remove(table, String(tag.uuid));
  }
}

export function mustGetVip(sim: SimContext, uuid: string): VipRow {
  return mustGet<VipRow & Record<string, unknown>>(sim.store, 'Vip', uuid);
}

export function mustGetEip(sim: SimContext, uuid: string): EipRow {
  return mustGet<EipRow & Record<string, unknown>>(sim.store, 'Eip', uuid);
}

/** `lockVip`: the VIP now serves `useFor` (`Eip`), so no other service may take it. */
export function lockVip(sim: SimContext, vipUuid: string, useFor: string): void {
  patchRow(sim, 'Vip', vipUuid, { useFor });
}

/** `unlockVip`: the service let go of the VIP; it can be used again. */
export function unlockVip(sim: SimContext, vipUuid: string): void {
  patchRow(sim, 'Vip', vipUuid, { useFor: null, serviceProvider: null });
}

/** Detaches an EIP from its NIC (rows only; the caller re-applies the VM's Flat services). */
export function detachEipRow(sim: SimContext, eip: EipRow): void {
  patchRow(sim, 'Eip', eip.uuid, { vmNicUuid: null, guestIp: null });
  patchRow(sim, 'Vip', eip.vipUuid, { serviceProvider: null });
  const applied = `Eip:${eip.uuid}`;
  if (sim.store.get('FlatApplied', applied)) sim.store.remove('FlatApplied', applied);
}

/** Deletes an EIP: detached first, its VIP unlocked, its tags and row removed. */
export function deleteEipNow(sim: SimContext, eip: EipRow): void {
  if (eip.vmNicUuid) detachEipRow(sim, eip);
  if (sim.store.get('Vip', eip.vipUuid)) unlockVip(sim, eip.vipUuid);
  removeTagsOf(sim, eip.uuid);
  sim.store.remove('Eip', eip.uuid);
}

/**
 * Deletes a VIP the way VipDeletionMsg does: the services on it are released first
 * (`releaseServicesOnVip` deletes its EIP), then its address goes back to the L3.
 */
export function deleteVipNow(sim: SimContext, vip: VipRow): void {
  for (const eip of sim.store.find('Eip', { vipUuid: vip.uuid }) as EipRow[])
    deleteEipNow(sim, eip);
  releaseIp(sim, vip.usedIpUuid);
  removeTagsOf(sim, vip.uuid);
  sim.store.remove('Vip', vip.uuid);
}
