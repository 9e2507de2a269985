import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.ts';
import {
  adminLogin,
  createNormalAccount,
  memoryDb,
  startTestNode,
  testBrowser,
  testServices,
} from '../../testing/testBff.ts';

let node: Awaited<ReturnType<typeof startTestNode>>;
let db: Db;

beforeAll(async () => {
  node = await startTestNode();
  db = await memoryDb();
  await createNormalAccount(node.zstack, 'acme', 'acme-pass');
});
afterAll(async () => {
  await db.destroy();
  await node.close();
});

describe('auditLog router and middleware', () => {
  it('records every mutation without secrets, with result and duration', async () => {
    const services = testServices(node.zstack, db);
    const browser = testBrowser(services);
    await (await browser.caller()).auth.signIn(adminLogin);
    await (await browser.caller()).preferences.set({ theme: 'dark' });
    await (await browser.caller()).auth
      .changePassword({ currentPassword: 'not-it', newPassword: 'new-secret-1' })
      .catch(() => {});
    const { items, total } = await (await browser.caller()).auditLog.list({});
    expect(total).toBeGreaterThanOrEqual(3);
    const change = items.find((i) => i.procedure === 'auth.changePassword');
    expect(change).toMatchObject({
      actor: 'admin',
      result: 'failure',
      errorCode: 'SYS.1007',
      api: 'UpdateAccount|UpdateUser',
    });
    expect(change?.durationMs).toBeGreaterThanOrEqual(0);
    const signIn = items.find((i) => i.procedure === 'auth.signIn');
    expect(signIn).toMatchObject({ actor: 'admin', result: 'success' });
    const raw = JSON.stringify(await db.selectFrom('audit_log').selectAll().execute());
    expect(raw).not.toContain('new-secret-1');
    expect(raw).not.toContain('not-it');
    expect(raw).not.toMatch(/"password":"password"/);
  });

  it('filters by user, procedure, result and time range, and pages', async () => {
    const browser = testBrowser(testServices(node.zstack, db));
    await (await browser.caller()).auth.signIn(adminLogin);
    const caller = await browser.caller();
    for (let i = 0; i < 3; i++) await caller.preferences.set({ theme: 'light' });
    const page = await caller.auditLog.list({ procedure: 'preferences.set', limit: 2, offset: 0 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(3);
    const next = await caller.auditLog.list({ procedure: 'preferences.set', limit: 2, offset: 2 });
    expect(next.items[0]?.id).not.toBe(page.items[0]?.id);
    expect((await caller.auditLog.list({ result: 'failure', user: 'nobody' })).total).toBe(0);
    const future = new Date(Date.now() + 3600_000);
    expect((await caller.auditLog.list({ from: future })).total).toBe(0);
    expect((await caller.auditLog.list({ to: future, user: 'admin' })).total).toBeGreaterThan(0);
  });

  it('shows a normal account only its own entries', async () => {
    const browser = testBrowser(testServices(node.zstack, db));
    await (await browser.caller()).auth.signIn({
      kind: 'account',
      accountName: 'acme',
      password: 'acme-pass',
    });
    await (await browser.caller()).preferences.set({ theme: 'dark' });
    const { items } = await (await browser.caller()).auditLog.list({ limit: 500 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.actor === 'acme')).toBe(true);
  });
});
