import { sql } from 'kysely';
import pg from 'pg';
import type { BffLogger } from '../logging/logger.ts';
import type { Db } from './database.ts';

/** What travels between replicas: a job changed, or a webhook hint for the replica following it. */
export type JobSignal = 'change' | 'hint';

/**
 * Tells the other BFF replicas about jobs: a change (so `jobs.onChange` subscribers on every
 * replica see it) and a webhook hint (so the replica that follows the job polls it, whichever
 * replica the node's callback reached). SQLite means one replica: no bus.
 */
export interface JobBus {
  publish(signal: JobSignal, jobId: string): Promise<void>;
  subscribe(listener: (signal: JobSignal, jobId: string) => void): void;
  close(): Promise<void>;
}

const channel = 'zdash_jobs';
const payload = /^(change|hint):([0-9a-f-]{36}):([0-9a-f-]{36})$/;

/**
 * PostgreSQL LISTEN/NOTIFY: a dedicated connection listens; NOTIFY goes through the pool. A
 * replica ignores its own notifications (payload `signal:replica:job`).
 */
export async function postgresJobBus(
  url: string,
  db: Db,
  replicaId: string,
  log: BffLogger,
): Promise<JobBus> {
  const listeners: ((signal: JobSignal, jobId: string) => void)[] = [];
  const client = new pg.Client({ connectionString: url });
  client.on('error', (error) => log.error({ err: error }, 'job bus connection failed'));
  client.on('notification', (message) => {
    const match = message.channel === channel ? payload.exec(message.payload ?? '') : null;
    if (!match || match[2] === replicaId) return;
    for (const listener of listeners) listener(match[1] as JobSignal, match[3] ?? '');
  });
  await client.connect();
  await client.query(`LISTEN ${channel}`);
  return {
    async publish(signal, jobId) {
      await sql`select pg_notify(${channel}, ${`${signal}:${replicaId}:${jobId}`})`.execute(db);
    },
    subscribe(listener) {
      listeners.push(listener);
    },
    async close() {
      await client.end();
    },
  };
}
