import type { EnabledState, ImageMediaType, ImageStatus } from '../enums.ts';
import type { SystemTagInventory } from './tag.ts';

/**
 * `ImageInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/image/ImageInventory.java
 */
export interface ImageInventory {
  uuid: string;
  name: string;
  description?: string;
  state: EnabledState;
  status: ImageStatus;
  /** Bytes. */
  size?: number;
  /** @since 1.3.0 */
  actualSize?: number;
  md5Sum?: string;
  url?: string;
  mediaType: ImageMediaType;
  guestOsType?: string;
  type: string;
  platform?: string;
  /** @since 4.0.0 */
  architecture?: string;
  format: string;
  system?: boolean;
  /** @since 4.2.0 */
  virtio?: boolean;
  createDate: string;
  lastOpDate: string;
  backupStorageRefs: ImageBackupStorageRefInventory[];
  /** @since 3.5.0 */
  systemTags?: SystemTagInventory[];
}

/**
 * `ImageBackupStorageRefInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/image/ImageBackupStorageRefInventory.java
 */
export interface ImageBackupStorageRefInventory {
  imageUuid: string;
  backupStorageUuid: string;
  installPath?: string;
  status: string;
  /** @since 3.9.0 */
  exportMd5Sum?: string;
  /** @since 3.9.0 */
  exportUrl?: string;
  createDate: string;
  lastOpDate: string;
}
