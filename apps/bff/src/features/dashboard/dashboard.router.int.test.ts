import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeClock } from '../../clock.ts';
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
  node = await startTestNode({ seed: 'demo' });
  db = await memoryDb();
  await createNormalAccount(node.zstack, 'tenant', 'tenant-pass');
});
afterAll(async () => {
  await db.destroy();
  await node.close();
});

describe('dashboard.summary', () => {
  it('gives the admin capacity, storage, VM and host counts, the node version', async () => {
    const services = testServices(node.zstack, db);
    const browser = testBrowser(services);
    await (await browser.caller()).auth.signIn(adminLogin);
    const summary = await (await browser.caller()).dashboard.summary();
    expect(summary.errors).toEqual([]);
    expect(summary.capacity?.totalCpu).toBeGreaterThan(0);
    expect(summary.primaryStorage?.length).toBeGreaterThan(0);
    const vms = Object.values(summary.vmsByState ?? {}).reduce((a, b) => a + b, 0);
    expect(vms).toBeGreaterThan(0);
    expect(summary.hostsByStatus?.Connected).toBeGreaterThan(0);
    expect(summary.managementNode).toMatchObject({ version: '4.8.0', status: 'up' });
    expect(summary.alerts.consoleProxyAgents).toEqual(expect.any(Array));
  });

  it('shows a normal account only its own cloud and no admin-only alerts', async () => {
    // The same services as an admin who just looked: nothing fetched for one session reaches another.
    const services = testServices(node.zstack, db);
    const admin = testBrowser(services);
    await (await admin.caller()).auth.signIn(adminLogin);
    expect((await (await admin.caller()).dashboard.summary()).vmsByState?.Running).toBeGreaterThan(
      0,
    );
    const browser = testBrowser(services);
    await (await browser.caller()).auth.signIn({
      kind: 'account',
      accountName: 'tenant',
      password: 'tenant-pass',
    });
    const summary = await (await browser.caller()).dashboard.summary();
    expect(Object.values(summary.vmsByState ?? {}).reduce((a, b) => a + b, 0)).toBe(0);
    expect(summary.alerts.consoleProxyAgents).toBeNull();
  });

  it('lists failed mutations from the audit log as alerts', async () => {
    const services = testServices(node.zstack, db);
    const browser = testBrowser(services);
    await (await browser.caller()).auth.signIn(adminLogin);
    await (await browser.caller()).auth
      .changePassword({ currentPassword: 'wrong-one', newPassword: 'whatever1' })
      .catch(() => {});
    const summary = await (await browser.caller()).dashboard.summary();
    expect(summary.alerts.failedOperations?.[0]).toMatchObject({
      procedure: 'auth.changePassword',
      errorCode: 'SYS.1007',
    });
  });

  it('does not count as activity: background polling leaves the idle clock alone', async () => {
    const clock = fakeClock();
    const services = testServices(node.zstack, db, { clock });
    const browser = testBrowser(services);
    await (await browser.caller()).auth.signIn(adminLogin);
    const before = await (await browser.caller()).auth.session();
    await clock.advance(60_000);
    await (await browser.caller()).dashboard.summary();
    await (await browser.caller({ background: true })).preferences.get();
    const after = await (await browser.caller()).auth.session();
    expect(after?.idleExpiresAt.getTime()).toBe(before?.idleExpiresAt.getTime());
    await (await browser.caller()).preferences.set({ theme: 'dark' });
    const active = await (await browser.caller()).auth.session();
    expect(active?.idleExpiresAt.getTime()).toBe((before?.idleExpiresAt.getTime() ?? 0) + 60_000);
  });
});
