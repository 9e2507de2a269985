import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.ts';
import type { BffServices } from '../services.ts';
import { memoryDb, startTestNode, testServices } from '../testing/testBff.ts';
import { adminBrowser, callerOf, fastPolls, vmUuids, waitForJob } from './jobTesting.ts';

let node: Awaited<ReturnType<typeof startTestNode>>;
let db: Db;
let services: BffServices;

beforeAll(async () => {
  node = await startTestNode({ seed: 'demo' });
  db = await memoryDb();
  services = testServices(node.zstack, db, { endpoint: node.node.url, jobs: { poll: fastPolls } });
});
afterAll(async () => {
  await services.jobs.stop();
  await db.destroy();
  await node.close();
});

describe('jobs through the router (REST)', () => {
  it('records, sends with its own X-Job-UUID, follows to succeeded, links the audit row', async () => {
    const browser = await adminBrowser(services);
    const [uuid] = await vmUuids(node.zstack, 'Running');
    const caller = await browser.caller();
    const sent = await caller.jobs.submit({ api: 'StopVmInstance', params: { uuid: uuid ?? '' } });
    expect(sent).toMatchObject({ state: 'running', transport: 'rest', target: uuid });
    expect(sent.zstackJobUuid).toMatch(/^[0-9a-f]{32}$/);
    const done = await waitForJob(services, sent.id);
    expect(done.state).toBe('succeeded');
    expect(done.outcome?.result).toMatchObject({ inventory: { uuid, state: 'Stopped' } });
    expect(done.affects).toContain('vms');
    const detail = await caller.jobs.get({ id: sent.id });
    expect(detail.zstackCli).toBe(`StopVmInstance uuid=${uuid}`);
    expect(detail.curl).toContain('$ZSTACK_SESSION');
    expect(detail.retryable).toBe(false);
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('job_id', '=', sent.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.procedure).toBe('jobs.submit');
  });

  it('a ZStack failure is failed with its code; an idempotent one can be retried', async () => {
    const browser = await adminBrowser(services);
    const [uuid] = await vmUuids(node.zstack, 'Stopped');
    node.node.control.failNext('StartVmInstance', {
      code: 'SYS.1006',
      details: 'no host can run it',
    });
    const caller = await browser.caller();
    const sent = await caller.jobs.submit({ api: 'StartVmInstance', params: { uuid: uuid ?? '' } });
    const failed = await waitForJob(services, sent.id);
    expect(failed.state).toBe('failed');
    expect(failed.outcome?.error).toMatchObject({
      code: 'SYS.1006',
      details: 'no host can run it',
    });
    expect((await caller.jobs.get({ id: sent.id })).retryable).toBe(true);
    const again = await caller.jobs.retry({ id: sent.id });
    expect((await waitForJob(services, again.id)).state).toBe('succeeded');
    await expect(caller.jobs.retry({ id: again.id })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
  });

  it('a validation failure of an async API is the job failing with the node code', async () => {
    const browser = await adminBrowser(services);
    const caller = await browser.caller();
    const sent = await caller.jobs.submit({
      api: 'StartVmInstance',
      params: { uuid: 'f'.repeat(32) },
    });
    const failed = await waitForJob(services, sent.id);
    expect(failed.state).toBe('failed');
    expect(failed.outcome?.error?.code).toMatch(/^SYS\./);
    const { items } = await caller.jobs.list({ api: 'StartVmInstance', state: 'failed' });
    expect(items.map((j) => j.id)).toContain(sent.id);
  });

  it('refuses a sync API before recording anything', async () => {
    const caller = await (await adminBrowser(services)).caller();
    await expect(caller.jobs.submit({ api: 'QueryVmInstance', params: {} })).rejects.toThrow(
      /not an asynchronous API/,
    );
  });

  it('a deadline in the BFF is stopped-waiting, never failed; resume follows it to the end', async () => {
    const browser = await adminBrowser(services);
    const [uuid] = await vmUuids(node.zstack, 'Running');
    // The BFF's clock jumps past the deadline while the node still runs the job.
    node.node.control.setLatency('RebootVmInstance', 20_000);
    const skew = { ms: 0 };
    const skewed = testServices(node.zstack, db, {
      endpoint: node.node.url,
      jobs: { poll: fastPolls, now: () => Date.now() + skew.ms },
    });
    const sent = await (await callerOf(skewed, browser.jar.token)).jobs.submit({
      api: 'RebootVmInstance',
      params: { uuid: uuid ?? '' },
    });
    skew.ms = 4 * 3600_000;
    const stopped = await waitForJob(skewed, sent.id);
    expect(stopped.state).toBe('stopped-waiting');
    expect(stopped.finishedAt).toBeNull();
    skew.ms = 0;
    node.node.control.setLatency('RebootVmInstance', 0);
    // Another browser's router over the original services does not see the job as its own follower,
    // the resume goes to the replica of the skewed clock here.
    const resumed = await (await callerOf(skewed, browser.jar.token)).jobs.resume({
      id: sent.id,
    });
    expect(resumed.state).toBe('running');
    expect((await waitForJob(skewed, sent.id, ['succeeded', 'failed'])).state).toBe('succeeded');
    await skewed.jobs.stop();
  });

  it('a job the node no longer knows (result expired: 404) is outcome-unknown', async () => {
    // The send seam stands for a node that accepted the job and has since dropped its result
    // (rest/completedApi.expiredPeriod); the poll then answers 404.
    const gone = testServices(node.zstack, db, {
      endpoint: node.node.url,
      jobs: {
        poll: fastPolls,
        send: async (_client, _api, _params, options) => ({
          jobUuid: options.jobUuid ?? '',
          location: `${node.node.url}/v1/api-jobs/${options.jobUuid}`,
          transport: 'rest',
        }),
      },
    });
    const browser = await adminBrowser(services);
    const [uuid] = await vmUuids(node.zstack, 'Running');
    const sent = await (await callerOf(gone, browser.jar.token)).jobs.submit({
      api: 'RebootVmInstance',
      params: { uuid: uuid ?? '' },
    });
    const job = await waitForJob(gone, sent.id);
    expect(job.state).toBe('outcome-unknown');
    expect(job.outcome?.error?.code).toBe('ZDASH.JOB_EXPIRED');
    await gone.jobs.stop();
  });

  it('carries task progress of CreateVmInstance from GetTaskProgress while it runs', async () => {
    const admin = node.zstack.withSession('pending');
    await admin.loginByAccount('admin', 'password');
    const [offering] = (await admin.query('QueryInstanceOffering', { limit: 1 })).inventories;
    const [image] = (
      await admin.query('QueryImage', {
        conditions: [{ name: 'mediaType', op: '=', value: 'RootVolumeTemplate' }],
        limit: 1,
      })
    ).inventories;
    const [l3] = (
      await admin.query('QueryL3Network', {
        conditions: [{ name: 'category', op: '=', value: 'Private' }],
        limit: 1,
      })
    ).inventories;
    await admin.logout();
    const browser = await adminBrowser(services);
    const progress: unknown[] = [];
    const onChange = (job: { api: string; progress: unknown }) => {
      if (job.api === 'CreateVmInstance' && job.progress) progress.push(job.progress);
    };
    services.jobs.events.on('change', onChange);
    const sent = await (await browser.caller()).jobs.submit({
      api: 'CreateVmInstance',
      params: {
        name: 'progress-vm',
        instanceOfferingUuid: offering?.uuid,
        imageUuid: image?.uuid,
        l3NetworkUuids: [l3?.uuid],
      },
    });
    const done = await waitForJob(services, sent.id);
    services.jobs.events.off('change', onChange);
    expect(done.state).toBe('succeeded');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]).toMatchObject({ percent: expect.any(Number) });
  });
});
