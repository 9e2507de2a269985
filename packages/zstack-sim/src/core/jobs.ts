import type { ZStackErrorCode } from '@zdash/zstack-api';
import type { Store, TableSpec } from '../store/types.ts';
import type { GlobalConfigs, SimClock } from './context.ts';

/**
 * Async API jobs, kept like `AsyncRestVO`: a row per job in the node's own database, so a poll
 * after a restart still finds it. Completed jobs expire `rest/completedApi.expiredPeriod`
 * seconds after they were created, as MysqlAsyncRestStore's cleanup does.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/MysqlAsyncRestStore.java
 */
export const apiJobTable: TableSpec = {
  name: 'ApiJob',
  table: 'api_job',
  primaryKey: 'uuid',
  columns: {
    uuid: { type: 'text' },
    apiName: { type: 'text' },
    state: { type: 'text', index: true },
    success: { type: 'bool' },
    result: { type: 'json' },
    webhook: { type: 'text' },
    createDate: { type: 'date', index: true },
    finishDate: { type: 'date' },
  },
};

/** What a poll sees. */
export type JobView =
  | ({ readonly state: 'processing' } & JobFacts)
  | { readonly state: 'expired' }
  | ({
      readonly state: 'done';
      readonly success: boolean;
      readonly body: Record<string, unknown>;
      readonly finishDate: number;
    } & JobFacts);

/** What the legacy RPC poll also reports. */
export interface JobFacts {
  readonly apiName: string;
  /** Epoch ms. */
  readonly createDate: number;
}

export interface JobService {
  exists(uuid: string): boolean;
  create(uuid: string, apiName: string, webhook?: string): void;
  /** Records the outcome; returns the job's webhook, if any. `undefined` when the job was already done. */
  finish(uuid: string, outcome: JobOutcome): { webhook?: string } | undefined;
  read(uuid: string): JobView;
  /** Deletes completed jobs older than the expiry period. */
  purgeExpired(): number;
  /** Jobs left Processing by a previous run: failed, as a restarted node fails them. */
  failInterrupted(error: ZStackErrorCode): number;
  /** Resolves once the job is Done (at once if it already is, or is unknown). */
  waitFor(uuid: string): Promise<void>;
}

export type JobOutcome =
  | { readonly success: true; readonly body: Record<string, unknown> }
  | { readonly success: false; readonly error: ZStackErrorCode };

export function createJobs(store: Store, clock: SimClock, configs: GlobalConfigs): JobService {
  const name = apiJobTable.name;
  const periodMs = () => configs.getNumber('rest', 'completedApi.expiredPeriod') * 1000;
  const isExpired = (row: Record<string, unknown>) =>
    row.state === 'Done' && Number(row.createDate) < clock.now().getTime() - periodMs();

  const waiters = new Map<string, (() => void)[]>();

  const finish = (uuid: string, outcome: JobOutcome) => {
    const row = store.get(name, uuid);
    if (!row || row.state === 'Done') return undefined;
    store.update(name, uuid, {
      state: 'Done',
      success: outcome.success,
      result: outcome.success ? outcome.body : { error: outcome.error },
      finishDate: clock.now().getTime(),
    });
    for (const wake of waiters.get(uuid) ?? []) wake();
    waiters.delete(uuid);
    return row.webhook ? { webhook: String(row.webhook) } : {};
  };

  return {
    exists: (uuid) => store.get(name, uuid) !== undefined,
    create(uuid, apiName, webhook) {
      store.insert(name, {
        uuid,
        apiName,
        state: 'Processing',
        webhook,
        createDate: clock.now().getTime(),
      });
    },
    finish,
    read(uuid) {
      const row = store.get(name, uuid);
      if (!row) return { state: 'expired' };
      if (isExpired(row)) {
        store.remove(name, uuid);
        return { state: 'expired' };
      }
      const facts = { apiName: String(row.apiName), createDate: Number(row.createDate) };
      if (row.state !== 'Done') return { state: 'processing', ...facts };
      return {
        state: 'done',
        success: row.success === true,
        body: (row.result ?? {}) as Record<string, unknown>,
        finishDate: Number(row.finishDate),
        ...facts,
      };
    },
    purgeExpired() {
      let removed = 0;
      for (const row of store.find(name, { state: 'Done' })) {
        if (!isExpired(row)) continue;
        store.remove(name, String(row.uuid));
        removed++;
      }
      return removed;
    },
    waitFor(uuid) {
      const row = store.get(name, uuid);
      if (!row || row.state === 'Done') return Promise.resolve();
      return new Promise<void>((resolve) => {
        waiters.set(uuid, [...(waiters.get(uuid) ?? []), resolve]);
      });
    },
    failInterrupted(error) {
      const left = store.find(name, { state: 'Processing' });
      for (const row of left) finish(String(row.uuid), { success: false, error });
      return left.length;
    },
  };
}
