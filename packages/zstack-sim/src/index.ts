import type { AddressInfo } from 'node:net';
import { defaultSimulatedVersion } from '@zdash/zstack-api';
import { type ConsoleProxy, startConsoleProxy } from './console/consoleProxy.ts';
import type { SimControl } from './control/control.ts';
import { superviseSimulator } from './control/running.ts';
import { ApiError } from './core/apiError.ts';
import { ensureAdminAccount, joinManagementNode } from './core/boot.ts';
import { createClock } from './core/clock.ts';
import type { ApiHandler, SimContext } from './core/context.ts';
import { createGlobalConfigs } from './core/globalConfigs.ts';
import { apiJobTable, createJobs } from './core/jobs.ts';
import { createProgressBook } from './core/progress.ts';
import { registerRuntime, type SimLogger, type SimRuntime } from './core/runtime.ts';
import { createSessions } from './core/sessions.ts';
import { sections } from './handlers/index.ts';
import { managementNodeTable } from './handlers/managementNodes.ts';
import { createHttpServer, type RequestGate } from './http/server.ts';
import { onSessionLoggedOut, setConsoleProxyPort } from './network/consoleProxies.ts';
import { createStore } from './store/index.ts';
import type { Store } from './store/types.ts';

export type { ControlState, SimControl } from './control/control.ts';
export { ControlError } from './control/errors.ts';
export { sha512Hex } from './core/boot.ts';
export type { SimContext } from './core/context.ts';
export { adminAccountUuid } from './core/identityTables.ts';
export { runtimeOf, type SimRuntime } from './core/runtime.ts';

/**
 * The embedded ZStack management-node simulator.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java
 */
export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** SQLite file, or `:memory:` (default). */
  db?: string;
  /** `demo` or `scale:N`; applied only to a database without zones. */
  seed?: string;
  /**
   * `strict` (default): a seed on a database that already has zones throws.
   * `ifEmpty`: it is skipped instead (what the CLI does on every restart).
   */
  seedPolicy?: 'strict' | 'ifEmpty';
  /** Real ms per simulated ms (default 1; tests use 0.001–0.01). */
  timeScale?: number;
  /** The emulated ZStack version (default 4.8.0). */
  zstackVersion?: string;
  /** Structured log lines; silent by default. */
  log?: SimLogger;
  /**
   * Serves the control API (`/sim/v1/…`) on its own 127.0.0.1 listener behind a bearer token.
   * Off by default; the in-process `control` verbs work either way.
   */
  control?: boolean;
  /** Port of the control listener; 0 (default) picks a free one. */
  controlPort?: number;
  /**
   * Port of the console proxy (websockify + a VNC server per VM, on `host`); 0 (default) picks
   * a free one. ZStack's is 4900 (the CLI's default). RequestConsoleAccess hands out this port.
   */
  consolePort?: number;
}

export interface RunningSimulator {
  /** `http://127.0.0.1:<port>/zstack` */
  readonly url: string;
  readonly port: number;
  /** The running node's context: a new one after a restart by `control` (downtime, upgrade, reset). */
  readonly sim: SimContext;
  /** Whether the seed ran on this start. */
  readonly seeded: boolean;
  /** The scenario verbs (fail-next, latency, downtime, upgrade, reset, seed). */
  readonly control: SimControl;
  /** `http://127.0.0.1:<port>/sim/v1`, with the `control` option only. */
  readonly controlUrl?: string;
  /** The bearer token of the control listener, with the `control` option only. */
  readonly controlToken?: string;
  /** `ws://127.0.0.1:<consolePort>/websockify`; add `?token=<RequestConsoleAccess token>`. */
  readonly consoleUrl: string;
  /** The console proxy's port (stable across restarts, like the agent's websockify). */
  readonly consolePort: number;
  close(): Promise<void>;
}

/** What one run of the node takes besides the public options (the control API's hooks). */
export interface NodeOptions extends SimulatorOptions {
  /** Answers requests before the node (the control API's starting window). */
  gate?: RequestGate;
}

