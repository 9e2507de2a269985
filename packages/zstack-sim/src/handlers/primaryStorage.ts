import { invalidArgument, operationError } from '../core/apiError.ts';
import type { ApiCall, HandlerTable, SimContext } from '../core/context.ts';
import { cascadeDeletePrimaryStorage } from '../domain/cascades.ts';
import { inventoryOf, mustGet, patchRow, pause } from '../domain/common.ts';
import type { PrimaryStorageRow, VmRow, VolumeRow } from '../domain/rows.ts';
import { primaryStorageClusterRefTable, primaryStorageTable } from '../domain/tables/storage.ts';
import { timings } from '../domain/timings.ts';
import { leaveHost } from '../domain/vmOps.ts';
import type { TableSpec } from '../store/types.ts';
import { addPrimaryStorage } from './primaryStorage/add.ts';
import {
  attachPrimaryStorageToCluster,
  detachPrimaryStorageFromCluster,
} from './primaryStorage/attach.ts';

/**
 * Primary storage: LocalStorage, NFS, SharedMountPoint.
 *
 * @see https://github.com/zstackio/zstack/blob/master/storage/src/main/java/org/zstack/storage/primary/PrimaryStorageBase.java
 */
export const tables: TableSpec[] = [primaryStorageTable, primaryStorageClusterRefTable];

const stateOf: Record<string, string> = {
  enable: 'Enabled',
  disable: 'Disabled',
  maintain: 'Maintenance',
};

/** `maintain` stops the VMs whose volumes are on the storage, as PrimaryStorageBase does. */
async function changePrimaryStorageState(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGet(sim.store, 'PrimaryStorage', uuid);
  const event = String(call.params.stateEvent);
  const state = stateOf[event];
  if (!state)
    throw invalidArgument(
      `invalid stateEvent[${event}], valid values are [enable, disable, maintain]`,
    );
  if (state === 'Maintenance') {
    await pause(call, timings.quick);
    sim.store.transaction(() => {
      for (const volume of sim.store.find('Volume', { primaryStorageUuid: uuid }) as VolumeRow[]) {
        const vm = volume.vmInstanceUuid
          ? (sim.store.get('VmInstance', volume.vmInstanceUuid) as VmRow | undefined)
          : undefined;
        if (vm?.hostUuid) leaveHost(sim, vm, 'Stopped');
      }
    });
  }
  patchRow(sim, 'PrimaryStorage', uuid, { state });
  return inventoryOf(sim, 'PrimaryStorage', uuid);
}

async function reconnectPrimaryStorage(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGet(sim.store, 'PrimaryStorage', uuid);
  patchRow(sim, 'PrimaryStorage', uuid, { status: 'Connecting' });
  try {
    await pause(call, timings.storageConnect);
  } finally {
    if (sim.store.get('PrimaryStorage', uuid))
      patchRow(sim, 'PrimaryStorage', uuid, { status: 'Connected' });
  }
  return inventoryOf(sim, 'PrimaryStorage', uuid);
}

function updatePrimaryStorage(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGet(sim.store, 'PrimaryStorage', uuid);
  const patch: Record<string, unknown> = {};
  for (const key of ['name', 'description'] as const) {
    if (typeof call.params[key] === 'string') patch[key] = call.params[key];
  }
  patchRow(sim, 'PrimaryStorage', uuid, patch);
  return inventoryOf(sim, 'PrimaryStorage', uuid);
}

/** Refused while attached to clusters (any delete mode); then VMs and volumes on it go. */
async function deletePrimaryStorage(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  const ps = sim.store.get('PrimaryStorage', uuid) as PrimaryStorageRow | undefined;
  if (!ps) return {};
  const refs = sim.store.find('PrimaryStorageClusterRef', { primaryStorageUuid: uuid });
  if (refs.length) {
    const clusters = refs.map((r) => String(r.clusterUuid)).join(', ');
    throw operationError(
      `primary storage[uuid:${uuid}] cannot be deleted for still being attached to cluster[uuid:${clusters}].`,
    );
  }
  await pause(call, timings.quick);
  sim.store.transaction(() => cascadeDeletePrimaryStorage(sim, uuid));
  return {};
}

export const handlers: HandlerTable = {
  AddLocalPrimaryStorage: addPrimaryStorage('LocalStorage'),
  AddNfsPrimaryStorage: addPrimaryStorage('NFS'),
  AddSharedMountPointPrimaryStorage: addPrimaryStorage('SharedMountPoint'),
  AttachPrimaryStorageToCluster: attachPrimaryStorageToCluster,
  DetachPrimaryStorageFromCluster: detachPrimaryStorageFromCluster,
  ChangePrimaryStorageState: changePrimaryStorageState,
  ReconnectPrimaryStorage: reconnectPrimaryStorage,
  UpdatePrimaryStorage: updatePrimaryStorage,
  DeletePrimaryStorage: deletePrimaryStorage,
};

/** After a restart, storage caught Connecting is Connected again. */
export function reconcile(sim: SimContext): void {
  for (const ps of sim.store.find('PrimaryStorage', { status: 'Connecting' })) {
    patchRow(sim, 'PrimaryStorage', String(ps.uuid), { status: 'Connected' });
  }
}
