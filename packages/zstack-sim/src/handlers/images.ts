import { operationError } from '../core/apiError.ts';
import type { ApiCall, HandlerTable, SimContext } from '../core/context.ts';
import { configOr, inventoryOf, mustGet, patchRow, pause, strList } from '../domain/common.ts';
import type { ImageRow } from '../domain/rows.ts';
import { enableDisable } from '../domain/stateEvents.ts';
import { imageBackupStorageRefTable, imageTable } from '../domain/tables/images.ts';
import { timings } from '../domain/timings.ts';
import type { TableSpec } from '../store/types.ts';
import { addImage } from './images/add.ts';
import { removeImageFromBackupStorage } from './images/refs.ts';

/**
 * Images. Deletion follows `image/deletionPolicy`: Delay and Never leave the image `Deleted`
 * (still on the backup storage, recoverable) until ExpungeImage; Direct removes it at once.
 * Images used by VMs can be deleted, as in ZStack: root volumes keep their own copy.
 *
 * @see https://github.com/zstackio/zstack/blob/master/image/src/main/java/org/zstack/image/ImageBase.java
 */
export const tables: TableSpec[] = [imageTable, imageBackupStorageRefTable];

function refBsUuids(call: ApiCall, imageUuid: string): string[] {
  const all = call.sim.store
    .find('ImageBackupStorageRef', { imageUuid })
    .map((r) => String(r.backupStorageUuid));
  const asked = strList(call, 'backupStorageUuids');
  return asked.length ? all.filter((u) => asked.includes(u)) : all;
}

async function deleteImage(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  const image = sim.store.get('Image', uuid) as ImageRow | undefined;
  if (!image) return {};
  const policy = configOr(sim, 'image', 'deletionPolicy', 'Delay');
  const targets = refBsUuids(call, uuid);
  await pause(call, timings.quick);
  sim.store.transaction(() => {
    if (policy === 'Direct') {
      for (const bs of targets) removeImageFromBackupStorage(sim, uuid, bs);
      return;
    }
    for (const ref of sim.store.find('ImageBackupStorageRef', { imageUuid: uuid })) {
      if (targets.includes(String(ref.backupStorageUuid))) {
        patchRow(sim, 'ImageBackupStorageRef', String(ref.id), { status: 'Deleted' });
      }
    }
    const live = sim.store
      .find('ImageBackupStorageRef', { imageUuid: uuid })
      .filter((r) => r.status !== 'Deleted');
    if (!live.length) patchRow(sim, 'Image', uuid, { status: 'Deleted' });
  });
  return {};
}

async function expungeImage(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.imageUuid ?? call.params.uuid);
  mustGet<ImageRow>(sim.store, 'Image', uuid);
  const deleted = sim.store
    .find('ImageBackupStorageRef', { imageUuid: uuid })
    .filter((r) => r.status === 'Deleted')
    .map((r) => String(r.backupStorageUuid));
  const asked = strList(call, 'backupStorageUuids');
  const targets = asked.length ? asked : deleted;
  const notDeleted = targets.filter((bs) => !deleted.includes(bs));
  if (!targets.length || notDeleted.length) {
    throw operationError(
      `the image[uuid:${uuid}] is not deleted on the backup storage${JSON.stringify(notDeleted.length ? notDeleted : targets)}, cannot expunge it`,
    );
  }
  await pause(call, timings.quick);
  sim.store.transaction(() => {
    for (const bs of targets) removeImageFromBackupStorage(sim, uuid, bs);
  });
  return {};
}

function recoverImage(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.imageUuid ?? call.params.uuid);
  const image = mustGet<ImageRow>(sim.store, 'Image', uuid);
  if (image.status !== 'Deleted') {
    throw operationError(`the image[uuid:${uuid}] is not deleted, it's ${image.status}`);
  }
  sim.store.transaction(() => {
    for (const ref of sim.store.find('ImageBackupStorageRef', { imageUuid: uuid })) {
      patchRow(sim, 'ImageBackupStorageRef', String(ref.id), { status: 'Ready' });
    }
    patchRow(sim, 'Image', uuid, { status: 'Ready' });
  });
  return inventoryOf(sim, 'Image', uuid);
}

const updatable = [
  'name',
  'description',
  'platform',
  'guestOsType',
  'mediaType',
  'format',
  'architecture',
] as const;

function updateImage(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGet(sim.store, 'Image', uuid);
  const patch: Record<string, unknown> = {};
  for (const key of updatable)
    if (typeof call.params[key] === 'string') patch[key] = call.params[key];
  if (typeof call.params.system === 'boolean') patch.system = call.params.system;
  patchRow(sim, 'Image', uuid, patch);
  return inventoryOf(sim, 'Image', uuid);
}

function changeImageState(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGet(sim.store, 'Image', uuid);
  patchRow(sim, 'Image', uuid, { state: enableDisable(call.params.stateEvent) });
  return inventoryOf(sim, 'Image', uuid);
}

export const handlers: HandlerTable = {
  AddImage: addImage,
  DeleteImage: deleteImage,
  ExpungeImage: expungeImage,
  RecoverImage: recoverImage,
  UpdateImage: updateImage,
  ChangeImageState: changeImageState,
};

/** A download cut by a restart failed: the image goes, as a failed AddImage leaves nothing. */
export function reconcile(sim: SimContext): void {
  sim.store.transaction(() => {
    for (const image of sim.store.find('Image', { status: 'Downloading' })) {
      const uuid = String(image.uuid);
      for (const ref of sim.store.find('ImageBackupStorageRef', { imageUuid: uuid })) {
        removeImageFromBackupStorage(sim, uuid, String(ref.backupStorageUuid));
      }
      if (sim.store.get('Image', uuid)) sim.store.remove('Image', uuid);
    }
  });
}
