import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresReachable, testDatabaseUrl, testSchema } from '../testing/postgres.ts';
import { auditLogRepo } from './auditLogRepo.ts';
import { type Db, migrate, openDb, pingDb } from './database.ts';
import { preferencesRepo } from './preferencesRepo.ts';
import { type StoredSession, sessionsRepo } from './sessionsRepo.ts';

const pgUrl = testDatabaseUrl;
const schema = testSchema('zdash_repos');
const pgUp = await postgresReachable();

function session(id: string, over: Partial<StoredSession> = {}): StoredSession {
  return {
    idHash: id,
    zstackSessionUuid: `z${id}`,
    loginKind: 'account',
    accountName: 'admin',
    userName: null,
    accountUuid: 'acc1',
    userUuid: 'usr1',
    isAdmin: true,
    defaultPassword: true,
    createdAt: 1_000,
    lastActivityAt: 1_000,
    absoluteExpiresAt: 100_000,
    upstreamExpiresAt: null,
    endedAt: null,
    endReason: null,
    ...over,
  };
}

const stores = [
  { name: 'sqlite', open: () => openDb({ kind: 'sqlite', file: ':memory:' }), enabled: true },
  { name: 'postgres', open: () => openDb({ kind: 'postgres', url: pgUrl, schema }), enabled: pgUp },
];

for (const store of stores) {
  describe.skipIf(!store.enabled)(`repositories on ${store.name}`, () => {
    let db: Db;
    beforeAll(async () => {
      db = await store.open();
    });
    afterAll(async () => {
      if (store.name === 'postgres')
        await sql.raw(`drop schema if exists ${schema} cascade`).execute(db);
      await db?.destroy();
    });

    it('migrates idempotently and answers a ping', async () => {
      await migrate(db);
      expect(await pingDb(db)).toBe(true);
    });

    it('sessions: insert, touch, end once, expire, purge, clear the default-password flag', async () => {
      const repo = sessionsRepo(db);
      await repo.insert(session('a'));
      await repo.insert(session('b', { lastActivityAt: 50_000 }));
      await repo.touch('a', 2_000);
      expect((await repo.get('a'))?.lastActivityAt).toBe(2_000);
      expect((await repo.listExpired(60_000, 30_000)).map((s) => s.idHash)).toEqual(['a']);
      expect(await repo.end('a', 61_000, 'idle')).toBe('za');
      expect(await repo.end('a', 62_000, 'idle')).toBeUndefined();
      const ended = await repo.get('a');
      expect(ended).toMatchObject({ endedAt: 61_000, endReason: 'idle', zstackSessionUuid: null });
      await repo.clearDefaultPassword('acc1');
      expect((await repo.get('b'))?.defaultPassword).toBe(false);
      await repo.purgeEnded(61_001);
      expect(await repo.get('a')).toBeUndefined();
      expect(await repo.get('b')).toBeDefined();
    });

    it('audit log: appends, filters and pages newest first', async () => {
      const repo = auditLogRepo(db);
      for (let i = 0; i < 5; i++) {
        await repo.append({
          at: new Date(10_000 + i),
          accountUuid: i % 2 ? 'acc1' : 'acc2',
          actor: i % 2 ? 'admin' : 'acme',
          procedure: 'preferences.set',
          api: null,
          target: null,
          params: { theme: 'dark', n: i },
          result: i === 4 ? 'failure' : 'success',
          errorCode: i === 4 ? 'SYS.1007' : null,
          errorMessage: null,
          durationMs: 1.6,
        });
      }
      const all = await repo.list({ limit: 2, offset: 0 });
      expect(all.total).toBe(5);
      expect(all.items.map((i) => (i.params as { n: number }).n)).toEqual([4, 3]);
      expect(all.items[0]?.at).toEqual(new Date(10_004));
      expect((await repo.list({ result: 'failure', limit: 10, offset: 0 })).total).toBe(1);
      expect((await repo.list({ accountUuid: 'acc1', limit: 10, offset: 0 })).total).toBe(2);
      expect((await repo.list({ actor: 'acme', limit: 10, offset: 0 })).total).toBe(3);
      const range = await repo.list({
        from: new Date(10_001),
        to: new Date(10_002),
        limit: 10,
        offset: 0,
      });
      expect(range.total).toBe(2);
    });

    it('preferences: defaults, upsert', async () => {
      const repo = preferencesRepo(db);
      expect(await repo.get('p1')).toEqual({ theme: 'system', language: 'en', listStates: {} });
      await repo.put('p1', { theme: 'dark', language: 'en', listStates: {} }, 1);
      await repo.put(
        'p1',
        { theme: 'light', language: 'zh-CN', listStates: { vms: { pageSize: 5 } } },
        2,
      );
      expect(await repo.get('p1')).toEqual({
        theme: 'light',
        language: 'zh-CN',
        listStates: { vms: { pageSize: 5 } },
      });
    });
  });
}
