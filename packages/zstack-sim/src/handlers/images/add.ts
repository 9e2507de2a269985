import { newUuid } from '@zdash/zstack-api';
import { invalidArgument, operationError } from '../../core/apiError.ts';
import type { ApiCall } from '../../core/context.ts';
import { releaseBs, reserveBs } from '../../domain/capacity.ts';
import {
  hash32,
  insertRow,
  inventoryOf,
  nowMs,
  ownerOf,
  patchRow,
  pause,
  str,
  strList,
} from '../../domain/common.ts';
import { timings } from '../../domain/timings.ts';
import { imageSizeOf } from './presets.ts';

const formats = ['qcow2', 'raw', 'iso', 'vmtx', 'vmdk'];
const mediaTypes = ['RootVolumeTemplate', 'ISO', 'DataVolumeTemplate'];
const urlPrefixes = ['file:///', 'http://', 'https://', 'ftp://', 'sftp://', '/'];

function checkBackupStorages(call: ApiCall, uuids: string[]) {
  const ok = uuids.filter((uuid) => {
    const bs = call.sim.store.get('BackupStorage', uuid);
    return bs?.state === 'Enabled' && bs.status === 'Connected';
  });
  if (!uuids.length || ok.length !== uuids.length) {
    throw operationError(
      `no backup storage specified in uuids${JSON.stringify(uuids)} is available for adding this image; they are not in status Connected or not in state Enabled, or the uuid is invalid backup storage uuid`,
    );
  }
}

/**
 * AddImage: checks as ImageApiInterceptor, then the image downloads to every backup storage
 * (Downloading → Ready) with progress, taking backup-storage capacity. A cancelled download
 * leaves nothing behind.
 *
 * @see https://github.com/zstackio/zstack/blob/master/image/src/main/java/org/zstack/image/ImageApiInterceptor.java
 * @see https://github.com/zstackio/zstack/blob/master/image/src/main/java/org/zstack/image/ImageManagerImpl.java
 */
export async function addImage(call: ApiCall) {
  const { sim } = call;
  const url = String(call.params.url ?? '').trim();
  if (!urlPrefixes.some((p) => url.startsWith(p))) {
    throw invalidArgument(
      `url must starts with 'file:///', 'http://', 'https://', 'ftp://', 'sftp://' or '/'`,
    );
  }
  const mediaType = str(call, 'mediaType') ?? 'RootVolumeTemplate';
  if (!mediaTypes.includes(mediaType)) throw invalidArgument(`unknown mediaType[${mediaType}]`);
  const format = str(call, 'format') ?? (mediaType === 'ISO' ? 'iso' : 'qcow2');
  if (!formats.includes(format)) throw invalidArgument(`unknown format[${format}]`);
  const bsUuids = strList(call, 'backupStorageUuids');
  checkBackupStorages(call, bsUuids);
  const { size, actualSize } = imageSizeOf(url, mediaType);
  for (const bs of bsUuids) {
    const row = sim.store.get('BackupStorage', bs);
    if (Number(row?.availableCapacity) < actualSize) {
      throw operationError(
        `backup storage[uuid:${bs}] has no capacity for image of ${actualSize} bytes`,
      );
    }
  }

  const image = sim.store.transaction(() => {
    const row = insertRow(
      sim,
      'Image',
      {
        ...(str(call, 'resourceUuid') ? { uuid: str(call, 'resourceUuid') } : {}),
        name: str(call, 'name'),
        description: str(call, 'description'),
        url,
        mediaType,
        format,
        platform: str(call, 'platform') ?? 'Linux',
        guestOsType: str(call, 'guestOsType'),
        architecture: str(call, 'architecture') ?? 'x86_64',
        system: call.params.system === true,
        virtio: call.params.virtio !== false,
        type: 'zstack',
        state: 'Enabled',
        status: 'Downloading',
        size,
        actualSize,
      },
      ownerOf(call),
    );
    const now = nowMs(sim);
    for (const bsUuid of bsUuids) {
      reserveBs(sim, bsUuid, actualSize);
      const bs = sim.store.get('BackupStorage', bsUuid);
      sim.store.insert('ImageBackupStorageRef', {
        id: newUuid(),
        imageUuid: row.uuid,
        backupStorageUuid: bsUuid,
        installPath: `${String(bs?.url)}/rootVolumeTemplates/acct-${ownerOf(call)}/${row.uuid}/${url.split('/').pop()}`,
        status: 'Downloading',
        createDate: now,
        lastOpDate: now,
      });
    }
    return row;
  });

  const duration = Math.min(
    timings.imageDownloadMax,
    timings.imageDownloadBase + (actualSize / 1024 ** 2) * timings.imageDownloadPerMiB,
  );
  try {
    for (let step = 0; step < 5; step++) {
      call.progress(step * 20, `downloading ${url}`);
      await pause(call, duration / 5);
    }
  } catch (error) {
    sim.store.transaction(() => {
      for (const bsUuid of bsUuids) releaseBs(sim, bsUuid, actualSize);
      for (const ref of sim.store.find('ImageBackupStorageRef', { imageUuid: image.uuid })) {
        sim.store.remove('ImageBackupStorageRef', String(ref.id));
      }
      if (sim.store.get('Image', image.uuid)) sim.store.remove('Image', image.uuid);
    });
    throw error;
  }
  sim.store.transaction(() => {
    const md5Sum = hash32(url).toString(16).padStart(8, '0').repeat(4);
    patchRow(sim, 'Image', image.uuid, { status: 'Ready', md5Sum });
    for (const ref of sim.store.find('ImageBackupStorageRef', { imageUuid: image.uuid })) {
      patchRow(sim, 'ImageBackupStorageRef', String(ref.id), { status: 'Ready' });
    }
  });
  call.progress(100, 'downloaded');
  return inventoryOf(sim, 'Image', image.uuid);
}
