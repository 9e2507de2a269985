import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { type ApiName, findApi } from '@zdash/zstack-api';
import {
  type CallOptions,
  type RequestEvent,
  type SubmittedJob,
  type ZStackClient,
  ZStackError,
} from '@zdash/zstack-client';
import type { Db } from '../db/database.ts';
import type { JobBus } from '../db/jobBus.ts';
import type { JobRow, JobsTable } from '../db/schema.ts';
import type { BffLogger } from '../logging/logger.ts';
import { type ApiTimeoutPolicy, apiTimeoutPolicy } from './apiTimeoutPolicy.ts';
import { JobFollower } from './jobFollower.ts';
import { type JobsRepo, jobFromRow, jobsRepo } from './jobsRepo.ts';
import type { Job, JobOutcome, JobOwner, JobState } from './jobTypes.ts';
import { newJobRow, sameSecret } from './newJobRow.ts';
import { isDuplicateJobUuid, sendOutcomeUnknown, toJobError } from './outcome.ts';
import { defaultPollSchedule, type PollSchedule } from './pollSchedule.ts';

/** How a job is sent: `client.submit`. A seam: tests replace it to "crash" around the send. */
export type SendStep = (
  client: ZStackClient,
  api: string,
  params: Record<string, unknown>,
  options: CallOptions,
) => Promise<SubmittedJob>;

const defaultSend: SendStep = (client, api, params, options) =>
  client.submit(api as ApiName, params as never, options);

/** What a caller asks the job service to run. */
export interface JobRequest {
  api: string;
  params: Record<string, unknown>;
  /** The resource the call is about (for lists and the audit log); default `params.uuid`. */
  target?: string | null;
  parent?: { id: string; kind: 'bulk' | 'wizard' };
}

/** Options of {@link JobService}. */
export interface JobServiceOptions {
  db: Db;
  /** The root client (GetVersion, transports); polls do not need a session. */
  zstack: ZStackClient;
  /** The node, with its context path: polls go straight to its transports. */
  endpoint: string;
  /** The ZStack client of a live browser session, or null once it ended. */
  clientForSession: (idHash: string) => Promise<ZStackClient | null>;
  log: BffLogger;
  now?: () => number;
  /** This replica; default a random id. */
  replicaId?: string;
  /** Lease length, ms (default 30 s; renewed every third of it while following). */
  leaseMs?: number;
  /** `ZDASH_WEBHOOK_BASE_URL`: ZStack calls back `<base>/hooks/jobs/<id>/<secret>`. */
  webhookBaseUrl?: string;
  poll?: PollSchedule;
  send?: SendStep;
  /** Called after each poll of a job (tests, bench). */
  onPoll?: (job: Job) => void;
  /** Every HTTP exchange of the polls (metrics: `zdash_upstream_*{kind="poll"}`). */
  onRequest?: (event: RequestEvent) => void;
  policy?: ApiTimeoutPolicy;
  /** PostgreSQL: changes and webhook hints to and from the other replicas. */
  bus?: JobBus;
}

/**
 * The job centre: every asynchronous ZStack call made for a person goes through here. A job is
 * recorded as "sending" before anything is sent (with the X-Job-UUID chosen here), then followed
 * by polls with back-off (or woken by the webhook and confirmed by one poll); its row carries an
 * owner lease so several replicas never follow one job twice, and a restarted replica resumes
 * every unfinished row whose lease expired.
 *
 * @see ../../README.md#the-job-centre
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java
 */
export class JobService {
  readonly repo: JobsRepo;
  readonly policy: ApiTimeoutPolicy;
  readonly replicaId: string;
  readonly leaseMs: number;
  readonly events = new EventEmitter<{ change: [Job] }>();
  readonly #o: JobServiceOptions;
  readonly #follower: JobFollower;
  #timer: NodeJS.Timeout | undefined;
  #sweeping = false;

