import http from 'node:http';
import {
  type JobRef,
  parseEndpoint,
  type RequestEvent,
  RestTransport,
  RpcTransport,
  type Transport,
  type ZStackClient,
} from '@zdash/zstack-client';
import type { JobRow } from '../db/schema.ts';
import type { BffLogger } from '../logging/logger.ts';
import { type JobsRepo, jobFromRow } from './jobsRepo.ts';
import type { Job, JobOutcome, JobState } from './jobTypes.ts';
import { stateOfFollowError, toJobError } from './outcome.ts';
import { nextPollDelay, type PollSchedule } from './pollSchedule.ts';

/** APIs the simulator (and ZStack) report step progress for via GetTaskProgress. */
export const progressApis: readonly string[] = ['AddImage', 'CreateVmInstance', 'AddKVMHost'];

/** Transports used for single polls. */
export type PollerTransports = Record<'rest' | 'rpc', Transport>;

/** What {@link JobFollower} needs from the service. */
export interface FollowerOptions {
  endpoint: string;
  repo: JobsRepo;
  replicaId: string;
  now: () => number;
  schedule: PollSchedule;
  /** Webhook mode: wait for the callback, poll only to confirm it (and rarely, as a fallback). */
  webhook: boolean;
  clientForSession: (idHash: string) => Promise<ZStackClient | null>;
  log: BffLogger;
  onPoll?: (job: Job) => void;
  onRequest?: (event: RequestEvent) => void;
  finish: (row: JobRow, state: JobState, outcome: JobOutcome) => Promise<void>;
  changed: (id: string) => Promise<Job>;
}

interface Following {
  row: JobRow;
  abort: AbortController;
  wake: () => void;
}

/**
 * One loop per followed job: wait (back-off from {@link nextPollDelay}, or a webhook hint), look
 * at the job once, record the outcome. Polls go straight to the node's transports (no session is
 * needed to read a job), so a job outlives the browser session that started it.
 */
export class JobFollower {
  readonly #o: FollowerOptions;
  readonly #agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  #transports: PollerTransports | undefined;
  readonly #jobs = new Map<string, Following>();
  /** Callbacks that came before the job was followed here (a job faster than its own bookkeeping). */
  readonly #early = new Set<string>();

  constructor(options: FollowerOptions) {
    this.#o = options;
  }

  // Built on first use: services made for tests without a node never follow anything.
  get #wire(): PollerTransports {
    if (!this.#transports) {
      const endpoint = parseEndpoint(this.#o.endpoint);
      this.#transports = {
        rest: new RestTransport({ endpoint, agent: this.#agent, onRequest: this.#o.onRequest }),
        rpc: new RpcTransport({ endpoint, agent: this.#agent, onRequest: this.#o.onRequest }),
      };
    }
    return this.#transports;
  }

  ids(): string[] {
    return [...this.#jobs.keys()];
  }

  has(id: string): boolean {
    return this.#jobs.has(id);
  }

  /** Starts following a running job (once per replica). */
  follow(row: JobRow, options: { pollNow?: boolean } = {}): void {
    if (this.#jobs.has(row.id) || !row.zstack_job_uuid) return;
    const entry: Following = { row, abort: new AbortController(), wake: () => {} };
    this.#jobs.set(row.id, entry);
    const hinted = this.#early.delete(row.id);
    void this.#loop(entry, (options.pollNow ?? false) || hinted)
      .catch((e) => this.#o.log.error({ err: e, jobId: row.id }, 'job follow failed'))
      .finally(() => {
        if (this.#jobs.get(row.id) === entry) this.#jobs.delete(row.id);
      });
  }

  /** A webhook hint: look at the job now. */
  wake(row: JobRow): void {
    const entry = this.#jobs.get(row.id);
    if (!entry)
      this.#o.log.warn({ jobId: row.id }, 'webhook for a job this replica does not follow');
    entry?.wake();
  }

  /** Stops following one job (finished, or its lease went to another replica). */
  drop(id: string): void {
    this.#jobs.get(id)?.abort.abort();
    this.#jobs.delete(id);
  }

  /** Stops every loop; returns the ids that were followed. */
  stopAll(): string[] {
    const ids = this.ids();
    for (const id of ids) this.drop(id);
    return ids;
  }

  close(): void {
    this.#early.clear();
    this.#agent.destroy();
  }

  async #loop(entry: Following, pollNow: boolean): Promise<void> {
    const { row, abort } = entry;
    const transport = this.#wire[row.transport];
    const ref: JobRef = transport.jobRef(row.zstack_job_uuid ?? '', row.api);
    let first = pollNow;
    while (!abort.signal.aborted) {
      if (!first) await this.#wait(entry);
      first = false;
      if (abort.signal.aborted) return;
      if (this.#o.now() > Number(row.deadline_at)) {
        await this.#o.finish(row, 'stopped-waiting', {
          note: 'zdash stopped waiting at the deadline; the node may still finish the job. Resume to look again.',
        });
        return;
      }
      try {
        const outcome = await transport.poll(ref, {
          signal: abort.signal,
          deadline: Date.now() + 60_000,
        });
        this.#o.onPoll?.(jobFromRow(row));
        if (outcome.kind === 'done') {
          await this.#o.finish(row, 'succeeded', { result: outcome.body });
          return;
        }
        await this.#progress(row);
      } catch (error) {
        if (abort.signal.aborted) return;
        this.#o.onPoll?.(jobFromRow(row));
        const state = stateOfFollowError(error);
        if (state === 'aborted') return;
        if (state !== null) {
          await this.#o.finish(row, state, { error: toJobError(error) });
          return;
        }
        this.#o.log.warn({ err: error, jobId: row.id }, 'job poll failed; retrying');
      }
    }
  }

  #wait(entry: Following): Promise<void> {
    const elapsed = this.#o.now() - Number(entry.row.started_at);
    const delay = this.#o.webhook
      ? (this.#o.schedule.webhookFallbackMs ?? 900_000)
      : nextPollDelay(elapsed, this.#o.schedule);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        entry.abort.signal.removeEventListener('abort', done);
        entry.wake = () => {};
        resolve();
      };
      const timer = setTimeout(done, delay);
      entry.wake = done;
      entry.abort.signal.addEventListener('abort', done);
    });
  }

  async #progress(row: JobRow): Promise<void> {
    if (!progressApis.includes(row.api) || !row.session_id_hash || !row.zstack_job_uuid) return;
    try {
      const client = await this.#o.clientForSession(row.session_id_hash);
      if (!client || !(await client.capabilities()).flags.taskProgress) return;
      const { inventories } = await client.call('GetTaskProgress', { apiId: row.zstack_job_uuid });
      const last = inventories.at(-1);
      if (!last) return;
      const percent = Number(last.content);
      const progress = {
        percent: Number.isFinite(percent) ? percent : null,
        step: last.taskName ?? last.content ?? null,
        at: this.#o.now(),
      };
      await this.#o.repo.update(row.id, this.#o.replicaId, { progress: JSON.stringify(progress) });
      await this.#o.changed(row.id);
    } catch (error) {
      this.#o.log.debug({ err: error, jobId: row.id }, 'task progress unavailable');
    }
  }
}
