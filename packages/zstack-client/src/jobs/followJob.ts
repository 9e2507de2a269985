import { clientErrorCodes, ZStackError } from '../errors.ts';
import type { JobRef, Transport } from '../transport.ts';
import { type BackoffPolicy, backoffDelay, waitFor } from './backoff.ts';

/** How to follow one job. */
export interface FollowContext {
  readonly backoff: BackoffPolicy;
  readonly signal?: AbortSignal;
  /** Epoch ms; past it the client gives up with `ZDASH.TIMEOUT` (the job may still finish). */
  readonly deadline: number;
}

/**
 * Polls a job until it finishes: returns the success body, throws the job's ZStackError on
 * failure, `ZDASH.JOB_EXPIRED` on 404, `ZDASH.TIMEOUT` at the deadline and `ZDASH.ABORTED` on
 * abort. Every error names the job, so the job centre can resume with `followJob(jobUuid)`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/ZSClient.java (pollResult)
 */
export async function followJob(
  transport: Transport,
  job: JobRef,
  context: FollowContext,
): Promise<unknown> {
  const tag = { api: job.api, jobUuid: job.jobUuid };
  try {
    for (let attempt = 0; ; attempt++) {
      const outcome = await transport.poll(job, context);
      if (outcome.kind === 'done') return outcome.body;
      const left = context.deadline - Date.now();
      if (left <= 0) throw timeout(job);
      await waitFor(Math.min(backoffDelay(context.backoff, attempt), left), context.signal);
      if (context.deadline - Date.now() <= 0) throw timeout(job);
    }
  } catch (error) {
    throw error instanceof ZStackError ? error.withContext(tag) : error;
  }
}

function timeout(job: JobRef): ZStackError {
  return new ZStackError({
    code: clientErrorCodes.TIMEOUT,
    description: `the deadline passed while job ${job.jobUuid} was still running; follow it again to learn the outcome`,
    api: job.api,
    jobUuid: job.jobUuid,
    method: 'GET',
    url: job.location,
  });
}
