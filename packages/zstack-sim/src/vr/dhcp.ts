import type { SimContext } from '../core/context.ts';
import { nowMs } from '../domain/common.ts';
import type { VmNicRow, VmRow } from '../domain/rows.ts';
import { nicsOf } from '../domain/vmOps.ts';
import { ensureFlatDhcpServerIp } from '../network/flatApplied.ts';
import { isServiceEffective } from '../network/l3Services.ts';
import { activeVirtualRouterOn, vrIpOn } from './router.ts';

/**
 * Records what DHCP tells each running user VM (the DhcpEntry table). The VR's dnsmasq hands out
 * the VR's own guest address as DNS when the VR also serves DNS; Flat DHCP hands out the L3's DNS
 * list. Leases are static and infinite: when no provider pushes an entry (the VR→Flat window),
 * the VM keeps what it had.
 *
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/dhcp/VirtualRouterDhcpBackend.java
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/flatNetworkProvider/src/main/java/org/zstack/network/service/flat/FlatDhcpBackend.java
 */

export interface DhcpEntryRow {
  [field: string]: unknown;
  vmNicUuid: string;
  vmInstanceUuid: string;
  l3NetworkUuid: string;
  ip?: string;
  provider: 'VirtualRouter' | 'Flat';
  serverUuid: string;
  dhcpServerIp?: string;
  dns: string[];
  createDate: number;
  lastOpDate: number;
}

/** The L3's DNS servers in the order they were added. */
export function l3DnsOf(sim: SimContext, l3Uuid: string): string[] {
  return sim.store
    .find('L3NetworkDns', { l3NetworkUuid: l3Uuid })
    .sort((a, b) => String(a.id).localeCompare(String(b.id)))
    .map((row) => String(row.dns));
}

type Offer = Pick<DhcpEntryRow, 'provider' | 'serverUuid' | 'dhcpServerIp' | 'dns'>;

function offerFor(sim: SimContext, nic: VmNicRow, hostUuid: string): Offer | undefined {
  const l3 = nic.l3NetworkUuid;
  if (isServiceEffective(sim, l3, 'DHCP', 'Flat')) {
    const server = ensureFlatDhcpServerIp(sim, l3);
    if (!server) return undefined;
    return { provider: 'Flat', serverUuid: hostUuid, dhcpServerIp: server, dns: l3DnsOf(sim, l3) };
  }
  if (isServiceEffective(sim, l3, 'DHCP', 'VirtualRouter')) {
    const vr = activeVirtualRouterOn(sim, l3);
    const vrIp = vr && vrIpOn(sim, vr, l3);
    if (!vr || !vrIp) return undefined;
    const vrDns = isServiceEffective(sim, l3, 'DNS', 'VirtualRouter');
    return {
      provider: 'VirtualRouter',
      serverUuid: vr.uuid,
      dhcpServerIp: vrIp,
      dns: vrDns ? [vrIp] : l3DnsOf(sim, l3),
    };
  }
  return undefined;
}

/**
 * A provider pushed this VM's entries (it started, rebooted, its host or VR reconnected): each
 * NIC on an L3 with an effective DHCP provider gets that provider's answer. Non-running VMs and
 * appliance VMs are left alone.
 */
export function refreshDhcpEntries(sim: SimContext, vmUuid: string): DhcpEntryRow[] {
  const vm = sim.store.get('VmInstance', vmUuid) as VmRow | undefined;
  if (vm?.state !== 'Running' || !vm.hostUuid || vm.type !== 'UserVm') return [];
  const hostUuid = vm.hostUuid;
  const out: DhcpEntryRow[] = [];
  for (const nic of nicsOf(sim, vmUuid)) {
    const offer = offerFor(sim, nic, hostUuid);
    const existing = sim.store.get('DhcpEntry', nic.uuid) as DhcpEntryRow | undefined;
    if (!offer) {
      if (existing) out.push(existing);
      continue;
    }
    const now = nowMs(sim);
    const row: DhcpEntryRow = {
      vmNicUuid: nic.uuid,
      vmInstanceUuid: vmUuid,
      l3NetworkUuid: nic.l3NetworkUuid,
      ip: nic.ip,
      ...offer,
      createDate: existing?.createDate ?? now,
      lastOpDate: now,
    };
    if (existing) sim.store.update('DhcpEntry', nic.uuid, row);
    else sim.store.insert('DhcpEntry', row);
    out.push(row);
  }
  return out;
}

/** Pushes the entries of every running VM with a NIC on the L3 (a VR (re)connected). */
export function refreshL3DhcpEntries(sim: SimContext, l3Uuid: string): void {
  const nics = sim.store.find('VmNic', { l3NetworkUuid: l3Uuid }) as VmNicRow[];
  for (const vmUuid of new Set(nics.map((n) => n.vmInstanceUuid))) refreshDhcpEntries(sim, vmUuid);
}

/** The DNS servers a NIC got at its last DHCP exchange, or undefined if it never got an answer. */
export function dnsOfNic(sim: SimContext, nicUuid: string): string[] | undefined {
  return (sim.store.get('DhcpEntry', nicUuid) as DhcpEntryRow | undefined)?.dns;
}

/** Drops a VM's entries (it was expunged). */
export function dropDhcpEntries(sim: SimContext, vmUuid: string): void {
  for (const row of sim.store.find('DhcpEntry', { vmInstanceUuid: vmUuid }))
    sim.store.remove('DhcpEntry', String(row.vmNicUuid));
}
