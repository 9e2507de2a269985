import type { BackupStorageStatus, EnabledState } from '../enums.ts';

/**
 * `BackupStorageInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/backup/BackupStorageInventory.java
 */
export interface BackupStorageInventory {
  uuid: string;
  name: string;
  url: string;
  description?: string;
  totalCapacity: number;
  availableCapacity: number;
  type: string;
  state: EnabledState;
  status: BackupStorageStatus;
  createDate: string;
  lastOpDate: string;
  attachedZoneUuids: string[];
}

/**
 * `SftpBackupStorageInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/sftpBackupStorage/src/main/java/org/zstack/storage/backup/sftp/SftpBackupStorageInventory.java
 */
export interface SftpBackupStorageInventory extends BackupStorageInventory {
  hostname?: string;
  username?: string;
  /** @since 1.3.0 */
  sshPort?: number;
}
