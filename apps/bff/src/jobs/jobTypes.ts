/**
 * The job centre's vocabulary: states, outcomes and the job as procedures return it.
 *
 * @see ./jobService.ts
 * @see ../../README.md#the-job-centre
 */

/** Every state of a job. Only `failed` means ZStack said the call failed. */
export const jobStates = [
  'sending',
  'running',
  'succeeded',
  'failed',
  'stopped-waiting',
  'outcome-unknown',
] as const;

/** One of {@link jobStates}. */
export type JobState = (typeof jobStates)[number];

/** States a replica keeps following (leases apply to them). */
export const activeStates: readonly JobState[] = ['sending', 'running'];

/** States nothing happens to any more (stopped-waiting can be resumed by a person). */
export const finalStates: readonly JobState[] = ['succeeded', 'failed', 'outcome-unknown'];

/** A ZStack error as stored: code, description, details and the cause chain. */
export interface JobError {
  code: string;
  description: string;
  details: string | null;
  causes: JobError[];
}

/** What the job ended with: the REST body, or the error; `note` explains a stopped or unknown job. */
export interface JobOutcome {
  result?: unknown;
  error?: JobError;
  note?: string;
}

/** Step progress from GetTaskProgress, where the node has it. */
export interface JobProgress {
  /** 0–100, when the node reports one. */
  percent: number | null;
  step: string | null;
  at: Date;
}

/** Who a job was run for. */
export interface JobOwner {
  sessionIdHash: string | null;
  accountUuid: string;
  accountName: string;
  userUuid: string | null;
  userName: string | null;
}

/** A job as stored and returned by the router. */
export interface Job {
  id: string;
  /** Who: never the browser session's hash, which stays in the store. */
  owner: Omit<JobOwner, 'sessionIdHash'>;
  /** `account` or `account/user`, as in the audit log. */
  actor: string;
  api: string;
  target: string | null;
  /** The parameters with secrets removed. */
  params: unknown;
  parentId: string | null;
  parentKind: 'bulk' | 'wizard' | null;
  transport: 'rest' | 'rpc';
  zstackJobUuid: string | null;
  apiTimeoutSec: number | null;
  startedAt: Date;
  deadlineAt: Date;
  state: JobState;
  outcome: JobOutcome | null;
  progress: JobProgress | null;
  finishedAt: Date | null;
  updatedAt: Date;
  /** Query keys of the web app to invalidate when the job ends (e.g. `['vms']`). */
  affects: string[];
}
