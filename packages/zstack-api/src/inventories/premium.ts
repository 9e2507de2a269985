/**
 * Inventories of premium APIs, read from the generated Java SDK (the server classes are not open
 * source). Dates are ZStack date strings.
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/SchedulerJobInventory.java
 */

/**
 * `SchedulerJobInventory` (premium, 2.1.0+).
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/SchedulerJobInventory.java
 */
export interface SchedulerJobInventory {
  uuid: string;
  targetResourceUuid: string;
  name: string;
  description?: string;
  state: string;
  createDate: string;
  lastOpDate: string;
  jobData?: string;
  jobClassName?: string;
  triggersUuid?: string[];
  schedulerJobGroupUuids?: string[];
}

/**
 * `SchedulerTriggerInventory` (premium, 2.1.0+).
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/SchedulerTriggerInventory.java
 */
export interface SchedulerTriggerInventory {
  uuid: string;
  name: string;
  description?: string;
  cron?: string;
  schedulerType: 'simple' | 'cron';
  /** Seconds. */
  schedulerInterval?: number;
  repeatCount?: number;
  startTime?: string;
  stopTime?: string;
  createDate: string;
  lastOpDate: string;
  jobsUuid?: string[];
  jobGroupsUuid?: string[];
}

/**
 * `SchedulerJobSchedulerTriggerInventory`: the job↔trigger binding that
 * AddSchedulerJobToSchedulerTrigger returns (premium, 2.1.0+).
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/SchedulerJobSchedulerTriggerInventory.java
 */
export interface SchedulerJobSchedulerTriggerInventory {
  uuid: string;
  schedulerJobUuid: string;
  schedulerTriggerUuid: string;
  createDate: string;
  lastOpDate: string;
}

/**
 * `DatabaseBackupInventory` (premium, 3.0.0+).
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/databasebackup/DatabaseBackupInventory.java
 */
export interface DatabaseBackupInventory {
  uuid: string;
  name: string;
  description?: string;
  state: string;
  status: string;
  /** Bytes. */
  size?: number;
  metadata?: string;
  createDate: string;
  lastOpDate: string;
  backupStorageRefs?: Record<string, unknown>[];
}
