import { hash32 } from '../../domain/common.ts';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

export interface ImageSize {
  /** Virtual size: what a root volume made from it needs. */
  readonly size: number;
  /** Bytes on the backup storage. */
  readonly actualSize: number;
}

/**
 * Sizes of well-known images, by file name. The tiny image's figures are the ones ZStack's own
 * sftp simulator records; the virtual-router image is a VyOS/CentOS appliance of ~400 MiB.
 *
 * @see https://github.com/zstackio/zstack/blob/master/simulator/src/main/java/org/zstack/simulator/storage/backup/sftp/SftpBackupStorageSimulator.java
 */
const presets: readonly { readonly pattern: RegExp; readonly size: ImageSize }[] = [
  { pattern: /zstack-image-[\d.]+\.qcow2$/, size: { size: 19_862_528, actualSize: 15_794_176 } },
  {
    pattern: /(zstack-virtualrouter|zstack-vrouter|vyos)[\w.-]*\.qcow2$/,
    size: { size: 8 * GiB, actualSize: 431 * MiB },
  },
];

/** The image's size: a preset, else a deterministic size derived from the URL. */
export function imageSizeOf(url: string, mediaType: string): ImageSize {
  const preset = presets.find((p) => p.pattern.test(url));
  if (preset) return preset.size;
  const h = hash32(url);
  const actualSize = (200 + (h % 1800)) * MiB;
  if (mediaType === 'ISO') return { size: actualSize, actualSize };
  const virtual = [10, 20, 40][h % 3] ?? 20;
  return { size: Math.max(virtual * GiB, actualSize), actualSize };
}
