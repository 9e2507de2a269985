import { invalidArgument, operationError } from '../../core/apiError.ts';
import type { ApiCall, SimContext } from '../../core/context.ts';
import { psAttachedTo } from '../../domain/allocation.ts';
import { inventoryOf, mustGet, patchRow, pause } from '../../domain/common.ts';
import type { PrimaryStorageRow, VmRow, VolumeRow } from '../../domain/rows.ts';
import { timings } from '../../domain/timings.ts';
import { volumesOf } from '../../domain/vmOps.ts';
import { instantiateVolume } from '../vms/build.ts';
import { vmFor } from '../vms/vmState.ts';

/** KVM exposes at most this many data volumes (virtio-blk slots ZStack allows). */
const maxDataVolumes = 24;

/**
 * VolumeApiInterceptor's attach/detach checks (volume side); the VM side is the state table.
 *
 * @see https://github.com/zstackio/zstack/blob/master/storage/src/main/java/org/zstack/storage/volume/VolumeApiInterceptor.java
 */
function checkAttachable(volume: VolumeRow): void {
  if (volume.type === 'Root') {
    throw operationError(
      `the volume[uuid:${volume.uuid}, name:${volume.name}] is Root Volume, can't attach it`,
    );
  }
  if (volume.vmInstanceUuid) {
    throw operationError(
      `data volume[uuid:${volume.uuid}] has been attached to some vm, can't attach again`,
    );
  }
  if (volume.state !== 'Enabled') {
    throw operationError(`data volume[uuid:${volume.uuid}] is Disabled, can't attach`);
  }
  if (volume.status !== 'Ready' && volume.status !== 'NotInstantiated') {
    throw operationError(
      `data volume can only be attached when status is [Ready, NotInstantiated], current is ${volume.status}`,
    );
  }
}

/** Where a NotInstantiated volume goes: the root volume's storage first, else any in the VM's cluster. */
function storageFor(sim: SimContext, vm: VmRow, size: number): PrimaryStorageRow {
  const root = vm.rootVolumeUuid
    ? (sim.store.get('Volume', vm.rootVolumeUuid) as VolumeRow | undefined)
    : undefined;
  const candidates = vm.clusterUuid ? psAttachedTo(sim, vm.clusterUuid) : [];
  const usable = candidates
    .filter((p) => p.state === 'Enabled' && p.status === 'Connected' && p.availableCapacity >= size)
    .sort(
      (a, b) =>
        Number(b.uuid === root?.primaryStorageUuid) - Number(a.uuid === root?.primaryStorageUuid),
    );
  const ps = usable[0];
  if (!ps)
    throw operationError(
      `no primary storage attached to the cluster of vm[uuid:${vm.uuid}] has ${size} bytes available`,
    );
  return ps;
}

function nextDeviceId(sim: SimContext, vmUuid: string): number {
  const used = new Set(volumesOf(sim, vmUuid).map((v) => v.deviceId));
  let id = 1;
  while (used.has(id)) id++;
  return id;
}

export async function attachDataVolumeToVm(call: ApiCall) {
  const { sim } = call;
  const volume = mustGet<VolumeRow>(sim.store, 'Volume', String(call.params.volumeUuid));
  checkAttachable(volume);
  const vm = vmFor(call, 'AttachDataVolumeToVm', String(call.params.vmInstanceUuid));
  if (volumesOf(sim, vm.uuid).filter((v) => v.type === 'Data').length >= maxDataVolumes) {
    throw operationError(
      `vm[uuid:${vm.uuid}] has attached ${maxDataVolumes} data volumes, no more is allowed`,
    );
  }
  const root = vm.rootVolumeUuid
    ? (sim.store.get('Volume', vm.rootVolumeUuid) as VolumeRow | undefined)
    : undefined;
  if (volume.localHostUuid && root?.localHostUuid && volume.localHostUuid !== root.localHostUuid) {
    throw invalidArgument(
      `the data volume[uuid:${volume.uuid}] is on the local storage of host[uuid:${volume.localHostUuid}], but vm[uuid:${vm.uuid}] is on host[uuid:${root.localHostUuid}]`,
    );
  }
  const ps = volume.status === 'NotInstantiated' ? storageFor(sim, vm, volume.size) : undefined;
  const host = vm.hostUuid ?? vm.lastHostUuid;
  sim.store.transaction(() => {
    if (ps)
      instantiateVolume(sim, volume, ps, host ? (sim.store.get('Host', host) as never) : undefined);
    patchRow(sim, 'Volume', volume.uuid, {
      vmInstanceUuid: vm.uuid,
      deviceId: nextDeviceId(sim, vm.uuid),
      lastAttachDate: sim.clock.now().getTime(),
    });
  });
  if (vm.state === 'Running') await pause(call, timings.volumeAttach);
  return inventoryOf(sim, 'Volume', volume.uuid);
}

export async function detachDataVolumeFromVm(call: ApiCall) {
  const { sim } = call;
  const volume = mustGet<VolumeRow>(sim.store, 'Volume', String(call.params.uuid));
  if (volume.type === 'Root') {
    throw operationError(
      `the volume[uuid:${volume.uuid}, name:${volume.name}] is Root Volume, can't detach it`,
    );
  }
  if (!volume.vmInstanceUuid) {
    throw operationError(
      `data volume[uuid:${volume.uuid}] is not attached to any vm, can't detach`,
    );
  }
  const vm = vmFor(call, 'DetachDataVolumeFromVm', volume.vmInstanceUuid);
  if (vm.state === 'Running') await pause(call, timings.volumeAttach);
  detachNow(sim, volume);
  return inventoryOf(sim, 'Volume', volume.uuid);
}

export function detachNow(sim: SimContext, volume: VolumeRow): void {
  patchRow(sim, 'Volume', volume.uuid, {
    vmInstanceUuid: null,
    deviceId: null,
    lastVmInstanceUuid: volume.vmInstanceUuid ?? null,
    lastDetachDate: sim.clock.now().getTime(),
  });
}
