import { isAtLeast } from '@zdash/zstack-api';
import type { SimContext } from '../core/context.ts';
import { runtimeOf } from '../core/runtime.ts';
import { disconnectHost, reconnectHostNow } from '../gc/hostEvents.ts';
import { setConsoleAgentDown } from '../network/consoleProxies.ts';
import { ControlError } from './errors.ts';
import { checkedApi, type InjectedFailure } from './faults.ts';
import { seedCloud } from './seed.ts';
import type { Phase, Supervisor } from './supervisor.ts';

/** What `GET /sim/v1/state` and `control.state()` report. */
export interface ControlState {
  readonly phase: Phase;
  readonly zstackVersion: string;
  /** The node's REST base, `http://127.0.0.1:<port>/zstack`. */
  readonly url: string;
  readonly timeScale: number;
  /** Failures still queued, per API, in order. */
  readonly failNext: Record<string, InjectedFailure[]>;
  /** Simulated ms added per API (`*`: every API without its own). */
  readonly latency: Record<string, number>;
  readonly lastError?: string;
}

/**
 * The scenario verbs (house style §4), in-process; the control listener serves the same verbs.
 * Faults are ZStack error codes, never invented HTTP statuses. Verbs that restart the node
 * (`unavailable`, `upgrade`, `reset`) and `seed` run one after another; each promise settles
 * when the node answers normally again.
 */
export interface SimControl {
  /** The next call of the API fails with the code: a sync API answers 503, an async job fails. */
  failNext(api: string, failure: InjectedFailure): void;
  /**
   * Simulated ms (scaled by the time scale) added before the API runs; 0 removes it. `api` is an
   * API name or `*` (every API without its own); `setLatency(ms)` means `setLatency('*', ms)`.
   */
  setLatency(api: string, ms: number): void;
  setLatency(ms: number): void;
  setTimeScale(scale: number): void;
  /**
   * The node goes away for `seconds` (simulated): its port refuses connections for the first
   * half, then answers 503 SYS.1012 "starting" for the rest. It comes back as a restarted node:
   * jobs that were running fail with SYS.1012, sessions and resources remain.
   */
  unavailable(seconds: number): Promise<void>;
  /** Like `unavailable`, then the node emulates `version`: routes, fields and configs follow it. */
  upgrade(version: string, downtimeSeconds?: number): Promise<void>;
  /** A fresh node on the same port and version: only the admin account, no faults. */
  reset(): Promise<void>;
  /** Seeds `demo` or `scale:N` onto an empty cloud. */
  seed(name: string): Promise<void>;
  /**
   * Takes the console proxy agent down (`true`) or brings it back: down, the node reports it
   * Disconnected and console access and reconnects fail; back, it waits for a reconnect.
   */
  setConsoleAgentDown(down: boolean): void;
  /** The host's agent is lost: the host goes Disconnected and its VMs Unknown (capacity kept). */
  disconnectHost(hostUuid: string): void;
  /** The host's agent is back: Connected, VM states synced, host-connect hooks and GC jobs run. */
  reconnectHost(hostUuid: string): void;
  state(): ControlState;
  /** Resolves when the node next enters the phase (at once if it is in it). */
  whenPhase(phase: Phase): Promise<void>;
}

/** Longest downtime a verb accepts, in seconds: a scenario, not a way to hang a test run. */
export const maxDowntimeSeconds = 3600;

/** The verbs over a supervised node (`RunningSimulator.control`). */
export function createControl(sup: Supervisor): SimControl {
  const downtime = (seconds: number) => {
    if (!Number.isFinite(seconds) || seconds < 0 || seconds > maxDowntimeSeconds) {
      throw new ControlError(
        400,
        `downtime must be 0–${maxDowntimeSeconds} seconds, not ${seconds}`,
      );
    }
    const half = (seconds * 1000) / 2;
    return { refusedMs: half, startingMs: half };
  };
  const later = <T>(work: () => T): Promise<Awaited<T>> => {
    try {
      const result = work();
      return Promise.resolve(result) as Promise<Awaited<T>>;
    } catch (error) {
      return Promise.reject(error);
    }
  };

  const onHost = (hostUuid: string, change: (sim: SimContext, hostUuid: string) => void) => {
    if (sup.phase !== 'up') throw new ControlError(409, `the node is ${sup.phase}`);
    const { sim } = sup.current();
    if (!sim.store.get('Host', hostUuid)) throw new ControlError(404, `no host ${hostUuid}`);
    change(sim, hostUuid);
  };

  return {
    failNext(api, failure) {
      const spec = checkedApi(api, 'failNext');
      // While the node is down the failure is queued for the node that comes back.
      const node = sup.phase === 'down' || sup.phase === 'failed' ? undefined : sup.current();
      // Queries are answered by the query engine; anything else needs a handler to be reached.
      if (node && !spec.queryInventory && !runtimeOf(node.sim).handlers.has(api)) {
        throw new ControlError(501, `failNext: the simulator does not implement ${api}`);
      }
      sup.faults.failNext(api, failure);
    },
    setLatency(apiOrMs: string | number, ms?: number) {
      if (typeof apiOrMs === 'number') sup.faults.setLatency('*', apiOrMs);
      else sup.faults.setLatency(apiOrMs, ms ?? Number.NaN);
    },
    setTimeScale: (scale) => sup.setTimeScale(scale),
    unavailable: (seconds) =>
      later(() => {
        const window = downtime(seconds);
        return sup.serialize(() => sup.restart({ version: sup.version, fresh: false, ...window }));
      }),
    upgrade: (version, downtimeSeconds = 0) =>
      later(() => {
        if (!/^\d+(\.\d+){1,3}$/.test(version)) {
          throw new ControlError(400, `${version} is not a ZStack version (like 4.8.0)`);
        }
        const window = downtime(downtimeSeconds);
        // Checked when its turn comes: an upgrade queued before it may have raised the version.
        return sup.serialize(async () => {
          if (!isAtLeast(version, sup.version)) {
            throw new ControlError(
              400,
              `a ZStack node cannot be downgraded (${sup.version} → ${version})`,
            );
          }
          await sup.restart({ version, fresh: false, ...window });
        });
      }),
    reset: () =>
      sup.serialize(async () => {
        sup.faults.clear();
        await sup.restart({ version: sup.version, fresh: true, refusedMs: 0, startingMs: 0 });
      }),
    seed: (name) => sup.serialize(() => seedCloud(sup.current().sim, name)),
    setConsoleAgentDown(down) {
      if (sup.phase !== 'up') throw new ControlError(409, `the node is ${sup.phase}`);
      setConsoleAgentDown(sup.current().sim, down);
    },
    disconnectHost: (hostUuid) => onHost(hostUuid, disconnectHost),
    reconnectHost: (hostUuid) => onHost(hostUuid, reconnectHostNow),
    state() {
      const { failNext, latency } = sup.faults.snapshot();
      return {
        phase: sup.phase,
        zstackVersion: sup.version,
        url: sup.url,
        timeScale: sup.timeScale,
        failNext,
        latency,
        ...(sup.lastError ? { lastError: sup.lastError } : {}),
      };
    },
    whenPhase: (phase) => sup.whenPhase(phase),
  };
}
