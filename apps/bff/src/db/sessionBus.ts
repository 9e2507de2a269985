import { sql } from 'kysely';
import pg from 'pg';
import type { BffLogger } from '../logging/logger.ts';
import type { Db } from './database.ts';

/**
 * Tells the other BFF replicas that a session ended, so whichever holds its WebSockets closes them
 * at once. SQLite means one replica: nothing to tell.
 */
export interface SessionBus {
  publish(idHash: string, reason: string): Promise<void>;
  subscribe(listener: (idHash: string, reason: string) => void): void;
  close(): Promise<void>;
}

const channel = 'zdash_session_ended';

/** PostgreSQL LISTEN/NOTIFY: a dedicated connection listens; NOTIFY goes through the pool. */
export async function postgresSessionBus(url: string, db: Db, log: BffLogger): Promise<SessionBus> {
  const listeners: ((idHash: string, reason: string) => void)[] = [];
  const client = new pg.Client({ connectionString: url });
  client.on('error', (error) => log.error({ err: error }, 'session bus connection failed'));
  client.on('notification', (message) => {
    if (message.channel !== channel || !message.payload) return;
    const [idHash, reason] = message.payload.split(':');
    if (!idHash || !/^[0-9a-f]{64}$/.test(idHash)) return;
    for (const listener of listeners) listener(idHash, reason ?? 'ended');
  });
  await client.connect();
  await client.query(`LISTEN ${channel}`);
  return {
    async publish(idHash, reason) {
      await sql`select pg_notify(${channel}, ${`${idHash}:${reason}`})`.execute(db);
    },
    subscribe(listener) {
      listeners.push(listener);
    },
    async close() {
      await client.end();
    },
  };
}
