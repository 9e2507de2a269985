import { clientErrorCodes, ZStackError } from '@zdash/zstack-client';
import type { JobError, JobState } from './jobTypes.ts';

/** A ZStackError (or anything thrown) as stored: code, description, details, cause chain. */
export function toJobError(error: unknown, depth = 0): JobError {
  if (error instanceof ZStackError) {
    return {
      code: error.code,
      description: error.description,
      details: error.details ?? null,
      causes: depth < 8 ? error.causes.map((c) => toJobError(c, depth + 1)) : [],
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'ZDASH.INTERNAL', description: message.slice(0, 1000), details: null, causes: [] };
}

/**
 * What a failure while following means for the job. Only the node's own error code is `failed`;
 * a deadline is `stopped-waiting` (the job may still finish); an expired result is
 * `outcome-unknown`; an unreachable node or an odd status is retried (`null`).
 */
export function stateOfFollowError(error: unknown): JobState | 'aborted' | null {
  if (!(error instanceof ZStackError)) return null;
  switch (error.code) {
    case clientErrorCodes.JOB_EXPIRED:
      return 'outcome-unknown';
    case clientErrorCodes.TIMEOUT:
      return 'stopped-waiting';
    case clientErrorCodes.ABORTED:
      return 'aborted';
    case clientErrorCodes.CONNECTION:
    case clientErrorCodes.HTTP:
      return null;
    default:
      return error.isClientError ? null : 'failed';
  }
}

/** True for REST's 400 "Duplicate job uuid": the earlier send did arrive. */
export function isDuplicateJobUuid(error: unknown): boolean {
  if (!(error instanceof ZStackError) || error.status !== 400) return false;
  return /duplicate job uuid/i.test(`${error.description} ${error.details ?? ''}`);
}

/** True when a send failed before the node could have received it, or the answer was lost. */
export function sendOutcomeUnknown(error: unknown): boolean {
  if (!(error instanceof ZStackError)) return true;
  return (
    error.code === clientErrorCodes.CONNECTION ||
    error.code === clientErrorCodes.TIMEOUT ||
    error.code === clientErrorCodes.ABORTED
  );
}
