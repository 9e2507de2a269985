import { operationError } from '../core/apiError.ts';
import type { SimContext } from '../core/context.ts';
import { mustGet, patchRow } from './common.ts';
import { vmCpuDemand } from './hostProfile.ts';
import type { HostRow, PrimaryStorageRow, VmRow } from './rows.ts';

/**
 * Host and primary-storage capacity accounting.
 *
 * A VM holds host capacity exactly while it has a `hostUuid` (Starting, Running, Stopping,
 * Rebooting, Migrating, Paused …); a Stopped VM keeps only `lastHostUuid` and holds nothing,
 * as HostCapacityReserveManager / VmInstanceBase return capacity on stop.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/allocator/HostCapacityReserveManagerImpl.java
 * @see https://github.com/zstackio/zstack/blob/master/storage/src/main/java/org/zstack/storage/primary/PrimaryStorageCapacityUpdater.java
 */

export interface CpuMem {
  readonly cpu: number;
  readonly memory: number;
}

export function vmDemand(
  sim: SimContext,
  vm: Pick<VmRow, 'cpuNum' | 'cpuSpeed' | 'memorySize'>,
): CpuMem {
  return { cpu: vmCpuDemand(sim, vm.cpuNum, vm.cpuSpeed ?? 0), memory: vm.memorySize };
}

export function hostHasRoom(host: HostRow, demand: CpuMem): boolean {
  return host.availableCpuCapacity >= demand.cpu && host.availableMemoryCapacity >= demand.memory;
}

/** Takes capacity from a host; fails (state untouched) when it does not fit. */
export function reserveHost(sim: SimContext, hostUuid: string, demand: CpuMem): void {
  const host = mustGet<HostRow>(sim.store, 'Host', hostUuid);
  if (!hostHasRoom(host, demand)) {
    throw operationError(
      `host[uuid:${hostUuid}] has no capacity for cpu[${demand.cpu}] memory[${demand.memory}], available cpu[${host.availableCpuCapacity}] memory[${host.availableMemoryCapacity}]`,
    );
  }
  patchRow(sim, 'Host', hostUuid, {
    availableCpuCapacity: host.availableCpuCapacity - demand.cpu,
    availableMemoryCapacity: host.availableMemoryCapacity - demand.memory,
  });
}

/** Returns capacity to a host (never above its total). */
export function releaseHost(sim: SimContext, hostUuid: string, demand: CpuMem): void {
  const host = sim.store.get('Host', hostUuid) as HostRow | undefined;
  if (!host) return;
  patchRow(sim, 'Host', hostUuid, {
    availableCpuCapacity: Math.min(host.totalCpuCapacity, host.availableCpuCapacity + demand.cpu),
    availableMemoryCapacity: Math.min(
      host.totalMemoryCapacity,
      host.availableMemoryCapacity + demand.memory,
    ),
  });
}

/** Takes `size` bytes from a primary storage; fails when it does not fit. */
export function reservePs(sim: SimContext, psUuid: string, size: number): void {
  const ps = mustGet<PrimaryStorageRow>(sim.store, 'PrimaryStorage', psUuid);
  if (ps.availableCapacity < size) {
    throw operationError(
      `primary storage[uuid:${psUuid}] has no capacity for ${size} bytes, available ${ps.availableCapacity}`,
    );
  }
  patchRow(sim, 'PrimaryStorage', psUuid, {
    availableCapacity: ps.availableCapacity - size,
    availablePhysicalCapacity: Math.max(0, ps.availablePhysicalCapacity - size),
  });
}

export function releasePs(sim: SimContext, psUuid: string, size: number): void {
  const ps = sim.store.get('PrimaryStorage', psUuid) as PrimaryStorageRow | undefined;
  if (!ps) return;
  patchRow(sim, 'PrimaryStorage', psUuid, {
    availableCapacity: Math.min(
      ps.totalCapacity - ps.systemUsedCapacity,
      ps.availableCapacity + size,
    ),
    availablePhysicalCapacity: Math.min(
      ps.totalPhysicalCapacity,
      ps.availablePhysicalCapacity + size,
    ),
  });
}

/** Takes image bytes from a backup storage. */
export function reserveBs(sim: SimContext, bsUuid: string, size: number): void {
  const bs = mustGet<{ availableCapacity: number }>(sim.store, 'BackupStorage', bsUuid);
  if (bs.availableCapacity < size) {
    throw operationError(
      `backup storage[uuid:${bsUuid}] has no capacity for ${size} bytes, available ${bs.availableCapacity}`,
    );
  }
  patchRow(sim, 'BackupStorage', bsUuid, { availableCapacity: bs.availableCapacity - size });
}

export function releaseBs(sim: SimContext, bsUuid: string, size: number): void {
  const bs = sim.store.get('BackupStorage', bsUuid) as
    | { availableCapacity: number; totalCapacity: number }
    | undefined;
  if (!bs) return;
  patchRow(sim, 'BackupStorage', bsUuid, {
    availableCapacity: Math.min(bs.totalCapacity, bs.availableCapacity + size),
  });
}
