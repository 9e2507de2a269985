import type { SubmittedJob } from '@zdash/zstack-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.ts';
import type { BffServices } from '../services.ts';
import { memoryDb, startTestNode, testServices } from '../testing/testBff.ts';
import type { SendStep } from './jobService.ts';
import { adminBrowser, callerOf, deferred, fastPolls, vmUuids, waitForJob } from './jobTesting.ts';
import { isDuplicateJobUuid } from './outcome.ts';

let node: Awaited<ReturnType<typeof startTestNode>>;
let db: Db;

beforeAll(async () => {
  node = await startTestNode({ seed: 'demo' });
  db = await memoryDb();
});
afterAll(async () => {
  await db.destroy();
  await node.close();
});

const leaseMs = 1000;

/** A replica whose clock is ahead by more than a lease: every lease of the "crashed" one expired. */
function restarted(send?: SendStep): BffServices {
  return testServices(node.zstack, db, {
    endpoint: node.node.url,
    jobs: {
      poll: fastPolls,
      leaseMs,
      now: () => Date.now() + 2 * leaseMs,
      ...(send ? { send } : {}),
    },
  });
}

/**
 * Starts a job on a replica whose send step stops at `when` ('before' the request, or 'after' it
 * reached the node), as if the process died there; returns the job id.
 */
async function crashAround(when: 'before' | 'after', api: string, params: Record<string, unknown>) {
  const reached = deferred<string>();
  const crashed = testServices(node.zstack, db, {
    endpoint: node.node.url,
    jobs: {
      poll: fastPolls,
      leaseMs,
      send: async (client, name, p, options) => {
        if (when === 'after') await client.submit(name as never, p as never, options);
        reached.resolve(options.jobUuid ?? '');
        return new Promise<SubmittedJob>(() => {}); // the answer never comes: the process died
      },
    },
  });
  const browser = await adminBrowser(crashed);
  void (await callerOf(crashed, browser.jar.token)).jobs.submit({ api, params }).catch(() => {});
  await reached.promise;
  await crashed.jobs.stop(); // no lease release: a SIGKILL leaves the lease to expire
  const row = await db
    .selectFrom('jobs')
    .selectAll()
    .orderBy('started_at', 'desc')
    .executeTakeFirstOrThrow();
  expect(row.state).toBe('sending');
  return row.id;
}

function recordingSend(seen: string[]): SendStep {
  return async (client, api, params, options) => {
    try {
      const sent = await client.submit(api as never, params as never, options);
      seen.push('accepted');
      return sent;
    } catch (error) {
      seen.push(isDuplicateJobUuid(error) ? 'duplicate' : 'error');
      throw error;
    }
  };
}

describe('restart between "sending" and the reply', () => {
  it('REST, died before the request left: re-sent with the same X-Job-UUID (202), then followed', async () => {
    const [uuid] = await vmUuids(node.zstack, 'Running');
    const id = await crashAround('before', 'StopVmInstance', { uuid });
    const seen: string[] = [];
    const next = restarted(recordingSend(seen));
    next.jobs.start();
    const job = await waitForJob(next, id);
    await next.jobs.stop();
    expect(seen).toEqual(['accepted']);
    expect(job.state).toBe('succeeded');
    expect(job.outcome?.result).toMatchObject({ inventory: { uuid, state: 'Stopped' } });
  });

  it('REST, died after the node got it: the re-send is a 400 duplicate, so the job is followed', async () => {
    const [uuid] = await vmUuids(node.zstack, 'Stopped');
    const id = await crashAround('after', 'StartVmInstance', { uuid });
    const seen: string[] = [];
    const next = restarted(recordingSend(seen));
    next.jobs.start();
    const job = await waitForJob(next, id);
    await next.jobs.stop();
    expect(seen).toEqual(['duplicate']);
    expect(job.state).toBe('succeeded');
    expect(job.outcome?.result).toMatchObject({ inventory: { uuid, state: 'Running' } });
  });

  it('a running job is resumed by the next replica once its lease expired', async () => {
    const [uuid] = await vmUuids(node.zstack, 'Running');
    node.node.control.setLatency('RebootVmInstance', 10_000);
    const first = testServices(node.zstack, db, {
      endpoint: node.node.url,
      jobs: { poll: { floorMs: 60_000, ceilMs: 60_000 }, leaseMs },
    });
    const browser = await adminBrowser(first);
    const sent = await (await callerOf(first, browser.jar.token)).jobs.submit({
      api: 'RebootVmInstance',
      params: { uuid },
    });
    await first.jobs.stop();
    node.node.control.setLatency('RebootVmInstance', 0);
    const next = restarted();
    next.jobs.start();
    const job = await waitForJob(next, sent.id);
    await next.jobs.stop();
    expect(job.state).toBe('succeeded');
  });
});

describe('the legacy RPC through the job service', () => {
  async function providerAndL2() {
    const admin = node.zstack.withSession('pending');
    await admin.loginByAccount('admin', 'password');
    const providers = await admin.query('QueryNetworkServiceProvider', {});
    const l2s = await admin.query('QueryL2Network', {});
    await admin.logout();
    for (const p of providers.inventories) {
      const attached = new Set(
        (p as { attachedL2NetworkUuids?: string[] }).attachedL2NetworkUuids ?? [],
      );
      const l2 = l2s.inventories.find((l) => !attached.has(l.uuid));
      if (l2) return { networkServiceProviderUuid: p.uuid, l2NetworkUuid: l2.uuid };
    }
    throw new Error('the demo seed has no free provider/L2 pair');
  }

  it('AttachNetworkServiceProviderToL2Network (RPC-only) runs to succeeded with the node’s job uuid', async () => {
    const services = testServices(node.zstack, db, {
      endpoint: node.node.url,
      jobs: { poll: fastPolls },
    });
    const browser = await adminBrowser(services);
    const params = await providerAndL2();
    const sent = await (await callerOf(services, browser.jar.token)).jobs.submit({
      api: 'AttachNetworkServiceProviderToL2Network',
      params,
    });
    expect(sent.transport).toBe('rpc');
    expect(sent.zstackJobUuid).toMatch(/^[0-9a-f]{32}$/);
    const job = await waitForJob(services, sent.id);
    expect(job.state).toBe('succeeded');
    const detail = await (await callerOf(services, browser.jar.token)).jobs.get({ id: sent.id });
    expect(detail.curl).toContain('/api');
    expect(detail.curl).toContain('org.zstack.');
    await services.jobs.stop();
  });

  it('dying between the RPC send and its reply is outcome-unknown after the restart', async () => {
    const id = await crashAround(
      'after',
      'DetachNetworkServiceProviderFromL2Network',
      await attachedPair(),
    );
    const next = restarted();
    next.jobs.start();
    const job = await waitForJob(next, id);
    await next.jobs.stop();
    expect(job.state).toBe('outcome-unknown');
    expect(job.outcome?.note).toMatch(/legacy RPC/);
  });

  async function attachedPair() {
    const admin = node.zstack.withSession('pending');
    await admin.loginByAccount('admin', 'password');
    const providers = await admin.query('QueryNetworkServiceProvider', {});
    await admin.logout();
    for (const p of providers.inventories) {
      const l2 = (p as { attachedL2NetworkUuids?: string[] }).attachedL2NetworkUuids?.[0];
      if (l2) return { networkServiceProviderUuid: p.uuid, l2NetworkUuid: l2 };
    }
    throw new Error('no attached provider');
  }
});
