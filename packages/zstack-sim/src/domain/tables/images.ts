import type { TableSpec } from '../../store/types.ts';
import {
  bool,
  identity,
  indexedInt,
  indexedText,
  int,
  since,
  since23,
  sinceNewer,
  text,
  timestamps,
} from '../columns.ts';

/** @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/image/ImageInventory.java */
export const imageTable: TableSpec = {
  name: 'Image',
  table: 'image',
  javaClass: 'org.zstack.header.image.ImageInventory',
  primaryKey: 'uuid',
  owned: true,
  taggable: true,
  columns: {
    ...identity,
    state: indexedText,
    status: indexedText,
    size: indexedInt,
    actualSize: since(int, since23),
    md5Sum: text,
    url: text,
    mediaType: indexedText,
    guestOsType: text,
    type: text,
    platform: indexedText,
    format: indexedText,
    system: bool,
    architecture: since(text, sinceNewer),
    virtio: since(bool, sinceNewer),
    ...timestamps,
  },
  relations: [
    {
      field: 'backupStorageRefs',
      target: 'ImageBackupStorageRef',
      localKey: 'uuid',
      foreignKey: 'imageUuid',
      kind: 'many',
      nested: true,
    },
  ],
};

/** @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/image/ImageBackupStorageRefInventory.java */
export const imageBackupStorageRefTable: TableSpec = {
  name: 'ImageBackupStorageRef',
  table: 'image_backup_storage_ref',
  javaClass: 'org.zstack.header.image.ImageBackupStorageRefInventory',
  primaryKey: 'id',
  columns: {
    id: { type: 'text', hidden: true },
    imageUuid: indexedText,
    backupStorageUuid: indexedText,
    installPath: text,
    status: indexedText,
    exportUrl: since(text, sinceNewer),
    exportMd5Sum: since(text, sinceNewer),
    ...timestamps,
  },
};
