import type { ApiSpec } from '@zdash/zstack-api';
import type { Store } from '../store/types.ts';

/** The caller of an API, resolved from its session. */
export interface CallerSession {
  readonly uuid: string;
  readonly accountUuid: string;
  readonly userUuid: string;
  readonly accountType: 'SystemAdmin' | 'Normal';
}

/**
 * Simulated time. Every asynchronous operation takes real, observable time: `sleep(simMs)`
 * waits simMs × timeScale real milliseconds, so tests run with a small scale.
 */
export interface SimClock {
  now(): Date;
  sleep(simMs: number, signal?: AbortSignal): Promise<void>;
  readonly timeScale: number;
  setTimeScale(scale: number): void;
}

/** Read access to global configs (category/name → current value). */
export interface GlobalConfigs {
  get(category: string, name: string): string;
  getNumber(category: string, name: string): number;
}

/** What every handler can reach. */
export interface SimContext {
  readonly store: Store;
  readonly clock: SimClock;
  /** The emulated ZStack version, e.g. `4.8.0`. */
  readonly version: string;
  readonly configs: GlobalConfigs;
  /** The management node's uuid and IP (the console proxy agent shares the uuid). */
  readonly managementNode: { readonly uuid: string; readonly hostName: string };
}

/** One API call as a handler sees it: parameters already checked against the catalogue. */
export interface ApiCall<TParams = Record<string, unknown>> {
  readonly api: ApiSpec;
  /** Body fields and path variables (path wins), coerced to the catalogue's types. */
  readonly params: TParams;
  readonly systemTags: readonly string[];
  readonly userTags: readonly string[];
  /** `null` only for APIs that need no session. */
  readonly session: CallerSession | null;
  /** The message id: the client's X-Job-UUID, or one the node chose. */
  readonly jobUuid: string;
  readonly sim: SimContext;
  /** Aborted when the job's timeout passes or the node stops. */
  readonly signal: AbortSignal;
  /** Reports task progress (GetTaskProgress), 0–100. */
  progress(percent: number, detail?: string): void;
}

/**
 * A handler returns the REST reply body as ZStack maps it (`{inventory}`, `{}`, …) or throws ApiError.
 * Async APIs' handlers may await `sim.clock.sleep()` between state changes.
 */
// biome-ignore lint/suspicious/noExplicitAny: handlers are typed per API by their own modules
export type ApiHandler = (call: ApiCall<any>) => unknown | Promise<unknown>;

/** A section module's handlers, keyed by API name. */
export type HandlerTable = Readonly<Record<string, ApiHandler>>;

/** A simulator section module (see handlers/README.md). */
export interface SectionModule {
  readonly tables?: readonly import('../store/types.ts').TableSpec[];
  readonly handlers?: HandlerTable;
  /** Settles transitional resources after a restart, as a management-node restart does. */
  readonly reconcile?: (sim: SimContext) => void;
}
