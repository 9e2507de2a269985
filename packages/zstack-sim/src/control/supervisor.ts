import type { ServerResponse } from 'node:http';
import { defaultSimulatedVersion } from '@zdash/zstack-api';
import { ApiError } from '../core/apiError.ts';
import { runtimeOf } from '../core/runtime.ts';
import { sendJson } from '../http/respond.ts';
import type { RequestGate } from '../http/server.ts';
import type { NodeHandle, NodeOptions, SimulatorOptions } from '../index.ts';
import { ControlError } from './errors.ts';
import { createFaultBook, type FaultBook, installFaults } from './faults.ts';
import { createNodeDatabase } from './nodeDb.ts';

/**
 * `up`: answering; `down`: its port refuses connections; `starting`: listening, but every
 * request gets 503 SYS.1012; `failed`: a restart could not bring it back (see `lastError`).
 */
export type Phase = 'up' | 'down' | 'starting' | 'failed';

/** One restart of the node on the same port, as a node restart or upgrade does. */
export interface RestartPlan {
  readonly version: string;
  /** Simulated ms the port refuses connections. */
  readonly refusedMs: number;
  /** Simulated ms the node answers "starting" once listening again. */
  readonly startingMs: number;
  /** Start from an empty cloud instead of the current one. */
  readonly fresh: boolean;
}

/**
 * Runs the node and restarts it on demand; every run after the first boots on the same port,
 * the same database (unless fresh) and the same faults. Operations that restart or seed run one
 * at a time.
 */
export interface Supervisor {
  readonly faults: FaultBook;
  readonly phase: Phase;
  readonly lastError: string | undefined;
  readonly url: string;
  readonly version: string;
  readonly timeScale: number;
  /** The running node; throws ControlError 409 while it is down. */
  current(): NodeHandle;
  setTimeScale(scale: number): void;
  restart(plan: RestartPlan): Promise<void>;
  /** Runs after the restarts and seeds queued before it. */
  serialize<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves when the node next enters the phase, at once if it is in it. */
  whenPhase(phase: Phase): Promise<void>;
  close(): Promise<void>;
}

/** Boots one run of the node (index.ts's startNode). */
export type StartNode = (options: NodeOptions) => Promise<NodeHandle>;

/** Starts the first run of the node and returns its supervisor. */
export async function createSupervisor(
  options: SimulatorOptions,
  startNode: StartNode,
): Promise<Supervisor> {
  const faults = createFaultBook();
  const db = createNodeDatabase(options.db ?? ':memory:');
  let phase: Phase = 'up';
  let lastError: string | undefined;
  let gateClosed = false;
  let timeScale = options.timeScale ?? 1;
  let version = options.zstackVersion ?? defaultSimulatedVersion;
  const closing = new AbortController();
  const waiters = new Map<Phase, (() => void)[]>();
  const log = options.log ?? (() => undefined);

  const setPhase = (next: Phase) => {
    phase = next;
    log('controlPhase', { phase: next, zstackVersion: version });
    for (const wake of waiters.get(next) ?? []) wake();
    waiters.delete(next);
  };
  // Until a restarted node is up, its listener answers every request as a starting node does.
  const gate: RequestGate = (_req, res) => {
    if (!gateClosed) return false;
    answerStarting(res, node?.sim.managementNode.uuid ?? '');
    return true;
  };

  let node: NodeHandle | undefined = await startNode({ ...options, gate });
  installFaults(runtimeOf(node.sim), faults);
  const { url, port } = node;

  const pause = (simMs: number) =>
    new Promise<void>((resolve, reject) => {
      if (closing.signal.aborted) return reject(closing.signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(closing.signal.reason);
      };
      const timer = setTimeout(
        () => {
          closing.signal.removeEventListener('abort', onAbort);
          resolve();
        },
        Math.max(0, simMs * timeScale),
      );
      closing.signal.addEventListener('abort', onAbort, { once: true });
    });

  const restart = async (plan: RestartPlan) => {
    const old = node;
    // After a failed restart there is no node to stop: the next restart simply tries again.
    if (!old && phase !== 'failed') throw new ControlError(409, `the management node is ${phase}`);
    log('controlRestart', { from: version, to: plan.version, fresh: plan.fresh });
    gateClosed = true;
    node = undefined;
    setPhase('down');
    await old?.stop();
    await (plan.fresh ? db.discard(old) : db.carry(old));
    await pause(plan.refusedMs);
    try {
      node = await startNode({
        ...options,
        port,
        db: db.path,
        zstackVersion: plan.version,
        timeScale,
        seed: undefined,
        gate,
      });
    } catch (error) {
      lastError = String((error as Error)?.message ?? error);
      setPhase('failed');
      throw error;
    }
    version = plan.version;
    lastError = undefined;
    installFaults(runtimeOf(node.sim), faults);
    setPhase('starting');
    await pause(plan.startingMs);
    gateClosed = false;
    setPhase('up');
  };

  let queue: Promise<unknown> = Promise.resolve();
  const serialize = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    faults,
    get phase() {
      return phase;
    },
    get lastError() {
      return lastError;
    },
    url,
    get version() {
      return version;
    },
    get timeScale() {
      return timeScale;
    },
    current() {
      if (!node) throw new ControlError(409, `the management node is ${phase}`);
      return node;
    },
    setTimeScale(scale) {
      if (!Number.isFinite(scale) || scale < 0) {
        throw new ControlError(400, `the time scale must be a number >= 0, not ${scale}`);
      }
      timeScale = scale;
      node?.sim.clock.setTimeScale(scale);
    },
    restart,
    serialize,
    whenPhase(wanted) {
      if (phase === wanted) return Promise.resolve();
      return new Promise<void>((resolve) => {
        waiters.set(wanted, [...(waiters.get(wanted) ?? []), resolve]);
      });
    },
    async close() {
      closing.abort(new Error('the simulator is closing'));
      await queue;
      await node?.close();
      node = undefined;
      db.cleanUp();
    },
  };
}

/**
 * A node between listening and ready: 503 with SYS.1012 (MANAGEMENT_NODE_UNAVAILABLE_ERROR),
 * the code ZStack gives calls it cannot serve because of the node's state.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/errorcode/SysErrors.java
 */
function answerStarting(res: ServerResponse, nodeUuid: string): void {
  const error = new ApiError(
    'SYS.1012',
    `management node[uuid:${nodeUuid}] is starting, please retry later`,
  );
  sendJson(res, 503, { error: error.toErrorCode() });
}
