import { invalidArgument } from '../core/apiError.ts';
import type { ApiCall, HandlerTable } from '../core/context.ts';
import { strList } from '../domain/common.ts';
import { rangeSize } from '../domain/ipAllocation.ts';
import type { HostRow, IpRangeRow, PrimaryStorageRow } from '../domain/rows.ts';

/**
 * Capacity queries. Replies map every field (`fieldsTo all`), `success` included.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/allocator/HostAllocatorManagerImpl.java
 * @see https://github.com/zstackio/zstack/blob/master/storage/src/main/java/org/zstack/storage/primary/PrimaryStorageManagerImpl.java
 * @see https://github.com/zstackio/zstack/blob/master/network/src/main/java/org/zstack/network/l3/L3NetworkManagerImpl.java
 */

const sum = <T>(rows: readonly T[], f: (row: T) => number) =>
  rows.reduce((acc, row) => acc + f(row), 0);

interface Scope {
  readonly key: string;
  readonly uuids: readonly string[];
  readonly resourceType: string;
}

function scopeOf(
  call: ApiCall,
  keys: readonly [string, string, string][],
  what: string,
): Scope | 'all' {
  for (const [param, key, resourceType] of keys) {
    const uuids = strList(call, param);
    if (uuids.length) return { key, uuids, resourceType };
  }
  if (call.params.all === true || call.params.all === 'true') return 'all';
  throw invalidArgument(`${what} must at least have one be none-empty list, or all is set to true`);
}

/** Hosts counted: Enabled and Connected ones only, as ZStack's capacity SQL filters them. */
function getCpuMemoryCapacity(call: ApiCall) {
  const scope = scopeOf(
    call,
    [
      ['hostUuids', 'uuid', 'HostVO'],
      ['clusterUuids', 'clusterUuid', 'ClusterVO'],
      ['zoneUuids', 'zoneUuid', 'ZoneVO'],
    ],
    'zoneUuids, clusterUuids, hostUuids',
  );
  const where = scope === 'all' ? {} : { [scope.key]: [...scope.uuids] };
  const hosts = call.sim.store.find('Host', {
    ...where,
    state: 'Enabled',
    status: 'Connected',
  }) as HostRow[];
  const totals = (rows: HostRow[]) => ({
    totalCpu: sum(rows, (h) => h.totalCpuCapacity),
    availableCpu: sum(rows, (h) => h.availableCpuCapacity),
    totalMemory: sum(rows, (h) => h.totalMemoryCapacity),
    availableMemory: sum(rows, (h) => h.availableMemoryCapacity),
    managedCpuNum: sum(rows, (h) => Number(h.cpuNum ?? 0)),
  });
  const resourceType = scope === 'all' ? 'ZoneVO' : scope.resourceType;
  const key = scope === 'all' ? 'zoneUuid' : scope.key;
  const groups = new Map<string, HostRow[]>();
  for (const host of hosts) {
    const id = String(host[key]);
    groups.set(id, [...(groups.get(id) ?? []), host]);
  }
  return {
    ...totals(hosts),
    resourceType,
    capacityData: [...groups].map(([resourceUuid, rows]) => ({ resourceUuid, ...totals(rows) })),
    success: true,
  };
}