/** One run of the node, from boot to stop; the control API restarts it on the same port. */
export interface NodeHandle {
  readonly url: string;
  readonly port: number;
  readonly sim: SimContext;
  readonly seeded: boolean;
  /** Stops listening and lets running jobs notice; the store stays open. */
  stop(): Promise<void>;
  /** stop(), then closes the store. */
  close(): Promise<void>;
}

/** The error message when a seed is asked for on a database that has a cloud already. */
export const nonEmptySeedError = 'refusing to seed a non-empty database';

/** How long close() waits for running jobs to notice the node stopping. */
const closeGraceMs = 2000;

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  // The console proxy is bound first so every run of the node tells RequestConsoleAccess its
  // real port; it outlives node restarts (refusing connections while the node is down), as the
  // agent's websockify outlives a management-node restart.
  let running: Omit<RunningSimulator, 'consoleUrl' | 'consolePort'> | undefined;
  const consoles = await startConsoleProxy({
    port: options.consolePort ?? 0,
    host: options.host ?? '127.0.0.1',
    currentSim: () => {
      try {
        return running?.sim;
      } catch {
        return undefined;
      }
    },
    log: options.log ?? (() => undefined),
  });
  try {
    running = await superviseSimulator({ ...options, consolePort: consoles.port }, startNode);
  } catch (error) {
    await consoles.close();
    throw error;
  }
  return withConsoles(running, consoles, options.host ?? '127.0.0.1');
}

function withConsoles(
  running: Omit<RunningSimulator, 'consoleUrl' | 'consolePort'>,
  consoles: ConsoleProxy,
  host: string,
): RunningSimulator {
  let closing: Promise<void> | undefined;
  return {
    url: running.url,
    port: running.port,
    seeded: running.seeded,
    get sim() {
      return running.sim;
    },
    control: running.control,
    ...(running.controlUrl
      ? { controlUrl: running.controlUrl, controlToken: running.controlToken }
      : {}),
    consoleUrl: `ws://${urlHost(host)}:${consoles.port}/websockify`,
    consolePort: consoles.port,
    close() {
      closing ??= consoles.close().then(() => running.close());
      return closing;
    },
  };
}

/** Boots one run of the node on `options.db` and listens. */
async function startNode(options: NodeOptions): Promise<NodeHandle> {
  const version = options.zstackVersion ?? defaultSimulatedVersion;
  if (!/^\d+(\.\d+){0,3}$/.test(version)) throw new Error(`bad ZStack version ${version}`);
  const host = options.host ?? '127.0.0.1';
  const log: SimLogger = options.log ?? (() => undefined);
  const store = createStore(options.db ?? ':memory:', { version });
  try {
    return await boot(store, version, host, log, options);
  } catch (error) {
    store.close();
    throw error;
  }
}

