import type { EnabledState } from '../enums.ts';

/**
 * `InstanceOfferingInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/configuration/InstanceOfferingInventory.java
 */
export interface InstanceOfferingInventory {
  uuid: string;
  name: string;
  description?: string;
  cpuNum: number;
  cpuSpeed?: number;
  /** Bytes. */
  memorySize: number;
  /** @since 4.8.0 */
  reservedMemorySize?: number;
  type: string;
  allocatorStrategy?: string;
  sortKey?: number;
  createDate: string;
  lastOpDate: string;
  state: EnabledState;
}

/**
 * `DiskOfferingInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/configuration/DiskOfferingInventory.java
 */
export interface DiskOfferingInventory {
  uuid: string;
  name: string;
  description?: string;
  /** Bytes. */
  diskSize: number;
  sortKey?: number;
  state: EnabledState;
  type: string;
  createDate: string;
  lastOpDate: string;
  allocatorStrategy?: string;
}
