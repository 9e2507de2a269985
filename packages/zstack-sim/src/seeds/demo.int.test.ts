import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkInvariants } from '../domain/invariants.ts';
import { startTestSim, type TestSim } from '../http/testKit.ts';
import { demoIds } from './demoIds.ts';

let t: TestSim;
let session: string;

beforeEach(async () => {
  t = await startTestSim({ seed: 'demo' });
  session = await t.login();
});
afterEach(async () => {
  expect(checkInvariants(t.running.sim.store, { version: t.running.sim.version })).toEqual([]);
  await t.close();
});

describe('the demo cloud over REST', () => {
  it('answers queries with nested NICs, volumes and dotted conditions', async () => {
    const all = await t.call(
      'GET',
      '/v1/vm-instances?replyWithCount=true&limit=5&sort=-createDate',
      { session },
    );
    expect(all.status).toBe(200);
    // QueryVmInstance lists appliance VMs too: 20 user VMs and the virtual router
    expect(all.json.total).toBe(21);
    const first = (all.json.inventories as Record<string, unknown>[])[0] as Record<string, unknown>;
    expect(first.vmNics).toBeDefined();
    expect(first.allVolumes).toBeDefined();
    const onHost = await t.call(
      'GET',
      `/v1/vm-instances?q=host.managementIp=172.20.0.11&count=true`,
      { session },
    );
    expect(onHost.status).toBe(200);
    expect(Number(onHost.json.total)).toBeGreaterThan(0);
    const hosts = await t.call('GET', '/v1/hosts', { session });
    expect((hosts.json.schema as Record<string, string>)['inventories[0]']).toBe(
      'org.zstack.kvm.KVMHostInventory',
    );
  });

  it('creates, stops and destroys a VM as jobs', async () => {
    const accepted = await t.call('POST', '/v1/vm-instances', {
      session,
      body: {
        params: {
          name: 'int-vm',
          imageUuid: demoIds.tinyImage,
          instanceOfferingUuid: demoIds.offeringSmall,
          l3NetworkUuids: [demoIds.flatL3],
        },
        systemTags: [`staticIp::${demoIds.flatL3}::192.168.100.222`],
      },
    });
    expect(accepted.status).toBe(202);
    const created = await t.finish(accepted);
    expect(created.status).toBe(200);
    const vm = created.json.inventory as { uuid: string; state: string; vmNics: { ip: string }[] };
    expect(vm.state).toBe('Running');
    expect(vm.vmNics[0]?.ip).toBe('192.168.100.222');

    const stopped = await t.finish(
      await t.call('PUT', `/v1/vm-instances/${vm.uuid}/actions`, {
        session,
        body: { stopVmInstance: { type: 'cold' } },
      }),
    );
    expect((stopped.json.inventory as { state: string }).state).toBe('Stopped');
    const destroyed = await t.finish(
      await t.call('DELETE', `/v1/vm-instances/${vm.uuid}`, { session }),
    );
    expect(destroyed.status).toBe(200);
    const reboot = await t.finish(
      await t.call('PUT', `/v1/vm-instances/${vm.uuid}/actions`, {
        session,
        body: { rebootVmInstance: {} },
      }),
    );
    expect(reboot.status).toBe(503);
    expect((reboot.json.error as { code: string }).code).toBe('SYS.1006');
  });

  it('reports capacity', async () => {
    const cap = await t.call('GET', `/v1/hosts/capacities/cpu-memory?zoneUuids=${demoIds.zone}`, {
      session,
    });
    expect(cap.status).toBe(200);
    expect(Number(cap.json.totalMemory)).toBeGreaterThan(Number(cap.json.availableMemory));
  });
});
