import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.ts';
import { adminBrowser, callerOf, fastPolls, vmUuids, waitForJob } from '../../jobs/jobTesting.ts';
import {
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

describe('apiTimeouts on a 4.8 node', () => {
  it('says which rule applies, lets an admin override, sends X-API-Timeout only then', async () => {
    const services = testServices(node.zstack, db, {
      endpoint: node.node.url,
      jobs: { poll: fastPolls },
    });
    const caller = await (await adminBrowser(services)).caller();
    const before = await caller.apiTimeouts.list();
    expect(before.nodeConfigs).toBe(true);
    const row = (name: string, list = before) => list.items.find((i) => i.api === name);
    expect(row('AddImage')).toMatchObject({ rule: 'zstackDefault', effective: '3h' });
    expect(row('StartVmInstance')).toMatchObject({ rule: 'zstackDefault', effective: '30m' });
    expect(row('QueryVmInstance')).toBeUndefined();

    await expect(
      caller.apiTimeouts.set({ api: 'RebootVmInstance', timeout: '4m' }),
    ).rejects.toThrow(/At least 5 minutes/);
    await expect(
      caller.apiTimeouts.set({ api: 'RebootVmInstance', timeout: 'soon' }),
    ).rejects.toThrow(/duration such as/);
    expect(await caller.apiTimeouts.set({ api: 'RebootVmInstance', timeout: '2h' })).toMatchObject({
      timeoutMs: 7_200_000,
      timeout: '2h',
    });
    const after = await caller.apiTimeouts.list();
    expect(row('RebootVmInstance', after)).toMatchObject({ rule: 'override', effective: '2h' });

    const [uuid] = await vmUuids(node.zstack, 'Running');
    const rebooted = await caller.jobs.submit({ api: 'RebootVmInstance', params: { uuid } });
    expect(rebooted.apiTimeoutSec).toBe(7200);
    const started = await caller.jobs.submit({ api: 'StopVmInstance', params: { uuid } });
    expect(started.apiTimeoutSec).toBeNull();
    await Promise.all([waitForJob(services, rebooted.id), waitForJob(services, started.id)]);

    expect(await caller.apiTimeouts.clear({ api: 'RebootVmInstance' })).toEqual({
      api: 'RebootVmInstance',
      cleared: true,
    });
    expect(row('RebootVmInstance', await caller.apiTimeouts.list())?.rule).toBe('zstackDefault');
  });

  it('reads and edits the node’s apiTimeout global configs', async () => {
    const services = testServices(node.zstack, db);
    const caller = await (await adminBrowser(services)).caller();
    const configs = await caller.apiTimeouts.nodeConfigs();
    expect(configs.find((c) => c.api === 'AddImage')).toMatchObject({ ms: 3 * 3600_000 });
    expect(
      await caller.apiTimeouts.setNodeConfig({ api: 'StartVmInstance', value: '45m' }),
    ).toMatchObject({ name: 'org.zstack.header.vm.APIStartVmInstanceMsg', value: '45m' });
    const list = await caller.apiTimeouts.list();
    expect(list.items.find((i) => i.api === 'StartVmInstance')).toMatchObject({
      rule: 'nodeConfig',
      effectiveMs: 45 * 60_000,
    });
    await expect(
      caller.apiTimeouts.setNodeConfig({ api: 'StartVmInstance', value: 60_000 }),
    ).rejects.toThrow(/At least 5 minutes/);
    await caller.apiTimeouts.setNodeConfig({ api: 'StartVmInstance', value: '30m' });
  });

  it('is admin-only for changes', async () => {
    const services = testServices(node.zstack, db);
    const browser = testBrowser(services);
    await (await browser.caller()).auth.signIn({
      kind: 'account',
      accountName: 'tenant',
      password: 'tenant-pass',
    });
    const caller = await browser.caller();
    await expect(caller.apiTimeouts.set({ api: 'AddImage', timeout: '6h' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const list = await caller.apiTimeouts.list();
    expect(list.items.every((i) => i.nodeConfig === null)).toBe(true);
  });
});

describe('apiTimeouts on older nodes', () => {
  it('prints the zstack.properties lines: relatives form on 1.2, timeout:: form on 2.x', async () => {
    for (const [version, form, sample] of [
      ['1.2.0', 'relatives', 'ApiTimeout.org.zstack.header.image.APIAddImageMsg = …; 3h'],
      ['2.3.0', 'timeout', 'ApiTimeout.org.zstack.header.image.APIAddImageMsg = timeout::3h'],
    ] as const) {
      const old = await startTestNode({ zstackVersion: version });
      const store = await memoryDb();
      const services = testServices(old.zstack, store);
      const caller = await callerOf(services, (await adminBrowser(services)).jar.token);
      const result = await caller.apiTimeouts.propertiesLines({});
      expect(result.form).toBe(form);
      expect(result.lines).toContain(sample);
      expect(result.lines).toHaveLength(7);
      await expect(caller.apiTimeouts.nodeConfigs()).rejects.toMatchObject({
        code: 'NOT_IMPLEMENTED',
      });
      await store.destroy();
      await old.close();
    }
  });
});
