import { TRPCError } from '@trpc/server';
import type { VmInstanceInventory } from '@zdash/zstack-api';
import type { ZStackClient } from '@zdash/zstack-client';
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
/** The admin's view of the demo seed, straight from the simulator: the ground truth. */
let root: ZStackClient;
let all: VmInstanceInventory[];

beforeAll(async () => {
  node = await startTestNode({ seed: 'demo' });
  db = await memoryDb();
  await createNormalAccount(node.zstack, 'tenant', 'tenant-pass');
  root = node.zstack.withSession('pending');
  await root.loginByAccount('admin', 'password');
  all = (await root.query('QueryVmInstance', {})).inventories;
});
afterAll(async () => {
  await root.logout();
  await db.destroy();
  await node.close();
});

async function adminCaller() {
  const browser = testBrowser(testServices(node.zstack, db));
  await (await browser.caller()).auth.signIn(adminLogin);
  return browser.caller();
}

const uuids = (page: { items: { uuid: string }[] }) => page.items.map((vm) => vm.uuid).sort();

describe('vms.list', () => {
  it('pages with the total of all matches, in the BFF shape', async () => {
    expect(all.length).toBeGreaterThan(3);
    const vms = (await adminCaller()).vms;
    const first = await vms.list({ limit: 2 });
    expect(first.total).toBe(all.length);
    expect(first.items).toHaveLength(2);
    const rest = await vms.list({ limit: 1000, start: 2 });
    expect(rest.total).toBe(all.length);
    expect([...first.items, ...rest.items].map((vm) => vm.uuid).sort()).toEqual(
      all.map((vm) => vm.uuid).sort(),
    );
    const vm = first.items[0];
    const raw = all.find((r) => r.uuid === vm?.uuid);
    expect(vm).toEqual({
      uuid: raw?.uuid,
      name: raw?.name,
      state: raw?.state,
      type: raw?.type,
      cpuNum: raw?.cpuNum,
      memorySize: raw?.memorySize,
      ...(raw?.hostUuid ? { hostUuid: raw.hostUuid } : {}),
      ...(raw?.clusterUuid ? { clusterUuid: raw.clusterUuid } : {}),
      ...(raw?.zoneUuid ? { zoneUuid: raw.zoneUuid } : {}),
      ...(raw?.imageUuid ? { imageUuid: raw.imageUuid } : {}),
      ...(raw?.defaultL3NetworkUuid ? { defaultL3NetworkUuid: raw.defaultL3NetworkUuid } : {}),
      ips: raw?.vmNics.flatMap((nic) => (nic.ip ? [nic.ip] : [])),
      createDate: expect.any(Date),
      lastOpDate: expect.any(Date),
    });
    expect(vm).not.toHaveProperty('vmNics');
    expect(vm).not.toHaveProperty('allVolumes');
  });

  it('filters by state (any of), name fragment, L3 network, host, cluster and zone', async () => {
    const vms = (await adminCaller()).vms;
    const expectMatch = async (
      filters: Parameters<typeof vms.list>[0]['filters'],
      keep: (vm: VmInstanceInventory) => boolean,
    ) => {
      const page = await vms.list({ limit: 1000, filters });
      const want = all
        .filter(keep)
        .map((vm) => vm.uuid)
        .sort();
      expect(want.length, JSON.stringify(filters)).toBeGreaterThan(0);
      expect(uuids(page), JSON.stringify(filters)).toEqual(want);
      expect(page.total).toBe(want.length);
    };
    const states = [...new Set(all.map((vm) => vm.state))];
    await expectMatch({ state: states.slice(0, 1) }, (vm) => vm.state === states[0]);
    await expectMatch({ state: states }, () => true);
    const name = all[0]?.name ?? '';
    const fragment = name.slice(1, Math.max(2, name.length - 1)).replaceAll(/[%_\\=]/g, '');
    await expectMatch({ nameContains: fragment }, (vm) =>
      vm.name.toLowerCase().includes(fragment.toLowerCase()),
    );
    const l3 = all.flatMap((vm) => vm.vmNics)[0]?.l3NetworkUuid ?? '';
    await expectMatch({ l3NetworkUuid: l3 }, (vm) =>
      vm.vmNics.some((nic) => nic.l3NetworkUuid === l3),
    );
    const withHost = all.find((vm) => vm.hostUuid);
    await expectMatch({ hostUuid: withHost?.hostUuid }, (vm) => vm.hostUuid === withHost?.hostUuid);
    await expectMatch(
      { clusterUuid: withHost?.clusterUuid },
      (vm) => vm.clusterUuid === withHost?.clusterUuid,
    );
    await expectMatch({ zoneUuid: withHost?.zoneUuid }, (vm) => vm.zoneUuid === withHost?.zoneUuid);
    await expectMatch(
      { state: [withHost?.state ?? ''], hostUuid: withHost?.hostUuid },
      (vm) => vm.state === withHost?.state && vm.hostUuid === withHost?.hostUuid,
    );
    expect((await vms.list({ filters: { nameContains: 'no-such-vm-anywhere' } })).total).toBe(0);
  });

  it('sorts by the column asked, both ways', async () => {
    const vms = (await adminCaller()).vms;
    const byMemory = await vms.list({ limit: 1000, sort: { by: 'memorySize', direction: 'desc' } });
    const memory = byMemory.items.map((vm) => vm.memorySize);
    expect(memory).toEqual([...memory].sort((a, b) => b - a));
    const byName = await vms.list({ limit: 1000, sort: { by: 'name', direction: 'asc' } });
    const names = byName.items.map((vm) => vm.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byDate = await vms.list({ limit: 1000, sort: { by: 'createDate', direction: 'desc' } });
    const dates = byDate.items.map((vm) => vm.createDate?.getTime() ?? 0);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('shows a Normal account only its own VMs: none on the demo seed', async () => {
    const browser = testBrowser(testServices(node.zstack, db));
    await (await browser.caller()).auth.signIn({
      kind: 'account',
      accountName: 'tenant',
      password: 'tenant-pass',
    });
    expect(await (await browser.caller()).vms.list({})).toEqual({ total: 0, items: [] });
  });

  it('refuses bad input with BAD_REQUEST and the fields at fault', async () => {
    const vms = (await adminCaller()).vms;
    const bad = [
      { limit: 0 },
      { limit: 1001 },
      { start: -1 },
      { sort: { by: 'uuid', direction: 'asc' } },
      { filters: { nameContains: '50%' } },
      { filters: { nameContains: 'web_1' } },
      { filters: { state: ['Running,Stopped'] } },
      { filters: { hostUuid: 'not-a-uuid' } },
    ];
    for (const input of bad) {
      const error = await vms.list(input as never).catch((e: unknown) => e);
      expect(error, JSON.stringify(input)).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('BAD_REQUEST');
    }
    const error = (await vms.list({ limit: 0 }).catch((e: unknown) => e)) as TRPCError;
    const { z } = await import('zod');
    expect(z.flattenError(error.cause as never).fieldErrors).toHaveProperty('limit');
  });

  it('needs a session, and polling (background) leaves the idle clock alone', async () => {
    const clock = fakeClock();
    const browser = testBrowser(testServices(node.zstack, db, { clock }));
    await expect((await browser.caller()).vms.list({})).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await (await browser.caller()).auth.signIn(adminLogin);
    const before = await (await browser.caller()).auth.session();
    await clock.advance(60_000);
    await (await browser.caller({ background: true })).vms.list({ limit: 1 });
    const after = await (await browser.caller()).auth.session();
    expect(after?.idleExpiresAt.getTime()).toBe(before?.idleExpiresAt.getTime());
  });
});
