import { invalidArgument } from '../../core/apiError.ts';
import type { ApiCall } from '../../core/context.ts';
import {
  hash32,
  insertRow,
  inventoryOf,
  mustGet,
  patchRow,
  pause,
  str,
} from '../../domain/common.ts';
import { timings } from '../../domain/timings.ts';

const TiB = 1024 ** 4;

type PsType = 'LocalStorage' | 'NFS' | 'SharedMountPoint';

/**
 * Validates the url the way each type's factory does: LocalStorage and SharedMountPoint take an
 * absolute directory, NFS takes `host:/path`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/sharedMountPointPrimaryStorage/src/main/java/org/zstack/storage/primary/smp/SMPPrimaryStorageFactory.java
 * @see https://github.com/zstackio/zstack/blob/master/plugin/nfsPrimaryStorage/src/main/java/org/zstack/storage/primary/nfs/NfsApiInterceptor.java
 */
export function checkPsUrl(type: PsType, url: string): void {
  if (type === 'NFS') {
    if (!/^[^:/\s]+:\/\S*$/.test(url)) {
      throw invalidArgument(
        `the url[${url}] is not in the format of hostname:/path, for example 192.168.0.10:/nfs_root`,
      );
    }
    return;
  }
  if (!url.startsWith('/') || /\s/.test(url)) {
    throw invalidArgument(
      `the url[${url}] of ${type} primary storage must be an absolute path, for example /zstack_ps`,
    );
  }
}

/** What `df` of the mount point says: a deterministic size per url. */
export function psCapacityOf(type: PsType, url: string): { total: number; systemUsed: number } {
  const sizes = type === 'LocalStorage' ? [2, 4, 8] : [8, 16, 32];
  const total = (sizes[hash32(url) % sizes.length] ?? 8) * TiB;
  // the file system itself and other files under the mount point
  const systemUsed = Math.round(total * 0.01);
  return { total, systemUsed };
}

function mountPathOf(type: PsType, url: string, uuid: string): string {
  return type === 'NFS' ? `/opt/zstack/nfsprimarystorage/prim-${uuid}` : url;
}

/** Add{Local,Nfs,SharedMountPoint}PrimaryStorage: Connecting → Connected, capacity from df. */
export function addPrimaryStorage(type: PsType) {
  return async (call: ApiCall) => {
    const { sim } = call;
    const zoneUuid = String(call.params.zoneUuid);
    mustGet(sim.store, 'Zone', zoneUuid);
    const url = String(call.params.url ?? '').trim();
    checkPsUrl(type, url);
    const { total, systemUsed } = psCapacityOf(type, url);
    const row = insertRow(sim, 'PrimaryStorage', {
      ...(str(call, 'resourceUuid') ? { uuid: str(call, 'resourceUuid') } : {}),
      name: str(call, 'name'),
      description: str(call, 'description'),
      zoneUuid,
      url,
      type,
      state: 'Enabled',
      status: 'Connecting',
      totalCapacity: total,
      availableCapacity: total - systemUsed,
      totalPhysicalCapacity: total,
      availablePhysicalCapacity: total - systemUsed,
      systemUsedCapacity: systemUsed,
    });
    patchRow(sim, 'PrimaryStorage', row.uuid, { mountPath: mountPathOf(type, url, row.uuid) });
    try {
      call.progress(10, 'connect primary storage');
      await pause(call, timings.storageConnect);
    } catch (error) {
      if (sim.store.get('PrimaryStorage', row.uuid)) sim.store.remove('PrimaryStorage', row.uuid);
      throw error;
    }
    patchRow(sim, 'PrimaryStorage', row.uuid, { status: 'Connected' });
    call.progress(100, 'connected');
    return inventoryOf(sim, 'PrimaryStorage', row.uuid);
  };
}
