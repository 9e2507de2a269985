import { ApiError } from '../../core/apiError.ts';
import type { ApiCall, SimContext } from '../../core/context.ts';
import { candidateHosts, psAttachedTo } from '../../domain/allocation.ts';
import { vmDemand } from '../../domain/capacity.ts';
import { mustGet } from '../../domain/common.ts';
import type { VmRow, VolumeRow } from '../../domain/rows.ts';
import { nicsOf, volumesOf } from '../../domain/vmOps.ts';

/**
 * Read-only helpers the console's dialogs use: where a stopped VM could start, which data
 * volumes a VM can take and which VMs a volume can go to.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmInstanceBase.java
 * @see https://github.com/zstackio/zstack/blob/master/storage/src/main/java/org/zstack/storage/volume/VolumeBase.java
 */
export function getVmStartingCandidateClustersHosts(call: ApiCall) {
  const { sim } = call;
  const vm = mustGet<VmRow>(sim.store, 'VmInstance', String(call.params.uuid));
  const volumes = volumesOf(sim, vm.uuid);
  const placed = volumes.filter((v) => v.status !== 'NotInstantiated' && v.primaryStorageUuid);
  let hosts: Record<string, unknown>[] = [];
  try {
    hosts = candidateHosts(sim, {
      l3Uuids: nicsOf(sim, vm.uuid).map((n) => n.l3NetworkUuid),
      demand: vmDemand(sim, vm),
      newVolumeBytes: volumes
        .filter((v) => v.status === 'NotInstantiated')
        .reduce((s, v) => s + v.size, 0),
      existingPsUuids: [...new Set(placed.map((v) => String(v.primaryStorageUuid)))],
      pinnedHostUuid: placed.find((v) => v.localHostUuid)?.localHostUuid,
    }).map((p) => p.host);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
  }
  const clusterUuids = [...new Set(hosts.map((h) => String(h.clusterUuid)))];
  const clusters = clusterUuids.length ? sim.store.find('Cluster', { uuid: clusterUuids }) : [];
  return {
    hosts: hosts.map((h) => sim.store.toInventory('Host', h)),
    clusters: clusters.map((c) => sim.store.toInventory('Cluster', c)),
  };
}

function reachable(sim: SimContext, vm: VmRow, volume: VolumeRow): boolean {
  if (!volume.primaryStorageUuid || volume.status === 'NotInstantiated') return true;
  if (!vm.clusterUuid) return false;
  if (!psAttachedTo(sim, vm.clusterUuid).some((p) => p.uuid === volume.primaryStorageUuid))
    return false;
  const root = vm.rootVolumeUuid
    ? (sim.store.get('Volume', vm.rootVolumeUuid) as VolumeRow | undefined)
    : undefined;
  return !volume.localHostUuid || volume.localHostUuid === root?.localHostUuid;
}

function attachable(volume: VolumeRow): boolean {
  return (
    volume.type === 'Data' &&
    !volume.vmInstanceUuid &&
    volume.state === 'Enabled' &&
    (volume.status === 'Ready' || volume.status === 'NotInstantiated')
  );
}

const attachableVmStates = ['Running', 'Stopped', 'Paused'];

export function getVmAttachableDataVolume(call: ApiCall) {
  const { sim } = call;
  const vm = mustGet<VmRow>(sim.store, 'VmInstance', String(call.params.vmInstanceUuid));
  if (!attachableVmStates.includes(vm.state)) return { inventories: [] };
  const volumes = (sim.store.find('Volume', { type: 'Data' }) as VolumeRow[]).filter(
    (v) => attachable(v) && reachable(sim, vm, v),
  );
  return { inventories: volumes.map((v) => sim.store.toInventory('Volume', v)) };
}

export function getDataVolumeAttachableVm(call: ApiCall) {
  const { sim } = call;
  const volume = mustGet<VolumeRow>(sim.store, 'Volume', String(call.params.volumeUuid));
  if (!attachable(volume)) return { inventories: [] };
  const vms = (
    sim.store.find('VmInstance', { state: attachableVmStates, type: 'UserVm' }) as VmRow[]
  ).filter((vm) => reachable(sim, vm, volume));
  return { inventories: vms.map((vm) => sim.store.toInventory('VmInstance', vm)) };
}
