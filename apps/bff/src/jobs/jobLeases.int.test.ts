import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDb } from '../db/database.ts';
import { postgresJobBus } from '../db/jobBus.ts';
import type { BffServices } from '../services.ts';
import { postgresReachable, testDatabaseUrl, testSchema } from '../testing/postgres.ts';
import { startTestNode, testServices } from '../testing/testBff.ts';
import { adminBrowser, callerOf, deferred, fastPolls, vmUuids, waitForJob } from './jobTesting.ts';

const schema = testSchema('zdash_jobs');
const reachable = await postgresReachable();

describe.skipIf(!reachable)('leases: several replicas on one PostgreSQL store', () => {
  let node: Awaited<ReturnType<typeof startTestNode>>;
  let db: Db;
  beforeAll(async () => {
    node = await startTestNode({ seed: 'scale:24' });
    db = await openDb({ kind: 'postgres', url: testDatabaseUrl, schema });
  });
  afterAll(async () => {
    await sql.raw(`drop schema if exists ${schema} cascade`).execute(db);
    await db.destroy();
    await node.close();
  });

  it('two replicas resuming the same orphaned jobs never follow one job twice', async () => {
    const leaseMs = 1000;
    // A first replica starts 12 long jobs and dies (no lease release).
    node.node.control.setLatency('RebootVmInstance', 20_000);
    const dead = testServices(node.zstack, db, {
      endpoint: node.node.url,
      jobs: { poll: { floorMs: 60_000, ceilMs: 60_000 }, leaseMs, replicaId: 'dead' },
    });
    const browser = await adminBrowser(dead);
    const caller = await callerOf(dead, browser.jar.token);
    const uuids = await vmUuids(node.zstack, 'Running', 12);
    expect(uuids).toHaveLength(12);
    const { parentId, jobIds } = await caller.jobs.bulk({
      api: 'RebootVmInstance',
      items: uuids.map((uuid) => ({ params: { uuid } })),
    });
    // Wait until every item was sent (running), then "kill" the replica.
    await Promise.all(jobIds.map((id) => waitForJob(dead, id, ['running'])));
    await dead.jobs.stop();
    node.node.control.setLatency('RebootVmInstance', 0);

    const followers = new Map<string, Set<string>>();
    const replica = (replicaId: string): BffServices =>
      testServices(node.zstack, db, {
        endpoint: node.node.url,
        jobs: {
          poll: fastPolls,
          leaseMs,
          replicaId,
          now: () => Date.now() + 2 * leaseMs,
          onPoll: (job) => {
            const set = followers.get(job.id) ?? new Set();
            set.add(replicaId);
            followers.set(job.id, set);
          },
        },
      });
    const a = replica('a');
    const b = replica('b');
    // Both sweep at the same moment: each orphaned row goes to exactly one of them.
    await Promise.all([a.jobs.sweep(), b.jobs.sweep()]);
    const done = await Promise.all(
      jobIds.map((id) => Promise.race([waitForJob(a, id), waitForJob(b, id)])),
    );
    await Promise.all([a.jobs.stop(), b.jobs.stop()]);
    expect(done.map((j) => j.state)).toEqual(jobIds.map(() => 'succeeded'));
    expect(followers.size).toBe(12);
    for (const set of followers.values()) expect(set.size).toBe(1);
    const owners = new Set([...followers.values()].flatMap((s) => [...s]));
    expect(owners.size).toBeGreaterThanOrEqual(1);
    const status = await (await callerOf(a, browser.jar.token)).jobs.bulkStatus({ parentId });
    expect(status).toMatchObject({ total: 12, done: 12, counts: { succeeded: 12 } });
  });

  it('a claim is compare-and-set: only one of two racing claims of a row wins', async () => {
    const services = testServices(node.zstack, db, { endpoint: node.node.url });
    const row = await db.selectFrom('jobs').selectAll().limit(1).executeTakeFirstOrThrow();
    const stale = { ...row, state: 'running', lease_expires_at: 5 };
    await db
      .updateTable('jobs')
      .set({ state: 'running', lease_expires_at: 5 })
      .where('id', '=', row.id)
      .execute();
    const now = Date.now();
    const results = await Promise.all([
      services.jobs.repo.claim(stale, 'x', now, 1000),
      services.jobs.repo.claim(stale, 'y', now, 1000),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    await db
      .updateTable('jobs')
      .set({ state: row.state, lease_expires_at: null })
      .where('id', '=', row.id)
      .execute();
  });

  it('with the job bus, other replicas see changes and pass a webhook hint to the follower', async () => {
    const [ida, idb] = [crypto.randomUUID(), crypto.randomUUID()];
    const log = (await import('../logging/logger.ts')).createLogger({ level: 'silent' });
    const [busA, busB] = await Promise.all([
      postgresJobBus(testDatabaseUrl, db, ida, log),
      postgresJobBus(testDatabaseUrl, db, idb, log),
    ]);
    // The node's callback URL goes nowhere: the hint is delivered by hand to replica B.
    const polls: string[] = [];
    const make = (replicaId: string, bus: typeof busA) =>
      testServices(node.zstack, db, {
        endpoint: node.node.url,
        webhookBaseUrl: 'http://127.0.0.1:9',
        jobs: {
          poll: fastPolls,
          replicaId,
          bus,
          onPoll: (job) => polls.push(`${replicaId}:${job.id}`),
        },
      });
    const a = make(ida, busA);
    const b = make(idb, busB);
    const browser = await adminBrowser(a);
    const [uuid] = await vmUuids(node.zstack, 'Running', 1);
    const seenOnB = deferred<string>();
    b.jobs.events.on('change', (job) => {
      if (job.state === 'succeeded') seenOnB.resolve(job.id);
    });
    node.node.control.setLatency('RebootVmInstance', 1000);
    const sent = await (await callerOf(a, browser.jar.token)).jobs.submit({
      api: 'RebootVmInstance',
      params: { uuid },
    });
    node.node.control.setLatency('RebootVmInstance', 0);
    const row = await a.jobs.repo.get(sent.id);
    // Wait for the node to finish, then hint replica B (which does not follow the job).
    await node.zstack.followJob(sent.zstackJobUuid ?? '', { transport: 'rest' });
    expect(await b.jobs.hint(sent.id, row?.webhook_secret ?? '')).toBe(true);
    expect(await seenOnB.promise).toBe(sent.id);
    expect(polls).toEqual([`${ida}:${sent.id}`]);
    await Promise.all([a.jobs.stop(), b.jobs.stop(), busA.close(), busB.close()]);
  });
});
