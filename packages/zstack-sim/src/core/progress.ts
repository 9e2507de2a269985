/**
 * Task progress reported by running jobs (`call.progress`), kept in memory per job like the
 * node's TaskProgressVO rows, for a GetTaskProgress handler to read.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/progress/ProgressReportService.java
 */
export interface ProgressEntry {
  readonly percent: number;
  readonly detail?: string;
  /** Epoch ms. */
  readonly time: number;
}

export interface ProgressBook {
  report(jobUuid: string, percent: number, detail?: string): void;
  /** Every report of a job, oldest first; empty when none. */
  history(jobUuid: string): readonly ProgressEntry[];
  latest(jobUuid: string): ProgressEntry | undefined;
  forget(jobUuid: string): void;
}

export function createProgressBook(now: () => number): ProgressBook {
  const entries = new Map<string, ProgressEntry[]>();
  return {
    report(jobUuid, percent, detail) {
      const list = entries.get(jobUuid) ?? [];
      const clamped = Math.max(0, Math.min(100, Math.round(percent)));
      list.push(
        detail === undefined
          ? { percent: clamped, time: now() }
          : { percent: clamped, detail, time: now() },
      );
      entries.set(jobUuid, list);
    },
    history: (jobUuid) => entries.get(jobUuid) ?? [],
    latest: (jobUuid) => entries.get(jobUuid)?.at(-1),
    forget: (jobUuid) => {
      entries.delete(jobUuid);
    },
  };
}

/**
 * GetTaskProgress's answer for an API id: the latest report, or every report with `all`, as
 * TaskProgressInventory rows (`type` Progress, `content` the percentage). A `tasks` section
 * handler can return `{ inventories: taskProgressInventories(runtimeOf(call.sim).progress, …) }`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/core/progress/TaskProgressInventory.java
 */
export function taskProgressInventories(
  book: ProgressBook,
  apiId: string,
  all = false,
): Record<string, unknown>[] {
  const entries = all ? book.history(apiId) : [book.latest(apiId)].filter((e) => e !== undefined);
  return entries.map((entry) => ({
    taskUuid: apiId,
    ...(entry.detail === undefined ? {} : { taskName: entry.detail }),
    type: 'Progress',
    content: String(entry.percent),
    time: entry.time,
  }));
}
