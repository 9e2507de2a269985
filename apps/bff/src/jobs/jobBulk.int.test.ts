import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.ts';
import { memoryDb, startTestNode, testServices } from '../testing/testBff.ts';
import { adminBrowser, callerOf, fastPolls, vmUuids, waitForJob } from './jobTesting.ts';
import type { JobState } from './jobTypes.ts';

let node: Awaited<ReturnType<typeof startTestNode>>;
let db: Db;

beforeAll(async () => {
  node = await startTestNode({ seed: 'scale:100' });
  db = await memoryDb();
});
afterAll(async () => {
  await db.destroy();
  await node.close();
});

describe('a bulk action', () => {
  it('stops 50 VMs of the scale seed, one job per VM under one parent, each item seen', async () => {
    const services = testServices(node.zstack, db, {
      endpoint: node.node.url,
      jobs: { poll: fastPolls },
    });
    const browser = await adminBrowser(services);
    const caller = await callerOf(services, browser.jar.token);
    const uuids = await vmUuids(node.zstack, 'Running', 50);
    const stoppedBefore = (await vmUuids(node.zstack, 'Stopped', 1000)).length;
    expect(uuids).toHaveLength(50);
    const seen = new Map<string, JobState[]>();
    services.jobs.events.on('change', (job) => {
      if (!job.parentId) return;
      seen.set(job.id, [...(seen.get(job.id) ?? []), job.state]);
    });
    // One item fails inside ZStack: the others are not affected.
    node.node.control.failNext('StopVmInstance', { code: 'VM.1001', details: 'cannot stop' });
    const { parentId, jobIds } = await caller.jobs.bulk({
      api: 'StopVmInstance',
      items: uuids.map((uuid) => ({ params: { uuid }, target: uuid })),
    });
    expect(jobIds).toHaveLength(50);
    const final = await Promise.all(jobIds.map((id) => waitForJob(services, id)));
    expect(final.filter((j) => j.state === 'succeeded')).toHaveLength(49);
    expect(final.filter((j) => j.state === 'failed').map((j) => j.outcome?.error?.code)).toEqual([
      'VM.1001',
    ]);
    const status = await caller.jobs.bulkStatus({ parentId });
    expect(status).toMatchObject({ total: 50, done: 50, counts: { succeeded: 49, failed: 1 } });
    expect(status.items.map((i) => i.target).sort()).toEqual([...uuids].sort());
    for (const id of jobIds) expect(seen.get(id)?.at(-1)).toMatch(/succeeded|failed/);
    expect([...seen.values()].every((states) => states.includes('running'))).toBe(true);
    expect(await vmUuids(node.zstack, 'Stopped', 1000)).toHaveLength(stoppedBefore + 49);
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('job_id', '=', parentId)
      .execute();
    expect(audit.map((a) => a.procedure)).toEqual(['jobs.bulk']);
    await services.jobs.stop();
  });
});
