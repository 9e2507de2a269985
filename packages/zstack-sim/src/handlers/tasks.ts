import type { ApiCall, HandlerTable } from '../core/context.ts';
import { taskProgressInventories } from '../core/progress.ts';
import { runtimeOf } from '../core/runtime.ts';
import { identity, indexedText, int, since, text, timestamps } from '../domain/columns.ts';
import type { TableSpec } from '../store/types.ts';

/**
 * LongJobVO (2.3.0+). The simulator runs no long jobs (they are premium-side work: image
 * exports, V2V, …), so QueryLongJob answers `{inventories: []}` from this empty table.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/longjob/LongJobVO.java
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/longjob/LongJobInventory.java
 */
export const longJobTable: TableSpec = {
  name: 'LongJob',
  table: 'long_job',
  javaClass: 'org.zstack.header.longjob.LongJobInventory',
  primaryKey: 'uuid',
  columns: {
    ...identity,
    apiId: indexedText,
    jobName: indexedText,
    jobData: text,
    jobResult: text,
    state: indexedText,
    targetResourceUuid: indexedText,
    managementNodeUuid: text,
    ...timestamps,
    executeTime: since(int, '3.1.0'),
  },
};

/**
 * Section `tasks`: task progress of running API jobs and long jobs. Progress lives in the node's
 * memory (the ProgressBook jobs report to), so it does not outlive a restart.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/progress/ProgressReportService.java
 */
export const tables: TableSpec[] = [longJobTable];

interface GetTaskProgressParams {
  apiId: string;
  all?: boolean;
}

export const handlers: HandlerTable = {
  /**
   * `@RestResponse(allTo = "inventories")`: the latest report of the API (or every report with
   * `all`), and an empty list, not an error, for an API that reported none.
   *
   * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/core/progress/APIGetTaskProgressReply.java
   */
  GetTaskProgress: (call: ApiCall<GetTaskProgressParams>) => ({
    inventories: taskProgressInventories(
      runtimeOf(call.sim).progress,
      call.params.apiId,
      call.params.all === true,
    ),
  }),
};
