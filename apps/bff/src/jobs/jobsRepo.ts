import type { Db } from '../db/database.ts';
import type { JobRow, JobsTable, NewJobRow } from '../db/schema.ts';
import { affectedKeys } from './affects.ts';
import type { Job, JobOutcome, JobProgress, JobState } from './jobTypes.ts';

/** Filters of {@link JobsRepo.list}. */
export interface JobFilter {
  accountUuid?: string;
  actor?: string;
  api?: string;
  state?: JobState;
  parentId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

const num = (v: number | string) => Number(v);
const date = (v: number | string | null) => (v === null ? null : new Date(Number(v)));

/** A row as the router returns it. */
export function jobFromRow(r: JobRow): Job {
  const progress = r.progress ? (JSON.parse(r.progress) as JobProgress & { at: number }) : null;
  return {
    id: r.id,
    owner: {
      accountUuid: r.account_uuid,
      accountName: r.account_name,
      userUuid: r.user_uuid,
      userName: r.user_name,
    },
    actor: r.user_name ? `${r.account_name}/${r.user_name}` : r.account_name,
    api: r.api,
    target: r.target,
    params: JSON.parse(r.params) as unknown,
    parentId: r.parent_id,
    parentKind: (r.parent_kind as Job['parentKind']) ?? null,
    transport: r.transport,
    zstackJobUuid: r.zstack_job_uuid,
    apiTimeoutSec: r.api_timeout_sec,
    startedAt: new Date(num(r.started_at)),
    deadlineAt: new Date(num(r.deadline_at)),
    state: r.state as JobState,
    outcome: r.outcome ? (JSON.parse(r.outcome) as JobOutcome) : null,
    progress: progress ? { ...progress, at: new Date(progress.at) } : null,
    finishedAt: date(r.finished_at),
    updatedAt: new Date(num(r.updated_at)),
    affects: affectedKeys(r.api),
  };
}

/** The `jobs` table. Lease updates are conditional so two replicas never both own a row. */
export function jobsRepo(db: Db) {
  function filtered(f: Omit<JobFilter, 'limit' | 'offset'>) {
    let q = db.selectFrom('jobs');
    if (f.accountUuid) q = q.where('account_uuid', '=', f.accountUuid);
    if (f.actor) {
      const [account, user] = f.actor.split('/');
      q = q.where('account_name', '=', account ?? '');
      q = user ? q.where('user_name', '=', user) : q;
    }
    if (f.api) q = q.where('api', '=', f.api);
    if (f.state) q = q.where('state', '=', f.state);
    if (f.parentId) q = q.where('parent_id', '=', f.parentId);
    if (f.from) q = q.where('started_at', '>=', f.from.getTime());
    if (f.to) q = q.where('started_at', '<=', f.to.getTime());
    return q;
  }
  return {
    async insert(row: NewJobRow): Promise<void> {
      await db.insertInto('jobs').values(row).execute();
    },
    async get(id: string): Promise<JobRow | undefined> {
      return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
    },
    /** Updates a row this replica owns (or any row when `owner` is null). True if it changed. */
    async update(id: string, owner: string | null, patch: Partial<JobsTable>): Promise<boolean> {
      let q = db.updateTable('jobs').set(patch).where('id', '=', id);
      if (owner !== null) q = q.where('lease_owner', '=', owner);
      const result = await q.executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    /** Active rows whose lease expired (or was never taken): candidates for {@link claim}. */
    async claimable(now: number, limit: number): Promise<JobRow[]> {
      return db
        .selectFrom('jobs')
        .selectAll()
        .where('state', 'in', ['sending', 'running'])
        .where((eb) =>
          eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<', now)]),
        )
        .orderBy('started_at')
        .limit(limit)
        .execute();
    },
    /** Active rows leased by `owner`: after a restart of that replica, still its own. */
    async ownActive(owner: string): Promise<JobRow[]> {
      return db
        .selectFrom('jobs')
        .selectAll()
        .where('state', 'in', ['sending', 'running'])
        .where('lease_owner', '=', owner)
        .execute();
    },
    /** Takes the lease of a row whose lease expired; false when another replica was faster. */
    async claim(row: JobRow, owner: string, now: number, leaseMs: number): Promise<boolean> {
      let q = db
        .updateTable('jobs')
        .set({ lease_owner: owner, lease_expires_at: now + leaseMs })
        .where('id', '=', row.id)
        .where('state', 'in', ['sending', 'running']);
      // Compare-and-set on the lease we saw: whoever changes it first wins.
      q =
        row.lease_expires_at === null
          ? q.where('lease_expires_at', 'is', null)
          : q.where('lease_expires_at', '=', row.lease_expires_at);
      const result = await q.executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    /** Extends the leases of the rows this replica follows; returns the ids still owned. */
    async renew(ids: string[], owner: string, until: number): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      await db
        .updateTable('jobs')
        .set({ lease_expires_at: until })
        .where('id', 'in', ids)
        .where('lease_owner', '=', owner)
        .where('state', 'in', ['sending', 'running'])
        .execute();
      const rows = await db
        .selectFrom('jobs')
        .select('id')
        .where('id', 'in', ids)
        .where('lease_owner', '=', owner)
        .execute();
      return new Set(rows.map((r) => r.id));
    },
    async list(f: JobFilter): Promise<{ items: Job[]; total: number }> {
      const [rows, count] = await Promise.all([
        filtered(f)
          .selectAll()
          .orderBy('started_at', 'desc')
          .orderBy('id', 'desc')
          .limit(f.limit)
          .offset(f.offset)
          .execute(),
        filtered(f)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(jobFromRow), total: Number(count.n) };
    },
    /** Counts by state of a bulk action's items. */
    async byParent(parentId: string): Promise<JobRow[]> {
      return db
        .selectFrom('jobs')
        .selectAll()
        .where('parent_id', '=', parentId)
        .orderBy('started_at')
        .orderBy('id')
        .execute();
    },
    async linkAudit(auditId: string, jobId: string): Promise<void> {
      await db.updateTable('audit_log').set({ job_id: jobId }).where('id', '=', auditId).execute();
    },
  };
}

/** The repository's type. */
export type JobsRepo = ReturnType<typeof jobsRepo>;
