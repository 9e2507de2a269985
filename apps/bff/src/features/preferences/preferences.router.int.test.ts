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
  await createNormalAccount(node.zstack, 'acme', 'acme-pass', {
    name: 'ops',
    password: 'ops-pass',
  });
});
afterAll(async () => {
  await db.destroy();
  await node.close();
});

describe('preferences router', () => {
  it('starts from the defaults, merges changes and forgets a list state', async () => {
    const browser = testBrowser(testServices(node.zstack, db));
    await (await browser.caller()).auth.signIn(adminLogin);
    const caller = await browser.caller();
    expect(await caller.preferences.get()).toEqual({
      theme: 'system',
      language: 'en',
      listStates: {},
    });
    await caller.preferences.set({
      theme: 'dark',
      listStates: { vms: { pageSize: 50 }, hosts: { pageSize: 20 } },
    });
    await caller.preferences.set({ language: 'zh-CN', listStates: { hosts: null } });
    expect(await caller.preferences.get()).toEqual({
      theme: 'dark',
      language: 'zh-CN',
      listStates: { vms: { pageSize: 50 } },
    });
  });

  it('keeps each person apart: a user of another account has its own', async () => {
    const admin = testBrowser(testServices(node.zstack, db));
    await (await admin.caller()).auth.signIn(adminLogin);
    await (await admin.caller()).preferences.set({ theme: 'light' });
    const ops = testBrowser(testServices(node.zstack, db));
    await (await ops.caller()).auth.signIn({
      kind: 'user',
      accountName: 'acme',
      userName: 'ops',
      password: 'ops-pass',
    });
    expect((await (await ops.caller()).preferences.get()).theme).toBe('system');
  });

  it('refuses an unknown theme with field errors and needs a session', async () => {
    const browser = testBrowser(testServices(node.zstack, db));
    await expect((await browser.caller()).preferences.get()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await (await browser.caller()).auth.signIn(adminLogin);
    await expect(
      (await browser.caller()).preferences.set({ theme: 'blue' as never }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
