import type { TableSpec } from '../../store/types.ts';
import {
  identity,
  indexedInt,
  indexedText,
  int,
  since,
  since23,
  text,
  timestamps,
} from '../columns.ts';

/**
 * Primary storage (LocalStorage, NFS, SharedMountPoint share one inventory class).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/primary/PrimaryStorageInventory.java
 */
export const primaryStorageTable: TableSpec = {
  name: 'PrimaryStorage',
  table: 'primary_storage',
  javaClass: 'org.zstack.header.storage.primary.PrimaryStorageInventory',
  primaryKey: 'uuid',
  taggable: true,
  columns: {
    ...identity,
    zoneUuid: indexedText,
    url: text,
    totalCapacity: indexedInt,
    availableCapacity: indexedInt,
    totalPhysicalCapacity: int,
    availablePhysicalCapacity: int,
    systemUsedCapacity: int,
    type: indexedText,
    state: indexedText,
    status: indexedText,
    mountPath: text,
    ...timestamps,
  },
  refLists: [
    {
      field: 'attachedClusterUuids',
      table: 'PrimaryStorageClusterRef',
      localKey: 'primaryStorageUuid',
      valueKey: 'clusterUuid',
    },
  ],
  relations: [
    { field: 'zone', target: 'Zone', localKey: 'zoneUuid', foreignKey: 'uuid', kind: 'one' },
    {
      field: 'volume',
      target: 'Volume',
      localKey: 'uuid',
      foreignKey: 'primaryStorageUuid',
      kind: 'many',
    },
  ],
};

/** PrimaryStorageClusterRefVO (internal). */
export const primaryStorageClusterRefTable: TableSpec = {
  name: 'PrimaryStorageClusterRef',
  table: 'primary_storage_cluster_ref',
  primaryKey: 'id',
  columns: {
    id: { type: 'text' },
    primaryStorageUuid: indexedText,
    clusterUuid: indexedText,
    ...timestamps,
  },
};

/**
 * Backup storage; the Sftp fields share the table and `type` picks the subclass.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/backup/BackupStorageInventory.java
 * @see https://github.com/zstackio/zstack/blob/master/plugin/sftpBackupStorage/src/main/java/org/zstack/storage/backup/sftp/SftpBackupStorageInventory.java
 */
export const backupStorageTable: TableSpec = {
  name: 'BackupStorage',
  table: 'backup_storage',
  javaClass: 'org.zstack.header.storage.backup.BackupStorageInventory',
  primaryKey: 'uuid',
  taggable: true,
  subtype: {
    column: 'type',
    classes: { SftpBackupStorage: 'org.zstack.storage.backup.sftp.SftpBackupStorageInventory' },
  },
  columns: {
    ...identity,
    url: text,
    totalCapacity: indexedInt,
    availableCapacity: indexedInt,
    type: indexedText,
    state: indexedText,
    status: indexedText,
    hostname: indexedText,
    username: text,
    password: { type: 'text', hidden: true },
    sshPort: since(int, since23),
    ...timestamps,
  },
  refLists: [
    {
      field: 'attachedZoneUuids',
      table: 'BackupStorageZoneRef',
      localKey: 'backupStorageUuid',
      valueKey: 'zoneUuid',
    },
  ],
};

/** BackupStorageZoneRefVO (internal). */
export const backupStorageZoneRefTable: TableSpec = {
  name: 'BackupStorageZoneRef',
  table: 'backup_storage_zone_ref',
  primaryKey: 'id',
  columns: {
    id: { type: 'text' },
    backupStorageUuid: indexedText,
    zoneUuid: indexedText,
    ...timestamps,
  },
};