  constructor(options: JobServiceOptions) {
    this.#o = options;
    this.repo = jobsRepo(options.db);
    this.policy = options.policy ?? apiTimeoutPolicy(options.db);
    this.replicaId = options.replicaId ?? randomUUID();
    this.leaseMs = options.leaseMs ?? 30_000;
    this.events.setMaxListeners(0);
    this.#follower = new JobFollower({
      endpoint: options.endpoint,
      repo: this.repo,
      replicaId: this.replicaId,
      now: () => this.now(),
      schedule: options.poll ?? defaultPollSchedule,
      webhook: options.webhookBaseUrl !== undefined,
      clientForSession: options.clientForSession,
      log: options.log,
      onPoll: options.onPoll,
      onRequest: options.onRequest,
      finish: (row, state, outcome) => this.#finish(row, state, outcome),
      changed: (id) => this.#emit(id),
    });
    options.bus?.subscribe((signal, id) => {
      if (signal === 'change') {
        void this.get(id).then(
          (job) => this.events.emit('change', job),
          () => {},
        );
        return;
      }
      void this.repo.get(id).then((row) => {
        if (row) this.#follower.wake(row);
      });
    });
  }

  now(): number {
    return (this.#o.now ?? Date.now)();
  }

  /**
   * Starts the lease renewal and the sweep that resumes unfinished jobs (at once, then
   * periodically). Rows still leased by this replica id are its own from before a restart: they
   * are resumed at once, without waiting for the lease to expire.
   */
  start(): void {
    if (this.#timer) return;
    const tick = () => void this.sweep().catch((e) => this.#o.log.error({ err: e }, 'job sweep'));
    this.#timer = setInterval(tick, Math.max(50, this.leaseMs / 3));
    this.#timer.unref();
    void this.#resumeOwn()
      .catch((e) => this.#o.log.error({ err: e }, 'job resume'))
      .finally(tick);
  }

  async #resumeOwn(): Promise<void> {
    const now = this.now();
    for (const row of await this.repo.ownActive(this.replicaId)) {
      if (this.#follower.has(row.id)) continue;
      await this.repo.update(row.id, this.replicaId, { lease_expires_at: now + this.leaseMs });
      this.#o.log.info({ jobId: row.id, state: row.state }, 'resuming job after restart');
      void this.#resume(row).catch((e) =>
        this.#o.log.error({ err: e, jobId: row.id }, 'job resume'),
      );
    }
  }

  /** Stops following (the rows keep their leases, as after a crash, unless `release`). */
  async stop(options: { release?: boolean } = {}): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    const ids = this.#follower.stopAll();
    if (options.release && ids.length > 0) {
      await this.#o.db
        .updateTable('jobs')
        .set({ lease_expires_at: 0 })
        .where('id', 'in', ids)
        .where('lease_owner', '=', this.replicaId)
        .execute();
    }
    this.#follower.close();
  }

  /** Renews this replica's leases, drops jobs it lost, and claims rows whose lease expired. */
  async sweep(): Promise<void> {
    if (this.#sweeping) return;
    this.#sweeping = true;
    try {
      const now = this.now();
      const mine = this.#follower.ids();
      const kept = await this.repo.renew(mine, this.replicaId, now + this.leaseMs);
      for (const id of mine) if (!kept.has(id)) this.#follower.drop(id);
      for (const row of await this.repo.claimable(now, 500)) {
        if (this.#follower.has(row.id)) continue;
        if (!(await this.repo.claim(row, this.replicaId, now, this.leaseMs))) continue;
        void this.#resume({ ...row, lease_owner: this.replicaId }).catch((e) =>
          this.#o.log.error({ err: e, jobId: row.id }, 'job resume failed'),
        );
      }
    } finally {
      this.#sweeping = false;
    }
  }

  /** Records a job as "sending" (leased by this replica) without sending it yet. */
  async create(owner: JobOwner, request: JobRequest): Promise<JobRow> {
    const api = findApi(request.api);
    if (!api?.async) {
      throw new ZStackError({
        code: 'ZDASH.INVALID_ARGUMENT',
        description: `${request.api} is not an asynchronous API of the catalogue`,
        api: request.api,
      });
    }
    const client = owner.sessionIdHash ? await this.#o.clientForSession(owner.sessionIdHash) : null;
    const transport = await (client ?? this.#o.zstack).transportFor(api.name as ApiName);
    const { apiTimeoutSec, timeoutMs } = await this.policy.forJob(api.name);
    const row = newJobRow({
      owner,
      request,
      api: api.name,
      transport,
      apiTimeoutSec,
      timeoutMs,
      now: this.now(),
      webhook: this.#o.webhookBaseUrl !== undefined && transport === 'rest',
      lease: { owner: this.replicaId, ms: this.leaseMs },
    });
    await this.repo.insert(row);
    this.#emitRow(row);
    return row;
  }

  /**
   * Sends a recorded job and starts following it. Returns the job after the send; a refusal by
   * the node (validation, permission) is recorded as failed and thrown.
   */
  async dispatch(row: JobRow, params: Record<string, unknown>): Promise<Job> {
    const client = row.session_id_hash ? await this.#o.clientForSession(row.session_id_hash) : null;
    if (!client) {
      await this.#finish(row, 'failed', {
        error: toJobError(
          new ZStackError({ code: 'ID.1001', description: 'the session ended before sending' }),
        ),
      });
      return this.get(row.id);
    }
    try {
      const sent = await (this.#o.send ?? defaultSend)(client, row.api, params, {
        ...(row.transport === 'rest' && row.zstack_job_uuid
          ? { jobUuid: row.zstack_job_uuid }
          : {}),
        ...(row.api_timeout_sec !== null ? { apiTimeoutSec: row.api_timeout_sec } : {}),
        ...(row.webhook_secret ? { webHook: this.webhookUrl(row) } : {}),
      });
      return await this.#accepted(row, sent);
    } catch (error) {
      if (row.transport === 'rest' && isDuplicateJobUuid(error)) {
        return this.#accepted(row, null);
      }
      if (sendOutcomeUnknown(error)) {
        if (row.transport === 'rpc') {
          await this.#finish(row, 'outcome-unknown', {
            error: toJobError(error),
            note: 'The answer to the send was lost. Over the legacy RPC the node picks the job uuid, so the job cannot be found again: check the resource.',
          });
        } else {
          this.#o.log.warn(
            { err: error, jobId: row.id },
            'the answer to a send was lost; re-sending',
          );
          // Unknown whether it arrived: let the sweep send it again with the same X-Job-UUID.
          await this.repo.update(row.id, this.replicaId, { lease_expires_at: 0 });
        }
        return this.get(row.id);
      }
      await this.#finish(row, 'failed', { error: toJobError(error) });
      throw error;
    }
  }

  /** Creates and sends one job. */
  async run(owner: JobOwner, request: JobRequest): Promise<Job> {
    const row = await this.create(owner, request);
    return this.dispatch(row, request.params);
  }

  /** A job by id (throws when missing). */
  async get(id: string): Promise<Job> {
    const row = await this.repo.get(id);
    if (!row) throw new Error(`no job ${id}`);
    return jobFromRow(row);
  }

  /** Follows a stopped-waiting job again, with a new deadline. */
  async resumeWaiting(id: string): Promise<Job> {
    const row = await this.repo.get(id);
    if (row?.state !== 'stopped-waiting') return this.get(id);
    const now = this.now();
    const { timeoutMs } = await this.policy.forJob(row.api);
    const patch: Partial<JobsTable> = {
      state: 'running',
      deadline_at: now + timeoutMs,
      updated_at: now,
      lease_owner: this.replicaId,
      lease_expires_at: now + this.leaseMs,
    };
    await this.repo.update(id, null, patch);
    this.#follower.follow({ ...row, ...patch } as JobRow);
    return this.#emit(id);
  }

  /** The webhook URL of a job: the random path segment is its secret. */
  webhookUrl(row: Pick<JobRow, 'id' | 'webhook_secret'>): string {
    const base = (this.#o.webhookBaseUrl ?? '').replace(/\/+$/, '');
    return `${base}/hooks/jobs/${row.id}/${row.webhook_secret}`;
  }

  /**
   * A webhook call: true when the id and secret match (constant time) — then the job is looked at
   * once (the callback's body is never trusted). False: the caller answers 404, nothing changes.
   */
  async hint(id: string, secret: string): Promise<boolean> {
    const row = await this.repo.get(id);
    if (!row?.webhook_secret || !sameSecret(row.webhook_secret, secret)) return false;
    if (this.#follower.has(row.id) || row.lease_owner === this.replicaId || !this.#o.bus) {
      this.#follower.wake(row);
    } else {
      // Another replica follows it: pass the hint on.
      await this.#o.bus.publish('hint', row.id).catch(() => {});
    }
    return true;
  }

  async #resume(row: JobRow): Promise<void> {
    if (row.state === 'running') {
      this.#follower.follow(row, { pollNow: true });
      return;
    }
    // "sending": it may or may not have reached the node.
    if (row.transport === 'rpc') {
      await this.#finish(row, 'outcome-unknown', {
        note: 'The BFF stopped between sending and the node’s answer. Over the legacy RPC the node picks the job uuid, so the job cannot be found again: check the resource.',
      });
      return;
    }
    if (row.send_params === null) {
      // Not kept (it held a secret): look for the job; a 404 leaves the outcome unknown.
      await this.#accepted(row, null);
      return;
    }
    await this.dispatch(row, JSON.parse(row.send_params) as Record<string, unknown>).catch(
      () => {},
    );
  }

  async #accepted(row: JobRow, sent: SubmittedJob | null): Promise<Job> {
    const now = this.now();
    const patch: Partial<JobsTable> = {
      state: 'running',
      send_params: null,
      updated_at: now,
      ...(sent
        ? { zstack_job_uuid: sent.jobUuid, location: sent.location, transport: sent.transport }
        : {}),
    };
    await this.repo.update(row.id, this.replicaId, patch);
    this.#follower.follow({ ...row, ...patch } as JobRow, { pollNow: sent === null });
    return this.#emit(row.id);
  }

  async #finish(row: JobRow, state: JobState, outcome: JobOutcome): Promise<void> {
    const now = this.now();
    const changed = await this.repo.update(row.id, this.replicaId, {
      state,
      outcome: JSON.stringify(outcome),
      finished_at: state === 'stopped-waiting' ? null : now,
      send_params: null,
      updated_at: now,
      lease_expires_at: null,
    });
    this.#follower.drop(row.id);
    if (changed) await this.#emit(row.id);
  }

  async #emit(id: string): Promise<Job> {
    const job = await this.get(id);
    this.events.emit('change', job);
    this.#publish(id);
    return job;
  }

  #emitRow(row: JobRow): void {
    this.events.emit('change', jobFromRow(row));
    this.#publish(row.id);
  }

  #publish(id: string): void {
    this.#o.bus
      ?.publish('change', id)
      .catch((e) => this.#o.log.warn({ err: e, jobId: id }, 'job bus publish failed'));
  }
}
