import type { ZStackClient } from '@zdash/zstack-client';
import { LoginThrottle } from './auth/loginThrottle.ts';
import { type SessionLimits, SessionManager } from './auth/sessionManager.ts';
import { type Clock, systemClock } from './clock.ts';
import { type AuditLogRepo, auditLogRepo } from './db/auditLogRepo.ts';
import type { Db } from './db/database.ts';
import { type PreferencesRepo, preferencesRepo } from './db/preferencesRepo.ts';
import type { SessionBus } from './db/sessionBus.ts';
import { sessionsRepo } from './db/sessionsRepo.ts';
import { JobService, type JobServiceOptions } from './jobs/jobService.ts';
import { type BffLogger, createLogger } from './logging/logger.ts';
import { Metrics } from './metrics/metrics.ts';
import { ConsoleService } from './relays/consoleService.ts';
import { parseHostRewrite } from './relays/hostRewrite.ts';

/** Everything procedures share, built once by the composition root (or a test). */
export interface BffServices {
  zstack: ZStackClient;
  db: Db;
  sessions: SessionManager;
  throttle: LoginThrottle;
  audit: AuditLogRepo;
  preferences: PreferencesRepo;
  metrics: Metrics;
  log: BffLogger;
  /** `simulator` when the BFF started the embedded node. */
  backend: 'simulator' | 'zstack';
  /** Time, ms (from the clock). */
  now: () => number;
  clock: Clock;
  /** The job centre (every asynchronous ZStack call made for a person). */
  jobs: JobService;
  /** The node's endpoint (for the job centre's curl lines); empty when unknown. */
  endpoint: string;
  /** Console tickets and RequestConsoleAccess for the /console relay. */
  consoles: ConsoleService;
}

/** Options of {@link createServices}; everything but zstack and db has a default. */
export interface ServicesInit {
  zstack: ZStackClient;
  db: Db;
  limits?: Partial<SessionLimits>;
  log?: BffLogger;
  metrics?: Metrics;
  backend?: 'simulator' | 'zstack';
  clock?: Clock;
  /** Cross-replica session ends (PostgreSQL). */
  bus?: SessionBus;
  /** The node's endpoint with its context path: the job centre polls it directly. */
  endpoint?: string;
  /** `ZDASH_WEBHOOK_BASE_URL`. */
  webhookBaseUrl?: string;
  /** `ZDASH_CONSOLE_HOST_REWRITE` (`10.0.0.5=127.0.0.1`, `*=host`): NAT for console proxies. */
  consoleHostRewrite?: string;
  /** Job centre options (replica id, lease, poll schedule, the send seam). */
  jobs?: Partial<Omit<JobServiceOptions, 'db' | 'zstack' | 'clientForSession' | 'log'>>;
}

/** Default limits: 30 min idle, 8 h absolute, re-authentication offered 5 min before the end. */
export const defaultLimits: SessionLimits = {
  idleMs: 30 * 60_000,
  absoluteMs: 8 * 3600_000,
  reauthWindowMs: 5 * 60_000,
};

/** Builds the shared services. */
export function createServices(init: ServicesInit): BffServices {
  const log = init.log ?? createLogger({ level: 'silent' });
  const clock = init.clock ?? systemClock;
  const limits = { ...defaultLimits, ...init.limits };
  const sessions = new SessionManager(init.zstack, init.db, limits, log, clock, init.bus);
  const stored = sessionsRepo(init.db);
  const metrics = init.metrics ?? new Metrics();
  const jobs = new JobService({
    db: init.db,
    zstack: init.zstack,
    endpoint: init.endpoint ?? '',
    webhookBaseUrl: init.webhookBaseUrl,
    log,
    now: () => clock.now(),
    onRequest: metrics.upstreamHook(),
    ...init.jobs,
    clientForSession: async (idHash) => {
      const session = await stored.get(idHash);
      if (!session || session.endedAt !== null || !session.zstackSessionUuid) return null;
      return sessions.clientFor(session);
    },
  });
  return {
    jobs,
    consoles: new ConsoleService(init.db, clock, parseHostRewrite(init.consoleHostRewrite)),
    endpoint: init.endpoint ?? '',
    zstack: init.zstack,
    db: init.db,
    sessions,
    throttle: new LoginThrottle(),
    audit: auditLogRepo(init.db),
    preferences: preferencesRepo(init.db),
    metrics,
    log,
    backend: init.backend ?? 'zstack',
    now: () => clock.now(),
    clock,
  };
}
