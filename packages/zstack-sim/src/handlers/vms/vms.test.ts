import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../core/apiError.ts';
import { checkInvariants } from '../../domain/invariants.ts';
import { buildTestCloud, type TestCloud } from '../../domain/testCloud.ts';
import { createTestSim, type TestSim } from '../../domain/testing.ts';

// biome-ignore lint/suspicious/noExplicitAny: inventories are JSON the tests inspect freely
type Json = Record<string, any>;

let sim: TestSim;
let cloud: TestCloud;

async function createVm(extra: Record<string, unknown> = {}, systemTags: string[] = []) {
  const reply = await sim.call(
    'CreateVmInstance',
    {
      name: 'vm',
      imageUuid: cloud.image,
      instanceOfferingUuid: cloud.offering,
      l3NetworkUuids: [cloud.l3],
      ...extra,
    },
    { systemTags },
  );
  return reply.inventory as Json;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

const host = (uuid: string) => sim.store.get('Host', uuid) as Json;
const vmRow = (uuid: string) => sim.store.get('VmInstance', uuid) as Json | undefined;

beforeEach(async () => {
  sim = createTestSim();
  cloud = await buildTestCloud(sim);
});

afterEach(() => {
  expect(checkInvariants(sim.store, { version: sim.version })).toEqual([]);
});

describe('CreateVmInstance', () => {
  it('allocates host, storage, IP and capacity, and ends Running', async () => {
    const vm = await createVm({ dataDiskOfferingUuids: [cloud.diskOffering] });
    expect(vm.state).toBe('Running');
    expect(cloud.hosts).toContain(vm.hostUuid);
    expect(vm.vmNics).toHaveLength(1);
    expect(vm.vmNics[0].ip).toBe('10.0.0.10');
    expect(vm.vmNics[0].internalName).toMatch(/^vnic\d+\.0$/);
    expect(vm.vmNics[0].mac).toMatch(/^fa(:[0-9a-f]{2}){5}$/);
    expect(vm.allVolumes).toHaveLength(2);
    const h = host(vm.hostUuid);
    expect(h.availableCpuCapacity).toBe(h.totalCpuCapacity - 1);
    expect(h.availableMemoryCapacity).toBe(h.totalMemoryCapacity - 1024 ** 3);
    expect(vm.internalId).toBeUndefined();
  });

  it('honours a staticIp tag and refuses a taken one without changing anything', async () => {
    const vm = await createVm({}, [`staticIp::${cloud.l3}::10.0.0.77`]);
    expect(vm.vmNics[0].ip).toBe('10.0.0.77');
    const count = sim.store.count('VmInstance');
    const taken = await failure(createVm({}, [`staticIp::${cloud.l3}::10.0.0.77`]));
    expect(taken.code).toBe('SYS.1006');
    expect(taken.details).toContain('has been occupied');
    const outside = await failure(createVm({}, [`staticIp::${cloud.l3}::10.0.1.5`]));
    expect(outside.code).toBe('SYS.1007');
    expect(sim.store.count('VmInstance')).toBe(count);
  });

  it('refuses when no host has room (HOST_ALLOCATION) and rolls nothing forward', async () => {
    await createVm({ instanceOfferingUuid: cloud.bigOffering });
    await createVm({ instanceOfferingUuid: cloud.bigOffering });
    const before = sim.store.count('UsedIp');
    const error = await failure(
      createVm({ instanceOfferingUuid: cloud.bigOffering, name: 'third' }),
    );
    expect(error.code).toBe('VM.1000');
    expect(error.causeCode?.code).toBe('HOST_ALLOCATION.1000');
    expect(sim.store.count('UsedIp')).toBe(before);
  });

  it('spreads VMs and honours hostUuid', async () => {
    const target = cloud.hosts[1] as string;
    const vm = await createVm({ hostUuid: target });
    expect(vm.hostUuid).toBe(target);
  });

  it('CreateStopped holds no host capacity; JustCreate leaves volumes NotInstantiated', async () => {
    const stopped = await createVm({ strategy: 'CreateStopped' });
    expect(stopped.state).toBe('Stopped');
    expect(stopped.hostUuid).toBeUndefined();
    expect(stopped.lastHostUuid).toBeDefined();
    const created = await createVm({ strategy: 'JustCreate' });
    expect(created.state).toBe('Created');
    expect(created.allVolumes[0].status).toBe('NotInstantiated');
    const started = (await sim.call('StartVmInstance', { uuid: created.uuid })).inventory;
    expect(started.state).toBe('Running');
    expect(started.allVolumes[0].status).toBe('Ready');
  });

  it('validates interceptor rules', async () => {
    expect((await failure(createVm({ l3NetworkUuids: [cloud.l3, cloud.l3] }))).details).toContain(
      'same uuid',
    );
    await sim.call('ChangeImageState', { uuid: cloud.image, stateEvent: 'disable' });
    expect((await failure(createVm())).details).toContain('is Disabled');
    await sim.call('ChangeImageState', { uuid: cloud.image, stateEvent: 'enable' });
    await sim.call('ChangeL3NetworkState', { uuid: cloud.l3, stateEvent: 'disable' });
    expect((await failure(createVm())).details).toContain('can not create vm on it');
    await sim.call('ChangeL3NetworkState', { uuid: cloud.l3, stateEvent: 'enable' });
    await sim.call('ChangeHostState', { uuid: cloud.hosts[0], stateEvent: 'disable' });
    expect((await failure(createVm({ hostUuid: cloud.hosts[0] }))).details).toContain(
      'is specified but',
    );
    expect(sim.store.count('VmInstance')).toBe(0);
  });

  it('checks userdata: base64 on 4.8, plain text accepted on 1.2', async () => {
    const bad = await failure(createVm({}, ['userdata::#cloud-config\nfoo: bar']));
    expect(bad.code).toBe('SYS.1007');
    const ok = await createVm({}, [
      `userdata::${Buffer.from('#cloud-config').toString('base64')}`,
      'rootPassword::secret',
    ]);
    expect(sim.store.find('SystemTag', { resourceUuid: ok.uuid })).toHaveLength(2);
    expect(JSON.stringify(ok)).not.toContain('secret');

    const old = createTestSim({ version: '1.2.0' });
    const oldCloud = await buildTestCloud(old, 1);
    const reply = await old.call(
      'CreateVmInstance',
      {
        name: 'v',
        imageUuid: oldCloud.image,
        instanceOfferingUuid: oldCloud.offering,
        l3NetworkUuids: [oldCloud.l3],
      },
      { systemTags: ['userdata::#cloud-config\nfoo: bar'] },
    );
    expect(reply.inventory.state).toBe('Running');
    expect(checkInvariants(old.store, { version: old.version })).toEqual([]);
  });
});

describe('VM state machine', () => {
  it('stop releases and start reserves capacity', async () => {
    const vm = await createVm();
    const h = vm.hostUuid as string;
    const stopped = (await sim.call('StopVmInstance', { uuid: vm.uuid, type: 'cold' })).inventory;
    expect(stopped.state).toBe('Stopped');
    expect(stopped.hostUuid).toBeUndefined();
    expect(host(h).availableMemoryCapacity).toBe(host(h).totalMemoryCapacity);
    const again = (await sim.call('StopVmInstance', { uuid: vm.uuid })).inventory;
    expect(again.state).toBe('Stopped');
    const started = (await sim.call('StartVmInstance', { uuid: vm.uuid })).inventory;
    expect(started.state).toBe('Running');
    const rebooted = (await sim.call('RebootVmInstance', { uuid: vm.uuid })).inventory;
    expect(rebooted.state).toBe('Running');
  });

  it('shows transitional states while the job runs', async () => {
    const vm = await createVm();
    const stopping = sim.call('StopVmInstance', { uuid: vm.uuid });
    expect(vmRow(vm.uuid)?.state).toBe('Stopping');
    await stopping;
    expect(vmRow(vm.uuid)?.state).toBe('Stopped');
  });

  it('refuses operations in the wrong state with VM.1010', async () => {
    const vm = await createVm({ strategy: 'CreateStopped' });
    const reboot = await failure(sim.call('RebootVmInstance', { uuid: vm.uuid }));
    expect(reboot.code).toBe('SYS.1006');
    expect(reboot.causeCode?.code).toBe('VM.1010');
    expect(reboot.details).toContain('current vm instance state[Stopped]');
    expect((await failure(sim.call('ExpungeVmInstance', { uuid: vm.uuid }))).causeCode?.code).toBe(
      'VM.1010',
    );
    expect(
      (await failure(sim.call('MigrateVm', { vmInstanceUuid: vm.uuid }))).causeCode?.code,
    ).toBe('VM.1010');
  });

  it('start on Running is refused before 3.10 and a no-op after', async () => {
    const vm = await createVm();
    expect((await sim.call('StartVmInstance', { uuid: vm.uuid })).inventory.state).toBe('Running');
    const old = createTestSim({ version: '2.3.0' });
    const oldCloud = await buildTestCloud(old, 1);
    const created = await old.call('CreateVmInstance', {
      name: 'v',
      imageUuid: oldCloud.image,
      instanceOfferingUuid: oldCloud.offering,
      l3NetworkUuids: [oldCloud.l3],
    });
    const error = await failure(old.call('StartVmInstance', { uuid: created.inventory.uuid }));
    expect(error.causeCode?.code).toBe('VM.1010');
  });

  it('destroy → recover → destroy → expunge frees IPs and volumes', async () => {
    const vm = await createVm({ dataDiskOfferingUuids: [cloud.diskOffering] });
    await sim.call('DestroyVmInstance', { uuid: vm.uuid });
    expect(vmRow(vm.uuid)?.state).toBe('Destroyed');
    expect(vmRow(vm.uuid)?.hostUuid).toBeFalsy();
    expect(sim.store.count('UsedIp')).toBe(1);
    const recovered = (await sim.call('RecoverVmInstance', { uuid: vm.uuid })).inventory;
    expect(recovered.state).toBe('Stopped');
    await sim.call('DestroyVmInstance', { uuid: vm.uuid });
    await sim.call('ExpungeVmInstance', { uuid: vm.uuid });
    expect(vmRow(vm.uuid)).toBeUndefined();
    expect(sim.store.count('UsedIp')).toBe(0);
    const volumes = sim.store.find('Volume') as Json[];
    expect(volumes).toHaveLength(1);
    expect(volumes[0]?.type).toBe('Data');
    expect(volumes[0]?.vmInstanceUuid).toBeFalsy();
  });

  it('Direct deletion policy expunges at once', async () => {
    sim.configs.update('vm', 'deletionPolicy', 'Direct');
    const vm = await createVm();
    await sim.call('DestroyVmInstance', { uuid: vm.uuid });
    expect(vmRow(vm.uuid)).toBeUndefined();
  });

  it('a destroy during Starting wins and the start job fails', async () => {
    sim.clock.setTimeScale(0.01);
    const starting = createVm({ name: 'racing' });
    await new Promise((r) => setTimeout(r, 5));
    const uuid = String(sim.store.find('VmInstance', { name: 'racing' })[0]?.uuid);
    expect(vmRow(uuid)?.state).toBe('Starting');
    const destroy = sim.call('DestroyVmInstance', { uuid });
    await expect(starting).rejects.toThrow(/left state Starting/);
    await destroy;
    expect(vmRow(uuid)?.state).toBe('Destroyed');
  });

  it('a cancelled start rolls back to Stopped', async () => {
    const vm = await createVm({ strategy: 'CreateStopped' });
    const controller = new AbortController();
    const start = sim.call('StartVmInstance', { uuid: vm.uuid }, { signal: controller.signal });
    expect(vmRow(vm.uuid)?.state).toBe('Starting');
    controller.abort(new Error('timeout'));
    await expect(start).rejects.toThrow();
    expect(vmRow(vm.uuid)?.state).toBe('Stopped');
  });
});

describe('migration and offerings', () => {
  it('migrates to the other host and lists candidates', async () => {
    const vm = await createVm();
    const candidates = (await sim.call('GetVmMigrationCandidateHosts', { vmInstanceUuid: vm.uuid }))
      .inventories;
    expect(candidates.map((h: { uuid: string }) => h.uuid)).toEqual(
      cloud.hosts.filter((h) => h !== vm.hostUuid),
    );
    const same = await failure(
      sim.call('MigrateVm', { vmInstanceUuid: vm.uuid, hostUuid: vm.hostUuid }),
    );
    expect(same.code).toBe('SYS.1007');
    const moved = (await sim.call('MigrateVm', { vmInstanceUuid: vm.uuid })).inventory;
    expect(moved.state).toBe('Running');
    expect(moved.hostUuid).not.toBe(vm.hostUuid);
    expect(moved.lastHostUuid).toBe(vm.hostUuid);
  });

  it('changes the offering of a stopped VM but not of a running one', async () => {
    const vm = await createVm();
    const running = await failure(
      sim.call('ChangeInstanceOffering', {
        vmInstanceUuid: vm.uuid,
        instanceOfferingUuid: cloud.bigOffering,
      }),
    );
    expect(running.code).toBe('SYS.1007');
    await sim.call('StopVmInstance', { uuid: vm.uuid });
    const changed = (
      await sim.call('ChangeInstanceOffering', {
        vmInstanceUuid: vm.uuid,
        instanceOfferingUuid: cloud.bigOffering,
      })
    ).inventory;
    expect(changed.cpuNum).toBe(8);
    await sim.call('StartVmInstance', { uuid: vm.uuid });
    const updated = (await sim.call('UpdateVmInstance', { uuid: vm.uuid, name: 'renamed' }))
      .inventory;
    expect(updated.name).toBe('renamed');
  });
});
