import type { StoredSession } from '../db/sessionsRepo.ts';
import type { BffServices } from '../services.ts';
import type { JobRequest } from './jobService.ts';
import type { Job, JobOwner } from './jobTypes.ts';

/** What {@link runJob} needs of a procedure's context (an `authedProcedure` context has it). */
export interface JobContext {
  services: BffServices;
  session: StoredSession;
  /** Set by the audit middleware: the audit row will point to the job. */
  jobLink?: { id: string | null };
}

/** The job owner of a browser session. */
export function ownerOf(session: StoredSession): JobOwner {
  return {
    sessionIdHash: session.idHash,
    accountUuid: session.accountUuid,
    accountName: session.accountName,
    userUuid: session.loginKind === 'user' ? session.userUuid : null,
    userName: session.userName,
  };
}

/**
 * Runs one asynchronous ZStack call for the person of `ctx` through the job centre and returns
 * the job once it is sent (state `running`, or `failed` when the node refused it at once — then
 * the ZStackError is thrown, so the mutation fails with the node's code). Feature routers use it
 * for every async API (e.g. `vms.start`); the audit row of the mutation points to the job.
 *
 * @see ../../README.md#the-job-centre
 * @example
 * start: authedProcedure.meta({ api: 'StartVmInstance' }).input(uuidInput)
 *   .mutation(({ ctx, input }) => runJob(ctx, { api: 'StartVmInstance', params: { uuid: input.uuid } })),
 */
export async function runJob(ctx: JobContext, request: JobRequest): Promise<Job> {
  const { jobs } = ctx.services;
  const row = await jobs.create(ownerOf(ctx.session), request);
  if (ctx.jobLink) ctx.jobLink.id = request.parent?.id ?? row.id;
  return jobs.dispatch(row, request.params);
}

/**
 * Runs the same API over many items as one bulk action: every item's job is recorded at once
 * under a new parent id, then sent a few at a time in the background. Returns the parent id and
 * the job ids; `jobs.bulkStatus(parentId)` and `jobs.onChange` report each item.
 */
export async function runBulk(
  ctx: JobContext,
  api: string,
  items: { params: Record<string, unknown>; target?: string }[],
  parentId: string = crypto.randomUUID(),
): Promise<{ parentId: string; jobIds: string[] }> {
  const { jobs } = ctx.services;
  const owner = ownerOf(ctx.session);
  const parent = { id: parentId, kind: 'bulk' as const };
  const rows = [];
  for (const item of items) {
    rows.push(await jobs.create(owner, { api, params: item.params, target: item.target, parent }));
  }
  if (ctx.jobLink) ctx.jobLink.id = parentId;
  const queue = rows.map((row, i) => ({ row, params: items[i]?.params ?? {} }));
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      await jobs.dispatch(next.row, next.params).catch(() => {});
    }
  };
  // Eight sends at a time: the node's API thread pool is small; the rest wait as "sending".
  void Promise.all(Array.from({ length: Math.min(8, queue.length) }, worker));
  return { parentId, jobIds: rows.map((r) => r.id) };
}