function getPrimaryStorageCapacity(call: ApiCall) {
  const { store } = call.sim;
  const scope = scopeOf(
    call,
    [
      ['primaryStorageUuids', 'uuid', 'PrimaryStorageVO'],
      ['clusterUuids', 'clusterUuid', 'ClusterVO'],
      ['zoneUuids', 'zoneUuid', 'ZoneVO'],
    ],
    'zoneUuids, clusterUuids, primaryStorageUuids',
  );
  let rows: PrimaryStorageRow[];
  if (scope === 'all') rows = store.find('PrimaryStorage') as PrimaryStorageRow[];
  else if (scope.key === 'clusterUuid') {
    const uuids = store
      .find('PrimaryStorageClusterRef', { clusterUuid: [...scope.uuids] })
      .map((r) => String(r.primaryStorageUuid));
    rows = uuids.length
      ? (store.find('PrimaryStorage', { uuid: [...new Set(uuids)] }) as PrimaryStorageRow[])
      : [];
  } else
    rows = store.find('PrimaryStorage', { [scope.key]: [...scope.uuids] }) as PrimaryStorageRow[];
  return {
    totalCapacity: sum(rows, (p) => p.totalCapacity),
    availableCapacity: sum(rows, (p) => p.availableCapacity),
    totalPhysicalCapacity: sum(rows, (p) => p.totalPhysicalCapacity),
    availablePhysicalCapacity: sum(rows, (p) => p.availablePhysicalCapacity),
    success: true,
  };
}

function getIpAddressCapacity(call: ApiCall) {
  const { store } = call.sim;
  const scope = scopeOf(
    call,
    [
      ['ipRangeUuids', 'uuid', 'IpRangeVO'],
      ['l3NetworkUuids', 'l3NetworkUuid', 'L3NetworkVO'],
      ['zoneUuids', 'zoneUuid', 'ZoneVO'],
    ],
    'zoneUuids, l3NetworkUuids, ipRangeUuids',
  );
  let ranges: IpRangeRow[];
  if (scope === 'all') ranges = store.find('IpRange') as IpRangeRow[];
  else if (scope.key === 'zoneUuid') {
    const l3s = store.find('L3Network', { zoneUuid: [...scope.uuids] }).map((l) => String(l.uuid));
    ranges = l3s.length ? (store.find('IpRange', { l3NetworkUuid: l3s }) as IpRangeRow[]) : [];
  } else ranges = store.find('IpRange', { [scope.key]: [...scope.uuids] }) as IpRangeRow[];
  const total = sum(ranges, rangeSize);
  const used = ranges.length
    ? store.count('UsedIp', { ipRangeUuid: ranges.map((r) => r.uuid) })
    : 0;
  return {
    totalCapacity: total,
    availableCapacity: total - used,
    usedIpAddressNumber: used,
    ipv4TotalCapacity: total,
    ipv4AvailableCapacity: total - used,
    ipv4UsedIpAddressNumber: used,
    ipv6TotalCapacity: 0,
    ipv6AvailableCapacity: 0,
    ipv6UsedIpAddressNumber: 0,
    resourceType: scope === 'all' ? 'ZoneVO' : scope.resourceType,
    success: true,
  };
}

function getBackupStorageCapacity(call: ApiCall) {
  const { store } = call.sim;
  const scope = scopeOf(
    call,
    [
      ['backupStorageUuids', 'uuid', 'BackupStorageVO'],
      ['zoneUuids', 'zoneUuid', 'ZoneVO'],
    ],
    'zoneUuids, backupStorageUuids',
  );
  let uuids: string[] | undefined;
  if (scope !== 'all') {
    uuids =
      scope.key === 'zoneUuid'
        ? store
            .find('BackupStorageZoneRef', { zoneUuid: [...scope.uuids] })
            .map((r) => String(r.backupStorageUuid))
        : [...scope.uuids];
  }
  const rows =
    uuids === undefined
      ? store.find('BackupStorage')
      : uuids.length
        ? store.find('BackupStorage', { uuid: [...new Set(uuids)] })
        : [];
  return {
    totalCapacity: sum(rows, (b) => Number(b.totalCapacity)),
    availableCapacity: sum(rows, (b) => Number(b.availableCapacity)),
    success: true,
  };
}

export const handlers: HandlerTable = {
  GetBackupStorageCapacity: getBackupStorageCapacity,
  GetCpuMemoryCapacity: getCpuMemoryCapacity,
  GetPrimaryStorageCapacity: getPrimaryStorageCapacity,
  GetIpAddressCapacity: getIpAddressCapacity,
};
