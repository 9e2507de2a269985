import { isAtLeast } from '@zdash/zstack-api';
import type { Store } from '../store/types.ts';
import { ipToLong } from './ip.ts';
import type {
  HostRow,
  IpRangeRow,
  PrimaryStorageRow,
  UsedIpRow,
  VmNicRow,
  VmRow,
  VolumeRow,
} from './rows.ts';

/** Options for {@link checkInvariants}: the version decides how a VM's CPU is counted. */
export interface InvariantOptions {
  readonly version?: string;
}

/**
 * Cross-table consistency the handlers and seeds must keep. Returns one line per violation
 * (empty = consistent):
 *
 * - host available CPU/memory = total − what the VMs placed on it (hostUuid set) use;
 * - a Stopped/Destroyed/Created VM holds no host;
 * - primary storage available = total − systemUsed − its instantiated volumes' sizes;
 * - every NIC has a UsedIp of its L3, with the NIC's IP, inside a range of that L3 (or its
 *   gateway, which a SNAT virtual router takes);
 * - UsedIps are unique per L3 and none is orphaned (its NIC gone).
 */
export function checkInvariants(store: Store, options: InvariantOptions = {}): string[] {
  const problems: string[] = [];
  const vcpu = isAtLeast(options.version ?? '4.8.0', '2.0.0');
  const vms = store.find('VmInstance') as VmRow[];
  const used = new Map<string, { cpu: number; memory: number }>();
  for (const vm of vms) {
    if (['Stopped', 'Destroyed', 'Created'].includes(vm.state) && vm.hostUuid) {
      problems.push(`vm ${vm.uuid} is ${vm.state} but holds host ${vm.hostUuid}`);
    }
    if (!vm.hostUuid) continue;
    const u = used.get(vm.hostUuid) ?? { cpu: 0, memory: 0 };
    u.cpu += vcpu ? vm.cpuNum : vm.cpuNum * (vm.cpuSpeed ?? 0);
    u.memory += vm.memorySize;
    used.set(vm.hostUuid, u);
  }
  for (const host of store.find('Host') as HostRow[]) {
    const u = used.get(host.uuid) ?? { cpu: 0, memory: 0 };
    if (host.status === 'Connecting' && host.totalCpuCapacity === 0) continue;
    if (host.availableCpuCapacity !== host.totalCpuCapacity - u.cpu) {
      problems.push(
        `host ${host.uuid} availableCpu ${host.availableCpuCapacity} != ${host.totalCpuCapacity} - ${u.cpu}`,
      );
    }
    if (host.availableMemoryCapacity !== host.totalMemoryCapacity - u.memory) {
      problems.push(
        `host ${host.uuid} availableMemory ${host.availableMemoryCapacity} != ${host.totalMemoryCapacity} - ${u.memory}`,
      );
    }
  }
  const psUse = new Map<string, number>();
  for (const volume of store.find('Volume') as VolumeRow[]) {
    if (!volume.primaryStorageUuid || volume.status === 'NotInstantiated') continue;
    psUse.set(volume.primaryStorageUuid, (psUse.get(volume.primaryStorageUuid) ?? 0) + volume.size);
  }
  for (const ps of store.find('PrimaryStorage') as PrimaryStorageRow[]) {
    const expected = ps.totalCapacity - ps.systemUsedCapacity - (psUse.get(ps.uuid) ?? 0);
    if (ps.availableCapacity !== expected) {
      problems.push(`primary storage ${ps.uuid} available ${ps.availableCapacity} != ${expected}`);
    }
  }
  problems.push(...checkIps(store));
  return problems;
}

function checkIps(store: Store): string[] {
  const problems: string[] = [];
  const usedIps = store.find('UsedIp') as UsedIpRow[];
  const byUuid = new Map(usedIps.map((u) => [u.uuid, u]));
  const seen = new Set<string>();
  for (const u of usedIps) {
    const key = `${u.l3NetworkUuid}/${u.ipInLong}`;
    if (seen.has(key)) problems.push(`ip ${u.ip} used twice on L3 ${u.l3NetworkUuid}`);
    seen.add(key);
  }
  const ranges = new Map<string, IpRangeRow[]>();
  for (const r of store.find('IpRange') as IpRangeRow[]) {
    ranges.set(r.l3NetworkUuid, [...(ranges.get(r.l3NetworkUuid) ?? []), r]);
  }
  const nicUuids = new Set<string>();
  for (const nic of store.find('VmNic') as VmNicRow[]) {
    nicUuids.add(nic.uuid);
    const u = nic.usedIpUuid ? byUuid.get(nic.usedIpUuid) : undefined;
    if (!u) {
      problems.push(`nic ${nic.uuid} has no used ip`);
      continue;
    }
    if (u.l3NetworkUuid !== nic.l3NetworkUuid || u.ip !== nic.ip) {
      problems.push(`nic ${nic.uuid} ip ${nic.ip} does not match its used ip ${u.ip}`);
    }
    const value = ipToLong(u.ip);
    // A virtual router serving SNAT holds the range's gateway, which no range contains.
    const inRange = (ranges.get(nic.l3NetworkUuid) ?? []).some(
      (r) => (ipToLong(r.startIp) <= value && value <= ipToLong(r.endIp)) || r.gateway === u.ip,
    );
    if (!inRange)
      problems.push(
        `nic ${nic.uuid} ip ${nic.ip} is outside the ranges of L3 ${nic.l3NetworkUuid}`,
      );
  }
  for (const u of usedIps) {
    if (u.vmNicUuid && !nicUuids.has(u.vmNicUuid))
      problems.push(`used ip ${u.ip} belongs to a deleted nic`);
  }
  return problems;
}
