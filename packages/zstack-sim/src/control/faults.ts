import { type ApiSpec, allApis } from '@zdash/zstack-api';
import { ApiError } from '../core/apiError.ts';
import type { SimRuntime } from '../core/runtime.ts';
import { ControlError } from './errors.ts';

/** A failure queued by `failNext`: a ZStack error code and, optionally, its details. */
export interface InjectedFailure {
  readonly code: string;
  readonly details?: string;
}

/** `SYS.1006`, `VM.1001`, `HOST.1002`…: a ZStack error code, never an HTTP status. */
export const errorCodePattern = /^[A-Z][A-Z0-9_]*\.\d+$/;

/**
 * The scenario's faults, shared by every run of the node (they survive a downtime or an
 * upgrade; `reset` clears them): failures queued per API, and latency per API or for all (`*`).
 */
export interface FaultBook {
  failNext(api: string, failure: InjectedFailure): void;
  /** The next queued failure of an API, removed from the queue. */
  takeFailure(api: string): InjectedFailure | undefined;
  /** 0 removes the latency. A per-API latency wins over `*`. */
  setLatency(api: string, ms: number): void;
  /** Simulated ms to add before the API runs. */
  latencyOf(api: string): number;
  clear(): void;
  /** Queued failures and latencies, for the control API's state. */
  snapshot(): { failNext: Record<string, InjectedFailure[]>; latency: Record<string, number> };
}

/** An empty fault book. */
export function createFaultBook(): FaultBook {
  const failures = new Map<string, InjectedFailure[]>();
  const latencies = new Map<string, number>();
  return {
    failNext(api, failure) {
      const name = checkedApi(api, 'failNext').name;
      if (!errorCodePattern.test(failure.code)) {
        throw new ControlError(400, `${failure.code} is not a ZStack error code (like SYS.1006)`);
      }
      failures.set(name, [...(failures.get(name) ?? []), failure]);
    },
    takeFailure(api) {
      const queue = failures.get(api);
      const next = queue?.shift();
      if (queue?.length === 0) failures.delete(api);
      return next;
    },
    setLatency(api, ms) {
      const name = api === '*' ? '*' : checkedApi(api, 'setLatency').name;
      if (!Number.isFinite(ms) || ms < 0) {
        throw new ControlError(400, `latency must be a number of ms >= 0, not ${ms}`);
      }
      if (ms === 0) latencies.delete(name);
      else latencies.set(name, ms);
    },
    latencyOf: (api) => latencies.get(api) ?? latencies.get('*') ?? 0,
    clear() {
      failures.clear();
      latencies.clear();
    },
    snapshot: () => ({
      failNext: Object.fromEntries([...failures].map(([api, list]) => [api, [...list]])),
      latency: Object.fromEntries(latencies),
    }),
  };
}

/** The catalogue entry of an API a fault can reach; throws ControlError 400 otherwise. */
export function checkedApi(name: string, verb: string): ApiSpec {
  const api = allApis().find((candidate) => candidate.name === name);
  if (!api) throw new ControlError(400, `${verb}: no ZStack API named ${name}`);
  return api;
}

/**
 * Puts the fault book in front of every API of a run of the node, queries included, through the
 * runtime's `beforeApi`: the latency first (an aborted job stops waiting), then the queued
 * failure, thrown as a handler would throw it, so a sync API answers 503 with the code and an
 * async API's job fails with it. Session and parameter checks ran before, as for a real failure
 * inside the node.
 */
export function installFaults(rt: SimRuntime, book: FaultBook): void {
  rt.beforeApi = async (api, signal) => {
    const latency = book.latencyOf(api.name);
    if (latency > 0) await rt.sim.clock.sleep(latency, signal);
    const failure = book.takeFailure(api.name);
    if (failure) {
      throw new ApiError(
        failure.code,
        failure.details ?? `failure of API[${api.fqn}] injected by the simulator`,
      );
    }
  };
}
