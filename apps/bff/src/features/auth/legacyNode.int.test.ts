import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeClock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import {
  adminLogin,
  memoryDb,
  startTestNode,
  testBrowser,
  testServices,
} from '../../testing/testBff.ts';

let node: Awaited<ReturnType<typeof startTestNode>>;
let db: Db;

beforeAll(async () => {
  node = await startTestNode({ zstackVersion: '2.5.0' });
  db = await memoryDb();
});
afterAll(async () => {
  await db.destroy();
  await node.close();
});

describe('a node before 3.0 (fixed-length sessions)', () => {
  it('caps the absolute end at the upstream session end', async () => {
    const services = testServices(node.zstack, db);
    const browser = testBrowser(services);
    const info = await (await browser.caller()).auth.signIn(adminLogin);
    // identity/session.timeout is 7200 s: well under the 8 h default.
    expect(info.absoluteRemainingMs).toBeLessThanOrEqual(7200_000);
    expect(info.absoluteRemainingMs).toBeGreaterThan(7000_000);
  });

  it('keeps the 8 h absolute end on a sliding (3.0+) node', async () => {
    const modern = await startTestNode();
    try {
      const info = await (
        await testBrowser(testServices(modern.zstack, db, { clock: fakeClock() })).caller()
      ).auth.signIn(adminLogin);
      expect(info.absoluteRemainingMs).toBe(8 * 3600_000);
    } finally {
      await modern.close();
    }
  });
});
