import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../domain/invariants.ts';
import type { HostRow } from '../domain/rows.ts';
import type { TestSim } from '../domain/testing.ts';
import { buildNetworkCloud, createVm, failure, type Json } from '../network/testNetwork.ts';
import { disconnectHost, reconnectHostNow, restoreHostAgent } from './hostEvents.ts';

const all = { conditions: [] };

function jobs(sim: TestSim): Json[] {
  return (sim.store.query('GarbageCollector', all, null).inventories ?? []) as Json[];
}

function host(sim: TestSim, uuid: string): HostRow {
  return sim.store.get('Host', uuid) as HostRow;
}

function consistent(sim: TestSim): void {
  expect(checkInvariants(sim.store, { version: sim.version })).toEqual([]);
}

/** Two VMs on one host, then that host lost. */
async function lostHostWithVms(version?: string) {
  const { sim, cloud } = await buildNetworkCloud(version ? { version } : {});
  const first = await createVm(sim, cloud, { name: 'a' });
  const hostUuid = first.hostUuid as string;
  const second = await sim.call('CreateVmInstance', {
    name: 'b',
    imageUuid: cloud.image,
    instanceOfferingUuid: cloud.offering,
    l3NetworkUuids: [cloud.l3],
    hostUuid,
  });
  const capacity = host(sim, hostUuid).availableMemoryCapacity;
  disconnectHost(sim, hostUuid);
  return {
    sim,
    cloud,
    hostUuid,
    capacity,
    a: first.uuid as string,
    b: second.inventory.uuid as string,
  };
}

describe('host connectivity', () => {
  it('puts the VMs of a lost host in Unknown, keeping their capacity, and syncs them back on reconnect', async () => {
    const { sim, hostUuid, capacity, a, b } = await lostHostWithVms();
    expect(host(sim, hostUuid).status).toBe('Disconnected');
    for (const uuid of [a, b]) {
      expect(sim.store.get('VmInstance', uuid)).toMatchObject({ state: 'Unknown', hostUuid });
    }
    expect(host(sim, hostUuid).availableMemoryCapacity).toBe(capacity);
    consistent(sim);
    restoreHostAgent(sim, hostUuid);
    await sim.call('ReconnectHost', { uuid: hostUuid });
    expect(host(sim, hostUuid).status).toBe('Connected');
    for (const uuid of [a, b]) expect(sim.store.get('VmInstance', uuid)?.state).toBe('Running');
    consistent(sim);
  });

  it("fails a person's stop on a disconnected host with HOST_IS_DISCONNECTED", async () => {
    const { sim, a } = await lostHostWithVms();
    const error = await failure(sim.call('StopVmInstance', { uuid: a }));
    expect(error.code).toBe('VM.1002');
    expect(error.causeCode?.code).toBe('SYS.1006');
    expect(error.causeCode?.cause?.code).toBe('HOST.1010');
    expect(sim.store.get('VmInstance', a)?.state).toBe('Unknown');
    expect(jobs(sim)).toEqual([]);
  });
});

describe('garbage collector', () => {
  it('lets a destroy on a disconnected host succeed and runs its job when the host connects', async () => {
    const { sim, hostUuid, capacity, a, b } = await lostHostWithVms();
    await sim.call('DestroyVmInstance', { uuid: a });
    expect(sim.store.get('VmInstance', a)).toMatchObject({ state: 'Destroyed' });
    expect(sim.store.get('VmInstance', a)?.hostUuid ?? null).toBeNull();
    expect(host(sim, hostUuid).availableMemoryCapacity).toBeGreaterThan(capacity);
    const [job, ...rest] = jobs(sim);
    expect(rest).toEqual([]);
    expect(job).toMatchObject({
      name: `delete-vm-${a}`,
      runnerClass: 'org.zstack.compute.vm.DeleteVmGC',
      status: 'Idle',
      type: 'EventBased',
      managementNodeUuid: sim.managementNode.uuid,
    });
    expect(JSON.parse(job?.context as string)).toMatchObject({ vmUuid: a, hostUuid });
    expect(job?.hostUuid).toBeUndefined();
    consistent(sim);
    reconnectHostNow(sim, hostUuid);
    expect(jobs(sim)[0]?.status).toBe('Done');
    expect(sim.store.get('VmInstance', b)?.state).toBe('Running');
    consistent(sim);
  });

  it('keeps the jobs internal on 1.2.0, typed by the context class', async () => {
    const { sim, hostUuid, a } = await lostHostWithVms('1.2.0');
    await sim.call('DestroyVmInstance', { uuid: a });
    const [job] = sim.store.find('GarbageCollector');
    expect(job).toMatchObject({
      status: 'Idle',
      type: 'org.zstack.core.gc.EventBasedGCPersistentContext',
    });
    restoreHostAgent(sim, hostUuid);
    await sim.call('ReconnectHost', { uuid: hostUuid });
    expect(sim.store.find('GarbageCollector')[0]?.status).toBe('Done');
    consistent(sim);
  });

  it('leaves stop jobs when a disconnected host is deleted, and runs every job of it', async () => {
    const { sim, hostUuid, a, b } = await lostHostWithVms();
    await sim.call('DestroyVmInstance', { uuid: a });
    await sim.call('DeleteHost', { uuid: hostUuid });
    expect(sim.store.get('VmInstance', b)).toMatchObject({ state: 'Stopped' });
    const byName = new Map(jobs(sim).map((j) => [j.name, j.status]));
    expect(byName).toEqual(
      new Map([
        [`delete-vm-${a}`, 'Done'],
        [`stop-vm-${b}`, 'Done'],
      ]),
    );
    consistent(sim);
  });

  it('triggers (Processing, then Done) and deletes jobs', async () => {
    const { sim, a } = await lostHostWithVms();
    await sim.call('DestroyVmInstance', { uuid: a });
    const uuid = jobs(sim)[0]?.uuid as string;
    const pending = sim.call('TriggerGCJob', { uuid });
    expect(sim.store.get('GarbageCollector', uuid)?.status).toBe('Processing');
    await pending;
    expect(sim.store.get('GarbageCollector', uuid)?.status).toBe('Done');
    await sim.call('DeleteGCJob', { uuid });
    expect(jobs(sim)).toEqual([]);
  });
});
