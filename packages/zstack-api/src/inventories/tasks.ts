import type { LongJobState } from '../enums.ts';

/**
 * `LongJobInventory` (2.3.0+).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/longjob/LongJobInventory.java
 */
export interface LongJobInventory {
  uuid: string;
  name: string;
  description?: string;
  apiId?: string;
  jobName?: string;
  jobData?: string;
  jobResult?: string;
  state: LongJobState;
  targetResourceUuid?: string;
  managementNodeUuid?: string;
  createDate: string;
  lastOpDate: string;
  /** @since 3.1.0 */
  executeTime?: number;
}

/**
 * `TaskProgressInventory` (2.0.0+).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/core/progress/TaskProgressInventory.java
 */
export interface TaskProgressInventory {
  taskUuid: string;
  taskName?: string;
  parentUuid?: string;
  type: string;
  content?: string;
  opaque?: Record<string, unknown>;
  time: number;
  subTasks?: TaskProgressInventory[];
  /** @since 4.7.0 */
  arguments?: string;
}
