import { invalidArgument, operationError } from '../core/apiError.ts';
import type { ApiCall, HandlerTable } from '../core/context.ts';
import {
  configOr,
  inventoryOf,
  mustGet,
  num,
  ownerOf,
  patchRow,
  pause,
  str,
} from '../domain/common.ts';
import type { DiskOfferingRow, PrimaryStorageRow, VolumeRow } from '../domain/rows.ts';
import { enableDisable } from '../domain/stateEvents.ts';
import { volumeTable } from '../domain/tables/compute.ts';
import { timings } from '../domain/timings.ts';
import { removeVolume } from '../domain/vmOps.ts';
import type { TableSpec } from '../store/types.ts';
import { createVolume, instantiateVolume } from './vms/build.ts';
import { getDataVolumeAttachableVm } from './vms/candidates.ts';
import { attachDataVolumeToVm, detachDataVolumeFromVm, detachNow } from './volumes/attach.ts';

/**
 * Data volumes. A new volume is NotInstantiated until it is attached (or created straight on a
 * given primary storage); deletion follows `volume/deletionPolicy` like images.
 *
 * @see https://github.com/zstackio/zstack/blob/master/storage/src/main/java/org/zstack/storage/volume/VolumeBase.java
 * @see https://github.com/zstackio/zstack/blob/master/storage/src/main/java/org/zstack/storage/volume/VolumeApiInterceptor.java
 */
export const tables: TableSpec[] = [volumeTable];

async function createDataVolume(call: ApiCall) {
  const { sim } = call;
  const offeringUuid = str(call, 'diskOfferingUuid');
  let size = num(call, 'diskSize');
  if (offeringUuid) {
    const offering = mustGet<DiskOfferingRow>(sim.store, 'DiskOffering', offeringUuid);
    if (offering.state !== 'Enabled')
      throw operationError(
        `disk offering[uuid:${offeringUuid}] is Disabled, can't create volume from it`,
      );
    size = offering.diskSize;
  }
  if (!size || size <= 0)
    throw invalidArgument(
      'the diskOfferingUuid and diskSize cannot be both null, and diskSize must be greater than 0',
    );
  const psUuid = str(call, 'primaryStorageUuid');
  const ps = psUuid ? mustGet<PrimaryStorageRow>(sim.store, 'PrimaryStorage', psUuid) : undefined;
  if (ps && (ps.state !== 'Enabled' || ps.status !== 'Connected')) {
    throw operationError(`primary storage[uuid:${ps.uuid}] is not Enabled and Connected`);
  }
  if (ps && ps.availableCapacity < size) {
    throw operationError(`primary storage[uuid:${ps.uuid}] has no capacity for ${size} bytes`);
  }
  await pause(call, timings.volumeCreate);
  const volume = sim.store.transaction(() => {
    const row = createVolume(
      sim,
      {
        name: String(call.params.name ?? ''),
        type: 'Data',
        size,
        actualSize: 0,
        diskOfferingUuid: offeringUuid,
      },
      ownerOf(call),
    );
    if (call.params.description)
      patchRow(sim, 'Volume', row.uuid, { description: call.params.description });
    if (ps) instantiateVolume(sim, row, ps);
    return row;
  });
  return inventoryOf(sim, 'Volume', volume.uuid);
}

function dataVolume(call: ApiCall, uuid: string): VolumeRow {
  const volume = mustGet<VolumeRow>(call.sim.store, 'Volume', uuid);
  if (volume.type === 'Root') {
    throw operationError(
      `the volume[uuid:${volume.uuid}, name:${volume.name}] is Root Volume, this operation is only for data volumes`,
    );
  }
  return volume;
}

async function deleteDataVolume(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  if (!sim.store.get('Volume', uuid)) return {};
  const volume = dataVolume(call, uuid);
  await pause(call, timings.quick);
  const policy = configOr(sim, 'volume', 'deletionPolicy', 'Delay');
  sim.store.transaction(() => {
    if (volume.vmInstanceUuid) detachNow(sim, volume);
    if (policy === 'Direct') removeVolume(sim, volume);
    else patchRow(sim, 'Volume', uuid, { status: 'Deleted' });
  });
  return {};
}

async function expungeDataVolume(call: ApiCall) {
  const { sim } = call;
  const volume = dataVolume(call, String(call.params.uuid));
  if (volume.status !== 'Deleted') {
    throw operationError(
      `the volume[uuid:${volume.uuid}] is not in status of deleted. This is operation is to expunge a deleted data volume`,
    );
  }
  await pause(call, timings.quick);
  sim.store.transaction(() => removeVolume(sim, volume));
  return {};
}

function recoverDataVolume(call: ApiCall) {
  const { sim } = call;
  const volume = dataVolume(call, String(call.params.uuid));
  if (volume.status !== 'Deleted')
    throw operationError(`the volume[uuid:${volume.uuid}] is not deleted`);
  patchRow(sim, 'Volume', volume.uuid, {
    status: volume.primaryStorageUuid ? 'Ready' : 'NotInstantiated',
  });
  return inventoryOf(sim, 'Volume', volume.uuid);
}

function updateVolume(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGet(sim.store, 'Volume', uuid);
  const patch: Record<string, unknown> = {};
  for (const key of ['name', 'description'] as const) {
    if (typeof call.params[key] === 'string') patch[key] = call.params[key];
  }
  patchRow(sim, 'Volume', uuid, patch);
  return inventoryOf(sim, 'Volume', uuid);
}

function changeVolumeState(call: ApiCall) {
  const { sim } = call;
  const volume = dataVolume(call, String(call.params.uuid));
  patchRow(sim, 'Volume', volume.uuid, { state: enableDisable(call.params.stateEvent) });
  return inventoryOf(sim, 'Volume', volume.uuid);
}

export const handlers: HandlerTable = {
  CreateDataVolume: createDataVolume,
  AttachDataVolumeToVm: attachDataVolumeToVm,
  DetachDataVolumeFromVm: detachDataVolumeFromVm,
  DeleteDataVolume: deleteDataVolume,
  ExpungeDataVolume: expungeDataVolume,
  RecoverDataVolume: recoverDataVolume,
  UpdateVolume: updateVolume,
  ChangeVolumeState: changeVolumeState,
  GetDataVolumeAttachableVm: getDataVolumeAttachableVm,
};
