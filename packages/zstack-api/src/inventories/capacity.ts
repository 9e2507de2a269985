/**
 * Capacity reports. All four replies map `fieldsTo = {"all"}`, so `success` is in the body.
 * Capacities are bytes; CPU figures are vCPUs (MHz in 1.2).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/allocator/APIGetCpuMemoryCapacityReply.java
 */

/**
 * GetCpuMemoryCapacity.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/allocator/APIGetCpuMemoryCapacityReply.java
 */
export interface CpuMemoryCapacityResult {
  totalCpu: number;
  availableCpu: number;
  totalMemory: number;
  availableMemory: number;
  /** Newer than 2.3. */
  managedCpuNum?: number;
  /** Per-resource figures, newer than 2.3. */
  capacityData?: Record<string, unknown>[];
  resourceType?: string;
  success: boolean;
}

/**
 * GetPrimaryStorageCapacity.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/primary/APIGetPrimaryStorageCapacityReply.java
 */
export interface PrimaryStorageCapacityResult {
  totalCapacity: number;
  availableCapacity: number;
  totalPhysicalCapacity: number;
  availablePhysicalCapacity: number;
  success: boolean;
}

/**
 * GetIpAddressCapacity. The `ipv4…`/`ipv6…` figures are 3.1.0+.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/APIGetIpAddressCapacityReply.java
 */
export interface IpAddressCapacityResult {
  totalCapacity: number;
  availableCapacity: number;
  usedIpAddressNumber?: number;
  ipv4TotalCapacity?: number;
  ipv4AvailableCapacity?: number;
  ipv4UsedIpAddressNumber?: number;
  ipv6TotalCapacity?: number;
  ipv6AvailableCapacity?: number;
  ipv6UsedIpAddressNumber?: number;
  capacityData?: Record<string, unknown>[];
  resourceType?: string;
  success: boolean;
}

/**
 * GetBackupStorageCapacity.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/backup/APIGetBackupStorageCapacityReply.java
 */
export interface BackupStorageCapacityResult {
  totalCapacity: number;
  availableCapacity: number;
  success: boolean;
}
