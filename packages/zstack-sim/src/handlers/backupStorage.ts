import { newUuid } from '@zdash/zstack-api';
import { invalidArgument, operationError } from '../core/apiError.ts';
import type { ApiCall, HandlerTable, SimContext } from '../core/context.ts';
import {
  hash32,
  insertRow,
  inventoryOf,
  mustGet,
  nowMs,
  num,
  patchRow,
  pause,
  str,
} from '../domain/common.ts';
import { enableDisable } from '../domain/stateEvents.ts';
import { backupStorageTable, backupStorageZoneRefTable } from '../domain/tables/storage.ts';
import { timings } from '../domain/timings.ts';
import type { TableSpec } from '../store/types.ts';
import { removeImageFromBackupStorage } from './images/refs.ts';

/**
 * Sftp backup storage.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/sftpBackupStorage/src/main/java/org/zstack/storage/backup/sftp/SftpBackupStorageApiInterceptor.java
 * @see https://github.com/zstackio/zstack/blob/master/storage/src/main/java/org/zstack/storage/backup/BackupStorageBase.java
 */
export const tables: TableSpec[] = [backupStorageTable, backupStorageZoneRefTable];

const TiB = 1024 ** 4;

async function addSftpBackupStorage(call: ApiCall) {
  const { sim } = call;
  const url = String(call.params.url ?? '');
  if (!url.startsWith('/')) throw invalidArgument(`url[${url}] must be an absolute path`);
  const hostname = String(call.params.hostname ?? '');
  if (sim.store.count('BackupStorage', { hostname })) {
    throw invalidArgument(
      `duplicate backup storage. There has been a sftp backup storage[hostname:${hostname}] existing`,
    );
  }
  const total = ([2, 4, 8][hash32(`${hostname}${url}`) % 3] ?? 4) * TiB;
  const row = insertRow(sim, 'BackupStorage', {
    ...(str(call, 'resourceUuid') ? { uuid: str(call, 'resourceUuid') } : {}),
    name: str(call, 'name'),
    description: str(call, 'description'),
    url,
    hostname,
    username: str(call, 'username') ?? 'root',
    password: str(call, 'password'),
    sshPort: num(call, 'sshPort') ?? 22,
    type: 'SftpBackupStorage',
    state: 'Enabled',
    status: 'Connecting',
    totalCapacity: total,
    availableCapacity: total,
  });
  try {
    call.progress(10, 'deploy sftp backup storage agent');
    await pause(call, timings.storageConnect);
  } catch (error) {
    if (sim.store.get('BackupStorage', row.uuid)) sim.store.remove('BackupStorage', row.uuid);
    throw error;
  }
  patchRow(sim, 'BackupStorage', row.uuid, { status: 'Connected' });
  return inventoryOf(sim, 'BackupStorage', row.uuid);
}

async function attachBackupStorageToZone(call: ApiCall) {
  const { sim } = call;
  const bsUuid = String(call.params.backupStorageUuid);
  const zoneUuid = String(call.params.zoneUuid);
  mustGet(sim.store, 'BackupStorage', bsUuid);
  mustGet(sim.store, 'Zone', zoneUuid);
  if (sim.store.count('BackupStorageZoneRef', { backupStorageUuid: bsUuid, zoneUuid })) {
    throw operationError(
      `backup storage[uuid:${bsUuid}] has been attached to zone[uuid:${zoneUuid}]`,
    );
  }
  await pause(call, timings.quick);
  const now = nowMs(sim);
  sim.store.insert('BackupStorageZoneRef', {
    id: newUuid(),
    backupStorageUuid: bsUuid,
    zoneUuid,
    createDate: now,
    lastOpDate: now,
  });
  return inventoryOf(sim, 'BackupStorage', bsUuid);
}

async function detachBackupStorageFromZone(call: ApiCall) {
  const { sim } = call;
  const bsUuid = String(call.params.backupStorageUuid);
  const zoneUuid = String(call.params.zoneUuid);
  mustGet(sim.store, 'BackupStorage', bsUuid);
  const refs = sim.store.find('BackupStorageZoneRef', { backupStorageUuid: bsUuid, zoneUuid });
  if (!refs.length) {
    throw invalidArgument(
      `backup storage[uuid:${bsUuid}] has not been attached to zone[uuid:${zoneUuid}]`,
    );
  }
  await pause(call, timings.quick);
  for (const ref of refs) sim.store.remove('BackupStorageZoneRef', String(ref.id));
  return inventoryOf(sim, 'BackupStorage', bsUuid);
}

async function reconnectBackupStorage(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGet(sim.store, 'BackupStorage', uuid);
  patchRow(sim, 'BackupStorage', uuid, { status: 'Connecting' });
  try {
    await pause(call, timings.storageConnect);
  } finally {
    if (sim.store.get('BackupStorage', uuid))
      patchRow(sim, 'BackupStorage', uuid, { status: 'Connected' });
  }
  return inventoryOf(sim, 'BackupStorage', uuid);
}

function changeBackupStorageState(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGet(sim.store, 'BackupStorage', uuid);
  patchRow(sim, 'BackupStorage', uuid, { state: enableDisable(call.params.stateEvent) });
  return inventoryOf(sim, 'BackupStorage', uuid);
}

function updateBackupStorage(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGet(sim.store, 'BackupStorage', uuid);
  const patch: Record<string, unknown> = {};
  for (const key of ['name', 'description', 'username', 'password', 'hostname'] as const) {
    if (typeof call.params[key] === 'string') patch[key] = call.params[key];
  }
  const sshPort = num(call, 'sshPort');
  if (sshPort !== undefined) patch.sshPort = sshPort;
  patchRow(sim, 'BackupStorage', uuid, patch);
  return inventoryOf(sim, 'BackupStorage', uuid);
}

/** Images lose their copy on it; an image with no copy left is gone (ImageCascadeExtension). */
async function deleteBackupStorage(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  if (!sim.store.get('BackupStorage', uuid)) return {};
  await pause(call, timings.quick);
  sim.store.transaction(() => {
    for (const ref of sim.store.find('ImageBackupStorageRef', { backupStorageUuid: uuid })) {
      removeImageFromBackupStorage(sim, String(ref.imageUuid), uuid);
    }
    for (const ref of sim.store.find('BackupStorageZoneRef', { backupStorageUuid: uuid })) {
      sim.store.remove('BackupStorageZoneRef', String(ref.id));
    }
    sim.store.remove('BackupStorage', uuid);
  });
  return {};
}

export const handlers: HandlerTable = {
  AddSftpBackupStorage: addSftpBackupStorage,
  AttachBackupStorageToZone: attachBackupStorageToZone,
  DetachBackupStorageFromZone: detachBackupStorageFromZone,
  ReconnectBackupStorage: reconnectBackupStorage,
  ChangeBackupStorageState: changeBackupStorageState,
  UpdateBackupStorage: updateBackupStorage,
  DeleteBackupStorage: deleteBackupStorage,
};

/** After a restart, storage caught Connecting is Connected again. */
export function reconcile(sim: SimContext): void {
  for (const bs of sim.store.find('BackupStorage', { status: 'Connecting' })) {
    patchRow(sim, 'BackupStorage', String(bs.uuid), { status: 'Connected' });
  }
}
