import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresReachable, testDatabaseUrl, testSchema } from '../testing/postgres.ts';
import { adminLogin, startTestNode, testBrowser, testServices } from '../testing/testBff.ts';
import { type Db, openDb } from './database.ts';

const schema = testSchema('zdash_store');
const reachable = await postgresReachable();

describe.skipIf(!reachable)('the routers on a PostgreSQL store', () => {
  let node: Awaited<ReturnType<typeof startTestNode>>;
  let db: Db;
  beforeAll(async () => {
    node = await startTestNode();
    db = await openDb({ kind: 'postgres', url: testDatabaseUrl, schema });
  });
  afterAll(async () => {
    await sql.raw(`drop schema if exists ${schema} cascade`).execute(db);
    await db.destroy();
    await node.close();
  });

  it('signs in, keeps preferences, audits, reports numeric times (pg bigints are strings)', async () => {
    const browser = testBrowser(testServices(node.zstack, db));
    await (await browser.caller()).auth.signIn(adminLogin);
    await (await browser.caller()).preferences.set({ theme: 'dark' });
    expect((await (await browser.caller()).preferences.get()).theme).toBe('dark');
    const session = await (await browser.caller()).auth.session();
    expect(typeof session?.idleRemainingMs).toBe('number');
    expect(session?.idleRemainingMs).toBeGreaterThan(29 * 60_000);
    expect(session?.signedInAt).toBeInstanceOf(Date);
    const { items, total } = await (await browser.caller()).auditLog.list({});
    expect(total).toBe(2);
    expect(items[0]).toMatchObject({ procedure: 'preferences.set', result: 'success' });
    expect(items[0]?.at).toBeInstanceOf(Date);
    await (await browser.caller()).auth.signOut();
    expect(await (await browser.caller()).auth.session()).toBeNull();
  });
});
