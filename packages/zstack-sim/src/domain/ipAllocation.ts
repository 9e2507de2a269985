import { newUuid } from '@zdash/zstack-api';
import { invalidArgument, operationError } from '../core/apiError.ts';
import type { SimContext } from '../core/context.ts';
import { nowMs } from './common.ts';
import { ipToLong, isIpv4, longToIp } from './ip.ts';
import type { IpRangeRow, UsedIpRow } from './rows.ts';

/**
 * The IP allocator: first free address of the L3's ranges in creation order, or the one a
 * `staticIp::<l3>::<ip>` tag asks for. Every address is a UsedIp row, unique per L3.
 *
 * @see https://github.com/zstackio/zstack/blob/master/network/src/main/java/org/zstack/network/l3/FirstAvailableIpAllocatorStrategy.java
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmInstanceApiInterceptor.java
 */

export function rangesOf(sim: SimContext, l3Uuid: string): IpRangeRow[] {
  return (sim.store.find('IpRange', { l3NetworkUuid: l3Uuid }) as IpRangeRow[]).sort(
    (a, b) => a.createDate - b.createDate || a.uuid.localeCompare(b.uuid),
  );
}

export function rangeSize(range: Pick<IpRangeRow, 'startIp' | 'endIp'>): number {
  return ipToLong(range.endIp) - ipToLong(range.startIp) + 1;
}

/** The range of the L3 holding `ip`, if any. */
export function rangeContaining(
  sim: SimContext,
  l3Uuid: string,
  ip: string,
): IpRangeRow | undefined {
  const value = ipToLong(ip);
  return rangesOf(sim, l3Uuid).find(
    (r) => ipToLong(r.startIp) <= value && value <= ipToLong(r.endIp),
  );
}

export function isIpUsed(sim: SimContext, l3Uuid: string, ip: string): boolean {
  return sim.store.count('UsedIp', { l3NetworkUuid: l3Uuid, ipInLong: ipToLong(ip) }) > 0;
}

/** Interceptor check of a requested static IP (no state change). */
export function checkStaticIp(sim: SimContext, l3Uuid: string, ip: string): void {
  if (!isIpv4(ip) || !rangeContaining(sim, l3Uuid, ip)) {
    throw invalidArgument(
      `the static IP[${ip}] is not in any IP range of the L3 network[uuid:${l3Uuid}]`,
    );
  }
  if (isIpUsed(sim, l3Uuid, ip)) {
    throw operationError(
      `the static IP[${ip}] has been occupied on the L3 network[uuid:${l3Uuid}]`,
    );
  }
}

function firstFree(sim: SimContext, range: IpRangeRow): number | undefined {
  const used = sim.store.db
    .prepare('SELECT "ipInLong" FROM "used_ip" WHERE "ipRangeUuid" = ? ORDER BY "ipInLong"')
    .pluck()
    .all(range.uuid) as number[];
  let candidate = ipToLong(range.startIp);
  const end = ipToLong(range.endIp);
  for (const value of used) {
    if (value > candidate) break;
    if (value === candidate) candidate++;
  }
  return candidate <= end ? candidate : undefined;
}

/** Allocates an address on the L3 (the static one when given) for a NIC. */
export function allocateIp(
  sim: SimContext,
  l3Uuid: string,
  nicUuid: string | undefined,
  staticIp?: string,
): UsedIpRow {
  let range: IpRangeRow | undefined;
  let value: number | undefined;
  if (staticIp) {
    checkStaticIp(sim, l3Uuid, staticIp);
    range = rangeContaining(sim, l3Uuid, staticIp);
    value = ipToLong(staticIp);
  } else {
    for (const candidate of rangesOf(sim, l3Uuid)) {
      value = firstFree(sim, candidate);
      if (value !== undefined) {
        range = candidate;
        break;
      }
    }
  }
  if (!range || value === undefined) {
    throw operationError(`no ip is available in L3 network[uuid:${l3Uuid}]`);
  }
  const now = nowMs(sim);
  return sim.store.insert('UsedIp', {
    uuid: newUuid(),
    ip: longToIp(value),
    ipInLong: value,
    l3NetworkUuid: l3Uuid,
    ipRangeUuid: range.uuid,
    vmNicUuid: nicUuid,
    gateway: range.gateway,
    netmask: range.netmask,
    ipVersion: 4,
    usedFor: 'Vm',
    createDate: now,
    lastOpDate: now,
  }) as UsedIpRow;
}

export function releaseIp(sim: SimContext, usedIpUuid: string | undefined): void {
  if (usedIpUuid && sim.store.get('UsedIp', usedIpUuid)) sim.store.remove('UsedIp', usedIpUuid);
}
