import { toCurl, toZStackCli } from '@zdash/zstack-cli';
import { isIdempotent } from '../../jobs/idempotent.ts';
import type { Job } from '../../jobs/jobTypes.ts';

/** `jobs.get`: the job, with its zstack-cli line, curl recipe and whether it can be retried. */
export interface JobDetail extends Job {
  zstackCli: string;
  curl: string;
  retryable: boolean;
  /** Finish (or now) minus start, ms. */
  durationMs: number;
}

/** Adds the copyable commands (never the live session, no secrets) to a job. */
export function jobDetail(job: Job, endpoint: string, now: number): JobDetail {
  const params = (job.params ?? {}) as Record<string, unknown>;
  let curl: string;
  try {
    curl = toCurl(job.api, params, {
      endpoint: endpoint || 'http://<management-node>:8080/zstack',
      accountName: job.owner.accountName,
      ...(job.owner.userName ? { userName: job.owner.userName } : {}),
    });
  } catch {
    curl = '';
  }
  return {
    ...job,
    zstackCli: toZStackCli(job.api, params),
    curl,
    retryable: job.state === 'failed' && isIdempotent(job.api),
    durationMs: (job.finishedAt?.getTime() ?? now) - job.startedAt.getTime(),
  };
}

/** Whether a session may see a job: admins all, others their own account's. */
export function canSee(job: Job, session: { isAdmin: boolean; accountUuid: string }): boolean {
  return session.isAdmin || job.owner.accountUuid === session.accountUuid;
}
