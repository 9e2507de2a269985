import { ApiError } from '../core/apiError.ts';
import type { SimContext } from '../core/context.ts';
import { candidateHosts } from './allocation.ts';
import { releaseHost, reserveHost, vmDemand } from './capacity.ts';
import { patchRow } from './common.ts';
import type { HostRow, PrimaryStorageRow, VmRow } from './rows.ts';
import { nicsOf, volumesOf } from './vmOps.ts';

/**
 * Live-migration candidates: other Enabled + Connected hosts of the VM's cluster with room,
 * reaching the VM's L3s and the primary storage of all its volumes. A VM with a volume on
 * LocalStorage cannot be live-migrated (open-source ZStack needs storage migration for that).
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmAllocateHostForMigrateVmFlow.java
 */
export function migrationCandidates(sim: SimContext, vm: VmRow): HostRow[] {
  const volumes = volumesOf(sim, vm.uuid).filter((v) => v.primaryStorageUuid);
  const psUuids = [...new Set(volumes.map((v) => String(v.primaryStorageUuid)))];
  const local = psUuids.some(
    (uuid) =>
      (sim.store.get('PrimaryStorage', uuid) as PrimaryStorageRow | undefined)?.type ===
      'LocalStorage',
  );
  if (local) return [];
  try {
    return candidateHosts(sim, {
      l3Uuids: nicsOf(sim, vm.uuid).map((n) => n.l3NetworkUuid),
      demand: vmDemand(sim, vm),
      newVolumeBytes: 0,
      clusterUuid: vm.clusterUuid,
      excludeHostUuids: vm.hostUuid ? [vm.hostUuid] : [],
      existingPsUuids: psUuids,
    }).map((p) => p.host);
  } catch (error) {
    if (error instanceof ApiError) return [];
    throw error;
  }
}

/** Moves a VM's capacity from its host to `target` (the end of a migration). */
export function moveVm(sim: SimContext, vm: VmRow, target: HostRow): void {
  const demand = vmDemand(sim, vm);
  reserveHost(sim, target.uuid, demand);
  if (vm.hostUuid) releaseHost(sim, vm.hostUuid, demand);
  patchRow(sim, 'VmInstance', vm.uuid, {
    hostUuid: target.uuid,
    lastHostUuid: vm.hostUuid ?? null,
    clusterUuid: target.clusterUuid,
    zoneUuid: target.zoneUuid,
  });
}
