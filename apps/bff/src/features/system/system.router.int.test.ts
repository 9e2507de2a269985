import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.ts';
import { memoryDb, startTestNode } from '../../testing/testBff.ts';
import { createCaller } from '../../trpc/appRouter.ts';
import { createContextInner } from '../../trpc/context.ts';

let node: Awaited<ReturnType<typeof startTestNode>>;
let db: Db;

beforeAll(async () => {
  node = await startTestNode({ zstackVersion: '3.10.0' });
  db = await memoryDb();
});
afterAll(async () => {
  await db.destroy();
  await node.close();
});

describe('system router', () => {
  it('tells anyone the back end and the node version, with no session', async () => {
    const caller = createCaller(
      await createContextInner({ zstack: node.zstack, db, backend: 'simulator' }),
    );
    expect(await caller.system.info()).toEqual({ backend: 'simulator', zstackVersion: '3.10.0' });
    expect(await caller.auth.session()).toBeNull();
  });

  it('answers null for the version when the node is unreachable', async () => {
    const { ZStackClient } = await import('@zdash/zstack-client');
    const zstack = new ZStackClient({ endpoint: 'http://127.0.0.1:9/zstack' });
    const caller = createCaller(await createContextInner({ zstack, db }));
    expect(await caller.system.info()).toEqual({ backend: 'zstack', zstackVersion: null });
    zstack.close();
  });
});