async function boot(
  store: Store,
  version: string,
  host: string,
  log: SimLogger,
  options: NodeOptions,
): Promise<NodeHandle> {
  for (const section of sections) for (const table of section.tables ?? []) store.define(table);
  store.define(apiJobTable);

  const clock = createClock(options.timeScale ?? 1);
  const now = clock.now().getTime();
  const configs = createGlobalConfigs(store, version);
  const fresh = ensureAdminAccount(store, now);
  const managementNode = joinManagementNode(store, managementNodeTable.name, '127.0.0.1', now);
  const sim: SimContext = { store, clock, version, configs, managementNode };

  const stopper = new AbortController();
  const runtime: SimRuntime = {
    sim,
    clock,
    configs,
    sessions: createSessions({
      store,
      clock,
      configs,
      version,
      onEnd: (uuid) => onSessionLoggedOut(sim, uuid),
    }),
    jobs: createJobs(store, clock, configs),
    progress: createProgressBook(() => clock.now().getTime()),
    handlers: collectHandlers(log),
    log,
    stopping: stopper.signal,
    pending: new Set(),
    baseUrl: '',
  };
  registerRuntime(runtime);

  if (!fresh) {
    const failed = runtime.jobs.failInterrupted(
      new ApiError(
        'SYS.1012',
        `the management node[uuid:${managementNode.uuid}] restarted while the job was running`,
      ).toErrorCode(),
    );
    if (failed) log('jobsInterrupted', { count: failed });
  }
  // Sections' reconcile is idempotent and also creates what every node has (network-service
  // providers, the console proxy agent), so it runs on a fresh database too.
  for (const section of sections) section.reconcile?.(sim);
  if (options.consolePort !== undefined) setConsoleProxyPort(sim, options.consolePort);

  const seeded = options.seed
    ? await seed(sim, options.seed, options.seedPolicy ?? 'strict', log)
    : false;

  const server = createHttpServer(runtime, options.gate);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${urlHost(host)}:${port}/zstack`;
  runtime.baseUrl = url;
  const timers = startHousekeeping(runtime);
  log('listening', { url, port, zstackVersion: version });

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      for (const timer of timers) clearInterval(timer);
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      stopper.abort(new ApiError('SYS.1012', 'the management node is stopping'));
      await Promise.race([
        Promise.allSettled([...runtime.pending]),
        new Promise((resolve) => setTimeout(resolve, closeGraceMs).unref()),
      ]);
      await stopped;
    })();
    return stopping;
  };
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= stop().then(() => store.close());
    return closing;
  };
  return { url, port, sim, seeded, stop, close };
}

function collectHandlers(log: SimLogger): Map<string, ApiHandler> {
  const out = new Map<string, ApiHandler>();
  for (const section of sections) {
    for (const [name, handler] of Object.entries(section.handlers ?? {})) {
      if (out.has(name)) log('duplicateHandler', { api: name });
      else out.set(name, handler);
    }
  }
  return out;
}

/** Host part of the node's own URLs: a wildcard bind is reached over loopback. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

async function seed(
  sim: SimContext,
  name: string,
  policy: 'strict' | 'ifEmpty',
  log: SimLogger,
): Promise<boolean> {
  if (zoneCount(sim.store) > 0) {
    if (policy === 'ifEmpty') {
      log('seedSkipped', { seed: name, reason: 'the database already has zones' });
      return false;
    }
    throw new Error(nonEmptySeedError);
  }
  // The seeds module belongs to the resource sections; a build without it starts unseeded.
  const specifier = './seeds/index.ts';
  let mod: { applySeed?: (sim: SimContext, seed: string) => unknown };
  try {
    mod = await import(specifier);
  } catch (error) {
    log('seedUnavailable', { seed: name, error: String(error) });
    return false;
  }
  if (typeof mod.applySeed !== 'function') {
    log('seedUnavailable', { seed: name, error: 'seeds/index.ts has no applySeed' });
    return false;
  }
  await mod.applySeed(sim, name);
  return true;
}

function zoneCount(store: Store): number {
  try {
    return store.count('Zone');
  } catch {
    return 0;
  }
}

/** Periodic work of a real node: expired API results and sessions go, the heartbeat advances. */
function startHousekeeping(rt: SimRuntime): NodeJS.Timeout[] {
  const { clock, store, managementNode } = rt.sim;
  const every = (simMs: number, work: () => void) => {
    const timer = setInterval(
      () => {
        try {
          work();
        } catch (error) {
          rt.log('housekeepingFailed', { error: String(error) });
        }
      },
      Math.max(1000, simMs * clock.timeScale),
    );
    timer.unref();
    return timer;
  };
  return [
    every(rt.configs.getNumber('rest', 'expiredApi.scanInterval') * 1000, () =>
      rt.jobs.purgeExpired(),
    ),
    every(rt.configs.getNumber('identity', 'session.cleanup.interval') * 1000, () =>
      rt.sessions.purgeExpired(),
    ),
    every(60_000, () =>
      store.update(managementNodeTable.name, managementNode.uuid, {
        heartBeat: clock.now().getTime(),
      }),
    ),
  ];
}
