import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectFailure } from '../../domain/expectFailure.ts';
import { checkInvariants } from '../../domain/invariants.ts';
import { buildTestCloud, type TestCloud } from '../../domain/testCloud.ts';
import { createTestSim, type TestSim } from '../../domain/testing.ts';

let sim: TestSim;
let cloud: TestCloud;
const GiB = 1024 ** 3;

async function vmOn(hostUuid: string, offering = cloud.offering) {
  const reply = await sim.call('CreateVmInstance', {
    name: 'vm',
    imageUuid: cloud.image,
    instanceOfferingUuid: offering,
    l3NetworkUuids: [cloud.l3],
    hostUuid,
  });
  return reply.inventory as { uuid: string; hostUuid: string };
}

beforeEach(async () => {
  sim = createTestSim();
  cloud = await buildTestCloud(sim);
});
afterEach(() => expect(checkInvariants(sim.store, { version: sim.version })).toEqual([]));

describe('AddKVMHost', () => {
  it('connects with progress and a profile chosen by the management IP', async () => {
    const h = sim.store.get('Host', cloud.hosts[0] as string);
    expect(h?.status).toBe('Connected');
    expect(sim.progress.filter((p) => p.api === 'AddKVMHost').length).toBeGreaterThan(3);
    const again = createTestSim();
    const c2 = await buildTestCloud(again);
    expect(again.store.get('Host', c2.hosts[0] as string)?.totalMemoryCapacity).toBe(
      h?.totalMemoryCapacity,
    );
  });

  it('is Connecting while the agent deploys', async () => {
    sim.clock.setTimeScale(0.001);
    const adding = sim.call('AddKVMHost', {
      name: 'h',
      managementIp: '192.168.0.50',
      clusterUuid: cloud.cluster,
      username: 'root',
      password: 'p',
    });
    await new Promise((r) => setTimeout(r, 1));
    expect(sim.store.find('Host', { managementIp: '192.168.0.50' })[0]?.status).toBe('Connecting');
    await adding;
    expect(sim.store.find('Host', { managementIp: '192.168.0.50' })[0]?.status).toBe('Connected');
  });

  it('refuses a duplicate or malformed management IP', async () => {
    const dup = await expectFailure(
      sim.call('AddKVMHost', {
        name: 'x',
        managementIp: '192.168.0.11',
        clusterUuid: cloud.cluster,
        username: 'root',
        password: 'p',
      }),
    );
    expect(dup.code).toBe('SYS.1007');
    expect(dup.details).toBe('there has been a host having managementIp[192.168.0.11]');
    const bad = await expectFailure(
      sim.call('AddKVMHost', {
        name: 'x',
        managementIp: '300.1.1.1',
        clusterUuid: cloud.cluster,
        username: 'root',
        password: 'p',
      }),
    );
    expect(bad.code).toBe('SYS.1007');
    expect(sim.store.count('Host')).toBe(2);
  });

  it('hides the SSH password', () => {
    const inv = sim.store.toInventory(
      'Host',
      sim.store.get('Host', cloud.hosts[0] as string) ?? {},
    );
    expect(inv.password).toBeUndefined();
    expect(inv.username).toBe('root');
  });
});

describe('ChangeHostState maintain', () => {
  it('migrates running VMs away and ends in Maintenance', async () => {
    const [h1, h2] = cloud.hosts as [string, string];
    const vm = await vmOn(h1);
    const reply = (await sim.call('ChangeHostState', { uuid: h1, stateEvent: 'maintain' }))
      .inventory;
    expect(reply.state).toBe('Maintenance');
    expect(sim.store.get('VmInstance', vm.uuid)?.hostUuid).toBe(h2);
    expect(sim.store.get('VmInstance', vm.uuid)?.state).toBe('Running');
    const create = await expectFailure(vmOn(h1));
    expect(create.details).toContain('is specified but');
    expect(
      (await sim.call('ChangeHostState', { uuid: h1, stateEvent: 'enable' })).inventory.state,
    ).toBe('Enabled');
  });

  it('fails and returns to the previous state when a VM has nowhere to go', async () => {
    const [h1, h2] = cloud.hosts as [string, string];
    const smaller = Math.min(
      ...[h1, h2].map((h) => Number(sim.store.get('Host', h)?.totalMemoryCapacity)),
    );
    const offering = (
      await sim.call('CreateInstanceOffering', {
        name: 'most',
        cpuNum: 2,
        memorySize: Math.floor(smaller * 0.6),
      })
    ).inventory.uuid;
    await vmOn(h1, offering);
    await vmOn(h2, offering);
    expect(smaller).toBeLessThan(300 * GiB);
    const error = await expectFailure(
      sim.call('ChangeHostState', { uuid: h1, stateEvent: 'maintain' }),
    );
    expect(error.code).toBe('HOST.1001');
    expect(sim.store.get('Host', h1)?.state).toBe('Enabled');
  });

  it('refuses to maintain a host that is not Connected', async () => {
    const h1 = cloud.hosts[0] as string;
    sim.store.update('Host', h1, { status: 'Disconnected' });
    const error = await expectFailure(
      sim.call('ChangeHostState', { uuid: h1, stateEvent: 'maintain' }),
    );
    expect(error.details).toContain('which is not Connected');
    sim.store.update('Host', h1, { status: 'Connected' });
  });
});

describe('ReconnectHost and DeleteHost', () => {
  it('reconnect keeps VM capacity accounted', async () => {
    const h1 = cloud.hosts[0] as string;
    await vmOn(h1);
    const inv = (await sim.call('ReconnectHost', { uuid: h1 })).inventory;
    expect(inv.status).toBe('Connected');
  });

  it('deleting a host stops its VMs and frees nothing else', async () => {
    const h1 = cloud.hosts[0] as string;
    const vm = await vmOn(h1);
    await sim.call('DeleteHost', { uuid: h1 });
    expect(sim.store.get('Host', h1)).toBeUndefined();
    const row = sim.store.get('VmInstance', vm.uuid);
    expect(row?.state).toBe('Stopped');
    expect(row?.hostUuid).toBeFalsy();
    expect(row?.lastHostUuid).toBeFalsy();
    expect((await sim.call('StartVmInstance', { uuid: vm.uuid })).inventory.hostUuid).toBe(
      cloud.hosts[1],
    );
  });
});
