import type { ApiSpec } from '@zdash/zstack-api';
import type { AdjustableClock } from './clock.ts';
import type { ApiHandler, SimContext } from './context.ts';
import type { GlobalConfigService } from './globalConfigs.ts';
import type { JobService } from './jobs.ts';
import type { ProgressBook } from './progress.ts';
import type { SessionService } from './sessions.ts';

/** A structured log line (JSON to stderr from the CLI). Never carries session ids or passwords. */
export type SimLogger = (event: string, fields?: Record<string, unknown>) => void;

/**
 * The node's internals behind a SimContext: sessions, jobs, configs, progress and the handler
 * table. Handlers of the protocol sections (identity, global configs) reach it through
 * {@link runtimeOf}; resource handlers only need SimContext.
 */
export interface SimRuntime {
  readonly sim: SimContext;
  /** The same clock as `sim.clock`, with `advance` for tests. */
  readonly clock: AdjustableClock;
  readonly configs: GlobalConfigService;
  readonly sessions: SessionService;
  readonly jobs: JobService;
  readonly progress: ProgressBook;
  /** API name → handler, from every section. Tests may replace an entry to script a job. */
  readonly handlers: Map<string, ApiHandler>;
  readonly log: SimLogger;
  /** Aborted when the node stops: running jobs see their signal abort. */
  readonly stopping: AbortSignal;
  /** Background work (jobs, webhooks) still running, awaited on close. */
  readonly pending: Set<Promise<unknown>>;
  /**
   * Runs before every API (queries included) once its session and parameters passed; a throw
   * fails the API as its handler would. The control API's faults (latency, fail-next) live here.
   */
  beforeApi?: (api: ApiSpec, signal: AbortSignal) => Promise<void>;
  /** `http://127.0.0.1:<port>/zstack`, known once the server listens. */
  baseUrl: string;
}

const runtimes = new WeakMap<SimContext, SimRuntime>();

export function registerRuntime(runtime: SimRuntime): void {
  runtimes.set(runtime.sim, runtime);
}

/** The runtime behind a SimContext the simulator created. */
export function runtimeOf(sim: SimContext): SimRuntime {
  const runtime = runtimes.get(sim);
  if (!runtime) throw new Error('this SimContext was not created by startSimulator');
  return runtime;
}

/** Tracks a background promise until it settles. */
export function track(runtime: SimRuntime, work: Promise<unknown>): void {
  const settled = work.catch(() => undefined).finally(() => runtime.pending.delete(settled));
  runtime.pending.add(settled);
}
