import type { PrimaryStorageState, PrimaryStorageStatus } from '../enums.ts';

/**
 * `PrimaryStorageInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/primary/PrimaryStorageInventory.java
 */
export interface PrimaryStorageInventory {
  uuid: string;
  zoneUuid: string;
  name: string;
  /** For SharedMountPoint: the mount path on every host. */
  url: string;
  description?: string;
  totalCapacity: number;
  availableCapacity: number;
  totalPhysicalCapacity?: number;
  availablePhysicalCapacity?: number;
  systemUsedCapacity?: number;
  type: string;
  state: PrimaryStorageState;
  status: PrimaryStorageStatus;
  mountPath?: string;
  createDate: string;
  lastOpDate: string;
  attachedClusterUuids: string[];
}
