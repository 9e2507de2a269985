import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkInvariants } from '../domain/invariants.ts';
import { startTestSim, type TestSim } from '../http/testKit.ts';
import { demoIds } from '../seeds/demoIds.ts';

type Json = Record<string, unknown>;

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

async function routers(): Promise<Json[]> {
  const reply = await t.call('GET', '/v1/vm-instances/appliances/virtual-routers', { session });
  expect(reply.status).toBe(200);
  return reply.json.inventories as Json[];
}

describe('virtual routers over REST on the demo cloud', () => {
  it('lists the seeded VR and its default offering', async () => {
    expect((await routers()).map((vr) => vr.uuid)).toEqual([demoIds.virtualRouter]);
    const offerings = await t.call('GET', '/v1/instance-offerings/virtual-routers', { session });
    expect(offerings.json.inventories).toMatchObject([
      { uuid: demoIds.vrOffering, isDefault: true },
    ]);
    const appliances = await t.call('GET', '/v1/vm-instances/appliances', { session });
    expect((appliances.json.inventories as Json[]).map((vm) => vm.status)).toEqual(['Connected']);
  });

  it('makes a new VR when a VM starts on vr-l3 after the old one was destroyed', async () => {
    const destroyed = await t.finish(
      await t.call('DELETE', `/v1/vm-instances/${demoIds.virtualRouter}`, { session }),
    );
    expect(destroyed.status).toBe(200);
    expect(await routers()).toEqual([]);
    const stopped = await t.call('GET', '/v1/vm-instances?q=name=legacy-03', { session });
    const vm = (stopped.json.inventories as Json[])[0] as Json;
    expect(vm.state).toBe('Stopped');
    const started = await t.finish(
      await t.call('PUT', `/v1/vm-instances/${vm.uuid}/actions`, {
        session,
        body: { startVmInstance: {} },
      }),
    );
    expect(started.status).toBe(200);
    const [vr, ...more] = await routers();
    expect(more).toEqual([]);
    expect(vr).toMatchObject({
      state: 'Running',
      status: 'Connected',
      name: `virtualRouter.l3.${demoIds.vrL3}`,
    });
    expect(vr?.uuid).not.toBe(demoIds.virtualRouter);
  });

  it('answers QueryVmInstance type=ApplianceVm with ApplianceVmInventory, as ZQL picks the child', async () => {
    const appliances = await t.call('GET', '/v1/vm-instances?q=type=ApplianceVm', { session });
    const [vr, ...more] = appliances.json.inventories as Json[];
    expect(more).toEqual([]);
    expect(vr).toMatchObject({
      uuid: demoIds.virtualRouter,
      applianceVmType: 'VirtualRouter',
      status: 'Connected',
    });
    // ApplianceVmInventory, not VirtualRouterVmInventory: no publicNetworkUuid.
    expect(vr).not.toHaveProperty('publicNetworkUuid');
    expect(Object.values(appliances.json.schema as Json)).toContain(
      'org.zstack.appliancevm.ApplianceVmInventory',
    );
    // Without the type condition the parent class answers, appliance columns hidden.
    const all = await t.call('GET', `/v1/vm-instances?q=uuid=${demoIds.virtualRouter}`, {
      session,
    });
    const [plain] = all.json.inventories as Json[];
    expect(plain).toMatchObject({ uuid: demoIds.virtualRouter, type: 'ApplianceVm' });
    expect(plain).not.toHaveProperty('applianceVmType');
    expect(JSON.stringify(all.json.schema)).not.toContain('ApplianceVmInventory');
  });
});
