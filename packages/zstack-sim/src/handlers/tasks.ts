import type { ApiCall, HandlerTable } from '../core/context.ts';
import { taskProgressInventories } from '../core/progress.ts';
import { runtimeOf } from '../core/runtime.ts';
import type { TableSpec } from '../store/types.ts';

/**
 * Section `tasks`: task progress of running API jobs. Progress lives in the node's memory (the
 * ProgressBook jobs report to), so it does not outlive a restart. QueryLongJob is answered by the
 * query engine once a section defines the `LongJob` table.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/progress/ProgressReportService.java
 */
export const tables: TableSpec[] = [];

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
