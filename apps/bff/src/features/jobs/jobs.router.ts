import { on } from 'node:events';
import {
  jobIdInput,
  jobsBulkInput,
  jobsBulkStatusInput,
  jobsListInput,
  jobsSubmitInput,
} from '@zdash/schemas';
import { isIdempotent } from '../../jobs/idempotent.ts';
import { jobFromRow } from '../../jobs/jobsRepo.ts';
import type { Job } from '../../jobs/jobTypes.ts';
import { runBulk, runJob } from '../../jobs/runJob.ts';
import { router, TRPCError } from '../../trpc/init.ts';
import { authedProcedure } from '../../trpc/procedures.ts';
import { canSee, jobDetail } from './jobView.ts';

async function visibleJob(
  ctx: {
    services: { jobs: { repo: { get(id: string): Promise<unknown> } } };
    session: { isAdmin: boolean; accountUuid: string };
  },
  id: string,
): Promise<Job> {
  const row = await ctx.services.jobs.repo.get(id);
  const job = row ? jobFromRow(row as never) : null;
  // Someone else's job is "not found", not "forbidden": ids are not to be probed.
  if (!job || !canSee(job, ctx.session))
    throw new TRPCError({ code: 'NOT_FOUND', message: 'No such job.' });
  return job;
}

/**
 * The job centre. Everyone sees their own account's jobs; admins see all.
 *
 * @see ../../../README.md#the-job-centre
 */
export const jobsRouter = router({
  list: authedProcedure.input(jobsListInput).query(({ ctx, input }) => {
    const { session } = ctx;
    return ctx.services.jobs.repo.list({
      ...(session.isAdmin ? {} : { accountUuid: session.accountUuid }),
      ...(input.user ? { actor: input.user } : {}),
      ...(input.api ? { api: input.api } : {}),
      ...(input.state ? { state: input.state } : {}),
      ...(input.parentId ? { parentId: input.parentId } : {}),
      ...(input.from ? { from: input.from } : {}),
      ...(input.to ? { to: input.to } : {}),
      limit: input.limit,
      offset: input.offset,
    });
  }),

  get: authedProcedure.input(jobIdInput).query(async ({ ctx, input }) => {
    const job = await visibleJob(ctx, input.id);
    return jobDetail(job, ctx.services.endpoint ?? '', ctx.services.now());
  }),

  submit: authedProcedure
    .input(jobsSubmitInput)
    .mutation(({ ctx, input }) =>
      runJob(ctx, { api: input.api, params: input.params, target: input.target ?? null }),
    ),

  bulk: authedProcedure
    .input(jobsBulkInput)
    .mutation(({ ctx, input }) => runBulk(ctx, input.api, input.items)),

  bulkStatus: authedProcedure.input(jobsBulkStatusInput).query(async ({ ctx, input }) => {
    const rows = await ctx.services.jobs.repo.byParent(input.parentId);
    const items = rows.map(jobFromRow).filter((job) => canSee(job, ctx.session));
    const counts: Record<string, number> = {};
    for (const job of items) counts[job.state] = (counts[job.state] ?? 0) + 1;
    const done = items.filter((j) => !['sending', 'running'].includes(j.state)).length;
    return {
      parentId: input.parentId,
      api: items[0]?.api ?? null,
      total: items.length,
      done,
      counts,
      items: items.map((j) => ({
        id: j.id,
        target: j.target,
        state: j.state,
        error: j.outcome?.error ?? null,
        finishedAt: j.finishedAt,
      })),
    };
  }),

  retry: authedProcedure.input(jobIdInput).mutation(async ({ ctx, input }) => {
    const job = await visibleJob(ctx, input.id);
    if (job.state !== 'failed' || !isIdempotent(job.api)) {
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: `Only a failed idempotent call can be retried (this is ${job.api}, ${job.state}).`,
      });
    }
    if (JSON.stringify(job.params).includes('"***"')) {
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: 'This call had secrets, which zdash does not keep: start it again from its page.',
      });
    }
    return runJob(ctx, {
      api: job.api,
      params: job.params as Record<string, unknown>,
      target: job.target,
      ...(job.parentId && job.parentKind
        ? { parent: { id: job.parentId, kind: job.parentKind } }
        : {}),
    });
  }),

  resume: authedProcedure.input(jobIdInput).mutation(async ({ ctx, input }) => {
    const job = await visibleJob(ctx, input.id);
    if (job.state !== 'stopped-waiting') {
      throw new TRPCError({ code: 'PRECONDITION_FAILED', message: `The job is ${job.state}.` });
    }
    return ctx.services.jobs.resumeWaiting(job.id);
  }),

  onChange: authedProcedure.meta({ background: true }).subscription(async function* ({
    ctx,
    signal,
  }) {
    const { session } = ctx;
    for await (const [job] of on(ctx.services.jobs.events, 'change', { signal })) {
      if (canSee(job as Job, session)) yield job as Job;
    }
  }),
});
