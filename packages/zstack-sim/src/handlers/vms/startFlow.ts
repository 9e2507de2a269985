import { operationError } from '../../core/apiError.ts';
import type { ApiCall, SimContext } from '../../core/context.ts';
import { type Placement, placeVm } from '../../domain/allocation.ts';
import { reserveHost, vmDemand } from '../../domain/capacity.ts';
import { patchRow, pause } from '../../domain/common.ts';
import type { VmRow } from '../../domain/rows.ts';
import { getVm, nicsOf, volumesOf } from '../../domain/vmOps.ts';
import { instantiateVolume } from './build.ts';

/**
 * Host allocation for starting a VM: its L3s, its CPU/memory, the primary storage of its
 * instantiated volumes (a LocalStorage volume pins the host) and room for volumes still
 * NotInstantiated.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmAllocateHostForStoppedVmFlow.java
 */
export function planStart(
  sim: SimContext,
  vm: VmRow,
  where: { clusterUuid?: string; hostUuid?: string; primaryStorageUuid?: string } = {},
): Placement {
  const volumes = volumesOf(sim, vm.uuid);
  const pending = volumes.filter((v) => v.status === 'NotInstantiated');
  const placed = volumes.filter((v) => v.status !== 'NotInstantiated' && v.primaryStorageUuid);
  return placeVm(sim, {
    l3Uuids: nicsOf(sim, vm.uuid).map((n) => n.l3NetworkUuid),
    demand: vmDemand(sim, vm),
    newVolumeBytes: pending.reduce((sum, v) => sum + v.size, 0),
    zoneUuid: vm.zoneUuid,
    clusterUuid: where.clusterUuid,
    hostUuid: where.hostUuid,
    primaryStorageUuid: where.primaryStorageUuid,
    existingPsUuids: [...new Set(placed.map((v) => String(v.primaryStorageUuid)))],
    pinnedHostUuid: placed.find((v) => v.localHostUuid)?.localHostUuid,
  });
}

/** Puts pending volumes on the chosen storage (no host capacity taken). */
export function instantiatePending(sim: SimContext, vm: VmRow, placement: Placement): void {
  for (const volume of volumesOf(sim, vm.uuid).filter((v) => v.status === 'NotInstantiated')) {
    if (!placement.primaryStorage)
      throw operationError('no primary storage allocated for the volumes');
    instantiateVolume(sim, volume, placement.primaryStorage, placement.host);
  }
  patchRow(sim, 'VmInstance', vm.uuid, {
    clusterUuid: placement.host.clusterUuid,
    zoneUuid: placement.host.zoneUuid,
  });
}

/** Takes the host's capacity and enters Starting, in one transaction. */
export function occupyHost(sim: SimContext, vm: VmRow, placement: Placement): void {
  sim.store.transaction(() => {
    instantiatePending(sim, vm, placement);
    reserveHost(sim, placement.host.uuid, vmDemand(sim, vm));
    patchRow(sim, 'VmInstance', vm.uuid, { state: 'Starting', hostUuid: placement.host.uuid });
  });
}

/**
 * Waits out a transition and checks nobody else moved the VM meanwhile (a destroy during
 * Starting wins, as it does in ZStack's queue). Returns the fresh row.
 */
export async function awaitTransition(
  call: ApiCall,
  vmUuid: string,
  transitional: string,
  simMs: number,
): Promise<VmRow> {
  await pause(call, simMs);
  const vm = getVm(call.sim, vmUuid);
  if (!vm || vm.state !== transitional) {
    throw operationError(
      `vm[uuid:${vmUuid}] left state ${transitional} during the operation, it is now ${vm?.state ?? 'deleted'}`,
    );
  }
  return vm;
}
