import { randomBytes } from 'node:crypto';
import { ZStackClient } from '@zdash/zstack-client';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionManager } from '../auth/sessionManager.ts';
import { createLogger } from '../logging/logger.ts';
import { defaultLimits } from '../services.ts';
import { postgresReachable, testDatabaseUrl, testSchema } from '../testing/postgres.ts';
import { type Db, openDb } from './database.ts';
import { postgresSessionBus, type SessionBus } from './sessionBus.ts';
import { sessionsRepo } from './sessionsRepo.ts';

const url = testDatabaseUrl;
const schema = testSchema('zdash_bus');
const reachable = await postgresReachable();

describe.skipIf(!reachable)('two replicas on PostgreSQL', () => {
  let db: Db;
  const buses: SessionBus[] = [];
  // Never called: the sessions below have no upstream session to log out.
  const zstack = new ZStackClient({ endpoint: 'http://127.0.0.1:9/zstack' });
  const log = createLogger({ level: 'silent' });

  beforeAll(async () => {
    db = await openDb({ kind: 'postgres', url, schema });
  });
  afterAll(async () => {
    for (const bus of buses) await bus.close();
    await sql.raw(`drop schema if exists ${schema} cascade`).execute(db);
    await db.destroy();
    zstack.close();
  });

  it('a session ended on one replica closes its sockets on the other at once', async () => {
    const replica = async () => {
      const bus = await postgresSessionBus(url, db, log);
      buses.push(bus);
      return new SessionManager(zstack, db, defaultLimits, log, undefined, bus);
    };
    const a = await replica();
    const b = await replica();
    const idHash = randomBytes(32).toString('hex');
    const now = Date.now();
    await sessionsRepo(db).insert({
      idHash,
      zstackSessionUuid: null,
      loginKind: 'account',
      accountName: 'admin',
      userName: null,
      accountUuid: 'a',
      userUuid: 'u',
      isAdmin: true,
      defaultPassword: false,
      createdAt: now,
      lastActivityAt: now,
      absoluteExpiresAt: now + 3600_000,
      upstreamExpiresAt: null,
      endedAt: null,
      endReason: null,
    });
    const closed = new Promise<number | undefined>((resolve) => {
      b.registerSocket(idHash, { close: (code) => resolve(code) });
    });
    await a.end(idHash, 'signedOut');
    expect(await closed).toBe(4401);
    a.stop();
    b.stop();
  });
});
