import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { newUuid } from '@zdash/zstack-api';
import type { JobRow } from '../db/schema.ts';
import { redactValue } from '../logging/redact.ts';
import type { JobRequest } from './jobService.ts';
import type { JobOwner } from './jobTypes.ts';

/** What {@link newJobRow} is built from. */
export interface NewJob {
  owner: JobOwner;
  request: JobRequest;
  api: string;
  transport: 'rest' | 'rpc';
  apiTimeoutSec: number | undefined;
  timeoutMs: number;
  now: number;
  /** REST with ZDASH_WEBHOOK_BASE_URL: the row gets a random webhook path secret. */
  webhook: boolean;
  lease: { owner: string; ms: number };
}

/**
 * A job's row in state "sending", before anything is sent: parameters with secrets removed (the
 * exact ones kept for a re-send only when they hold no secret), the X-Job-UUID chosen here (REST;
 * the RPC's node picks its own), the deadline and this replica's lease.
 *
 * @see ./jobService.ts
 */
export function newJobRow(job: NewJob): JobRow {
  const { owner, request, now } = job;
  const redacted = redactValue(request.params);
  const hasSecret = JSON.stringify(redacted) !== JSON.stringify(request.params);
  const target =
    request.target ?? (typeof request.params.uuid === 'string' ? request.params.uuid : null);
  return {
    id: randomUUID(),
    session_id_hash: owner.sessionIdHash,
    account_uuid: owner.accountUuid,
    account_name: owner.accountName,
    user_uuid: owner.userUuid,
    user_name: owner.userName,
    api: job.api,
    target,
    params: JSON.stringify(redacted ?? null),
    send_params: hasSecret ? null : JSON.stringify(request.params),
    parent_id: request.parent?.id ?? null,
    parent_kind: request.parent?.kind ?? null,
    transport: job.transport,
    zstack_job_uuid: job.transport === 'rest' ? newUuid() : null,
    location: null,
    webhook_secret: job.webhook ? randomBytes(32).toString('base64url') : null,
    api_timeout_sec: job.apiTimeoutSec ?? null,
    started_at: now,
    // The node's own timeout plus a minute: past it the node has given up too.
    deadline_at: now + job.timeoutMs + 60_000,
    state: 'sending',
    outcome: null,
    progress: null,
    finished_at: null,
    updated_at: now,
    lease_owner: job.lease.owner,
    lease_expires_at: now + job.lease.ms,
  };
}

/** Compares webhook secrets in constant time (a wrong length still costs one comparison). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  if (x.length !== y.length) {
    timingSafeEqual(x, x);
    return false;
  }
  return timingSafeEqual(x, y);
}
