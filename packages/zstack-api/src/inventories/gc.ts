import type { GCStatus } from '../enums.ts';

/**
 * `GarbageCollectorInventory` (1.10.0+).
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/gc/GarbageCollectorInventory.java
 */
export interface GarbageCollectorInventory {
  uuid: string;
  name: string;
  runnerClass?: string;
  /** JSON string. */
  context?: string;
  status: GCStatus;
  managementNodeUuid?: string;
  type: string;
  createDate: string;
  lastOpDate: string;
}
