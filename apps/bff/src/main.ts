import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZStackClient } from '@zdash/zstack-client';
import { ensureDataDir, openDb, storeConfigFrom } from './db/database.ts';
import { postgresJobBus } from './db/jobBus.ts';
import { postgresSessionBus } from './db/sessionBus.ts';
import { type Env, loadEnv } from './env.ts';
import { defaultPollSchedule, scaledSchedule } from './jobs/pollSchedule.ts';
import { replicaIdOf } from './jobs/replicaId.ts';
import { createLogger } from './logging/logger.ts';
import { Metrics } from './metrics/metrics.ts';
import { createBffServer } from './server/httpServer.ts';
import { createServices } from './services.ts';
import { ensureSimulator } from './sim/simProcess.ts';

/**
 * The composition root: env → ZStack client (a real node, or the embedded simulator as a child
 * process) → store → HTTP + WebSocket. The only module that knows about the simulator.
 */
async function main(env: Env): Promise<void> {
  const log = createLogger({ level: env.LOG_LEVEL });
  ensureDataDir(env.ZDASH_DATA_DIR);

  let endpoint = env.ZSTACK_URL;
  let backend: 'simulator' | 'zstack' = 'zstack';
  if (!endpoint) {
    const sim = await ensureSimulator({
      dataDir: env.ZDASH_DATA_DIR,
      seed: env.ZDASH_SIM_SEED,
      version: env.ZDASH_SIM_VERSION,
      timeScale: env.ZDASH_SIM_TIME_SCALE,
      control: env.ZDASH_SIM_CONTROL,
      log,
    });
    endpoint = sim.url;
    backend = 'simulator';
  }

  const metrics = new Metrics();
  const zstack = new ZStackClient({
    endpoint,
    onRequest: (e) =>
      metrics.upstream(e.api ?? 'unknown', e.kind, String(e.status ?? 'none'), e.durationMs / 1000),
  });
  const store = storeConfigFrom(env.DATABASE_URL, env.ZDASH_DATA_DIR);
  const db = await openDb(store);
  const bus = store.kind === 'postgres' ? await postgresSessionBus(store.url, db, log) : undefined;
  const replicaId = replicaIdOf(env.ZDASH_DATA_DIR);
  const jobBus =
    store.kind === 'postgres' ? await postgresJobBus(store.url, db, replicaId, log) : undefined;
  const services = createServices({
    bus,
    zstack,
    db,
    log,
    metrics,
    backend,
    limits: {
      idleMs: env.ZDASH_IDLE_TIMEOUT_MIN * 60_000,
      absoluteMs: env.ZDASH_ABSOLUTE_TIMEOUT_H * 3600_000,
    },
    endpoint,
    webhookBaseUrl: env.ZDASH_WEBHOOK_BASE_URL,
    consoleHostRewrite: env.ZDASH_CONSOLE_HOST_REWRITE,
    // The embedded simulator may run time faster: poll on its clock, not the wall's.
    jobs: {
      replicaId,
      ...(jobBus ? { bus: jobBus } : {}),
      poll: scaledSchedule(
        defaultPollSchedule,
        backend === 'simulator' ? env.ZDASH_SIM_TIME_SCALE : 1,
      ),
    },
  });
  services.sessions.start();
  // Resumes every unfinished job whose lease expired (all of them after a restart).
  services.jobs.start();

  const here = dirname(fileURLToPath(import.meta.url));
  const webDist = resolve(env.ZDASH_WEB_DIST ?? resolve(here, '../../web/dist'));
  const bff = createBffServer({ services, publicOrigin: env.PUBLIC_ORIGIN, webDist });
  const url = await bff.listen(env.PORT, env.HOST);
  log.info({ event: 'listening', url, backend, zstackUrl: endpoint }, 'zdash BFF listening');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    // The simulator keeps running on purpose: it is the management node, not part of the BFF.
    services.sessions.stop();
    await services.jobs.stop({ release: true });
    await bff.close();
    await bus?.close();
    await jobBus?.close();
    await db.destroy();
    zstack.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

try {
  await main(loadEnv());
} catch (error) {
  process.stderr.write(`zdash: ${(error as Error).message}\n`);
  process.exit(1);
}
