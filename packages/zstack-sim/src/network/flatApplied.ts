import type { SimContext } from '../core/context.ts';
import { nowMs } from '../domain/common.ts';
import { allocateIp } from '../domain/ipAllocation.ts';
import type { VmNicRow, VmRow } from '../domain/rows.ts';
import { tagsOf, writeTag } from '../domain/systemTags.ts';
import { isServiceEffective } from './l3Services.ts';

/**
 * The Flat provider's host-side state, recorded instead of plumbed: per running VM, its NICs'
 * DHCP entries, its userdata (keyed by the default L3) and its distributed EIPs, each on the
 * host the VM runs on. Real nodes push these at VM start/reboot/migrate and re-push them in
 * batch when a KVM host connects; the same moments call the functions below.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/flatNetworkProvider/src/main/java/org/zstack/network/service/flat/FlatDhcpBackend.java
 * @see https://github.com/zstackio/zstack/blob/master/plugin/flatNetworkProvider/src/main/java/org/zstack/network/service/flat/FlatUserdataBackend.java
 * @see https://github.com/zstackio/zstack/blob/master/plugin/flatNetworkProvider/src/main/java/org/zstack/network/service/flat/FlatEipBackend.java
 */

export type FlatService = 'DHCP' | 'Userdata' | 'Eip';

/** One record's identity and place. */
export interface FlatRecord {
  id: string;
  service: FlatService;
  /** The NIC (DHCP), the VM (Userdata) or the EIP (Eip). */
  resourceUuid: string;
  vmInstanceUuid: string;
  hostUuid: string;
  l3NetworkUuid: string;
}

export interface FlatAppliedRow extends FlatRecord {
  [field: string]: unknown;
  createDate: number;
  lastOpDate: number;
}

/** The L3 system tag that records the Flat DHCP server's address (`FlatNetworkSystemTags`). */
export const dhcpServerTagPrefix = 'flatNetwork::DhcpServer::';

/** The Flat DHCP server IP of an L3, allocated from its range on first use; undefined if full. */
export function ensureFlatDhcpServerIp(sim: SimContext, l3Uuid: string): string | undefined {
  const [tag] = tagsOf(sim, l3Uuid, dhcpServerTagPrefix);
  if (tag) return tag.split('::')[2];
  try {
    const used = allocateIp(sim, l3Uuid, undefined);
    sim.store.update('UsedIp', used.uuid, { usedFor: 'DHCP' });
    writeTag(
      sim,
      'System',
      l3Uuid,
      'L3NetworkVO',
      `${dhcpServerTagPrefix}${used.ip}::ipUuid::${used.uuid}`,
      true,
    );
    return used.ip;
  } catch {
    // A full range leaves the L3 without a DHCP server, as the agent would fail to set it up.
    return undefined;
  }
}

function desiredRecords(sim: SimContext, vm: VmRow, hostUuid: string): FlatRecord[] {
  const out: FlatRecord[] = [];
  const base = { vmInstanceUuid: vm.uuid, hostUuid };
  const nics = sim.store.find('VmNic', { vmInstanceUuid: vm.uuid }) as VmNicRow[];
  for (const nic of nics) {
    if (!isServiceEffective(sim, nic.l3NetworkUuid, 'DHCP', 'Flat')) continue;
    if (!ensureFlatDhcpServerIp(sim, nic.l3NetworkUuid)) continue;
    out.push({
      ...base,
      id: `DHCP:${nic.uuid}`,
      service: 'DHCP',
      resourceUuid: nic.uuid,
      l3NetworkUuid: nic.l3NetworkUuid,
    });
  }
  const l3 = vm.defaultL3NetworkUuid;
  if (l3 && isServiceEffective(sim, l3, 'Userdata', 'Flat')) {
    out.push({
      ...base,
      id: `Userdata:${vm.uuid}`,
      service: 'Userdata',
      resourceUuid: vm.uuid,
      l3NetworkUuid: l3,
    });
  }
  const byNic = new Map(nics.map((nic) => [nic.uuid, nic]));
  const eips = nics.length ? sim.store.find('Eip', { vmNicUuid: [...byNic.keys()] }) : [];
  for (const eip of eips) {
    const nic = byNic.get(String(eip.vmNicUuid));
    if (!nic || eip.state !== 'Enabled') continue;
    if (!isServiceEffective(sim, nic.l3NetworkUuid, 'Eip', 'Flat')) continue;
    out.push({
      ...base,
      id: `Eip:${String(eip.uuid)}`,
      service: 'Eip',
      resourceUuid: String(eip.uuid),
      l3NetworkUuid: nic.l3NetworkUuid,
    });
  }
  return out;
}

/**
 * Brings a VM's Flat records in line with its state: a Running UserVm with a host gets its DHCP,
 * userdata and EIP records on that host; any other VM has none. Idempotent; call it after a VM
 * starts, reboots, migrates, stops, or when its NICs or EIPs change.
 */
export function applyFlatServices(sim: SimContext, vmUuid: string): FlatAppliedRow[] {
  const vm = sim.store.get('VmInstance', vmUuid) as VmRow | undefined;
  if (vm?.state !== 'Running' || !vm.hostUuid || vm.type !== 'UserVm') {
    releaseFlatServices(sim, vmUuid);
    return [];
  }
  const hostUuid = vm.hostUuid;
  return sim.store.transaction(() => {
    const desired = desiredRecords(sim, vm, hostUuid);
    const keep = new Set(desired.map((row) => row.id));
    for (const row of flatAppliedOf(sim, vmUuid)) {
      if (!keep.has(row.id)) sim.store.remove('FlatApplied', row.id);
    }
    const now = nowMs(sim);
    return desired.map((row) => {
      const existing = sim.store.get('FlatApplied', row.id) as FlatAppliedRow | undefined;
      if (existing && existing.hostUuid === row.hostUuid) return existing;
      if (existing)
        return sim.store.update('FlatApplied', row.id, {
          hostUuid,
          lastOpDate: now,
        }) as FlatAppliedRow;
      return sim.store.insert('FlatApplied', {
        ...row,
        createDate: now,
        lastOpDate: now,
      }) as FlatAppliedRow;
    });
  });
}

/** Drops every Flat record of a VM (it stopped, was destroyed, or left Flat networks). */
export function releaseFlatServices(sim: SimContext, vmUuid: string): void {
  for (const row of flatAppliedOf(sim, vmUuid)) sim.store.remove('FlatApplied', row.id);
}

/**
 * A KVM host (re)connected: re-applies the records of every VM running on it and drops records
 * left for VMs that no longer run there. Returns the host's records.
 */
export function refreshHostFlatServices(sim: SimContext, hostUuid: string): FlatAppliedRow[] {
  const running = sim.store.find('VmInstance', { hostUuid, state: 'Running' }) as VmRow[];
  const here = new Set(running.map((vm) => vm.uuid));
  for (const row of sim.store.find('FlatApplied', { hostUuid }) as FlatAppliedRow[]) {
    if (!here.has(row.vmInstanceUuid)) sim.store.remove('FlatApplied', row.id);
  }
  for (const vm of running) applyFlatServices(sim, vm.uuid);
  return sim.store.find('FlatApplied', { hostUuid }) as FlatAppliedRow[];
}

export function flatAppliedOf(sim: SimContext, vmUuid: string): FlatAppliedRow[] {
  return sim.store.find('FlatApplied', { vmInstanceUuid: vmUuid }) as FlatAppliedRow[];
}
