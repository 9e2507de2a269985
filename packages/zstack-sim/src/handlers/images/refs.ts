import type { SimContext } from '../../core/context.ts';
import { releaseBs } from '../../domain/capacity.ts';
import type { ImageRow } from '../../domain/rows.ts';
import { removeTagsOf } from '../../domain/vmOps.ts';

/** Bytes an image takes on a backup storage. */
export function imageBytes(image: Pick<ImageRow, 'size' | 'actualSize'>): number {
  return image.actualSize ?? image.size;
}

/**
 * Drops an image's copy on one backup storage and gives the space back; an image with no copy
 * left is removed (expunged).
 */
export function removeImageFromBackupStorage(
  sim: SimContext,
  imageUuid: string,
  bsUuid: string,
): void {
  const image = sim.store.get('Image', imageUuid) as ImageRow | undefined;
  for (const ref of sim.store.find('ImageBackupStorageRef', {
    imageUuid,
    backupStorageUuid: bsUuid,
  })) {
    if (image) releaseBs(sim, bsUuid, imageBytes(image));
    sim.store.remove('ImageBackupStorageRef', String(ref.id));
  }
  if (image && sim.store.count('ImageBackupStorageRef', { imageUuid }) === 0) {
    sim.store.remove('Image', imageUuid);
    removeTagsOf(sim, imageUuid);
  }
}
