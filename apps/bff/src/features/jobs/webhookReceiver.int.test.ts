import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.ts';
import { adminBrowser, callerOf, vmUuids, waitForJob } from '../../jobs/jobTesting.ts';
import { createBffServer } from '../../server/httpServer.ts';
import type { BffServices } from '../../services.ts';
import { memoryDb, startTestNode, testServices } from '../../testing/testBff.ts';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

let node: Awaited<ReturnType<typeof startTestNode>>;
let db: Db;
let services: BffServices;
let url: string;
let close: () => Promise<void>;
const polls: string[] = [];

beforeAll(async () => {
  node = await startTestNode({ seed: 'demo' });
  db = await memoryDb();
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  services = testServices(node.zstack, db, {
    endpoint: node.node.url,
    webhookBaseUrl: url,
    // Webhook mode polls only to confirm a callback (the fallback poll is 15 minutes away).
    jobs: { poll: { floorMs: 5, ceilMs: 60_000 }, onPoll: (job) => polls.push(job.id) },
  });
  const bff = createBffServer({ services, webDist: '/nonexistent-zdash-dist' });
  await bff.listen(port, '127.0.0.1');
  close = () => bff.close();
});
afterAll(async () => {
  await services.jobs.stop();
  await close();
  await db.destroy();
  await node.close();
});

describe('the X-Web-Hook receiver', () => {
  it('ignores forged callbacks; the node’s callback leads to exactly one confirming GET', async () => {
    const browser = await adminBrowser(services);
    const [uuid] = await vmUuids(node.zstack, 'Running');
    node.node.control.setLatency('RebootVmInstance', 30_000);
    const sent = await (await callerOf(services, browser.jar.token)).jobs.submit({
      api: 'RebootVmInstance',
      params: { uuid },
    });
    const row = await services.jobs.repo.get(sent.id);
    const secret = row?.webhook_secret ?? '';
    expect(secret.length).toBeGreaterThanOrEqual(43);

    const forged = [
      `/hooks/jobs/${sent.id}/${'A'.repeat(secret.length)}`, // wrong secret, same length
      `/hooks/jobs/${sent.id}/short`, // wrong length
      `/hooks/jobs/${crypto.randomUUID()}/${secret}`, // right secret, other job
    ];
    for (const path of forged) {
      const res = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ inventory: { uuid, state: 'Destroyed' } }),
      });
      expect(res.status).toBe(404);
    }
    const get = await fetch(`${url}/hooks/jobs/${sent.id}/${secret}`);
    expect(get.status).toBe(404); // only POST
    expect((await services.jobs.get(sent.id)).state).toBe('running');
    expect(polls).toEqual([]);

    const done = await waitForJob(services, sent.id);
    node.node.control.setLatency('RebootVmInstance', 0);
    expect(done.state).toBe('succeeded');
    expect(done.outcome?.result).toMatchObject({ inventory: { uuid, state: 'Running' } });
    expect(polls.filter((id) => id === sent.id)).toHaveLength(1);
  });
});
