import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkInvariants } from '../domain/invariants.ts';
import { startTestSim, type TestSim } from '../http/testKit.ts';
import { demoIds } from '../seeds/demoIds.ts';
import { disconnectHost, reconnectHostNow, restoreHostAgent } from './hostEvents.ts';

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

async function vmsOn(hostUuid: string): Promise<Json[]> {
  const reply = await t.call('GET', `/v1/vm-instances?q=hostUuid=${hostUuid}&q=type=UserVm`, {
    session,
  });
  return reply.json.inventories as Json[];
}

async function gcJobs(): Promise<Json[]> {
  return (await t.call('GET', '/v1/gc-jobs', { session })).json.inventories as Json[];
}

describe('garbage collection over REST on the demo cloud', () => {
  it('destroys a VM of a lost host through a GC job that runs on reconnect', async () => {
    const host = demoIds.host1;
    disconnectHost(t.running.sim, host);
    const lost = await vmsOn(host);
    expect(lost.length).toBeGreaterThanOrEqual(2);
    expect(new Set(lost.map((vm) => vm.state))).toEqual(new Set(['Unknown']));
    const [victim, survivor] = lost as [Json, Json];

    const stop = await t.finish(
      await t.call('PUT', `/v1/vm-instances/${victim.uuid}/actions`, {
        session,
        body: { stopVmInstance: {} },
      }),
    );
    expect(stop.status).toBe(503);
    expect(JSON.stringify(stop.json.error)).toContain('HOST.1010');

    const destroyed = await t.finish(
      await t.call('DELETE', `/v1/vm-instances/${victim.uuid}`, { session }),
    );
    expect(destroyed.status).toBe(200);
    const [job] = await gcJobs();
    expect(job).toMatchObject({
      name: `delete-vm-${victim.uuid}`,
      status: 'Idle',
      type: 'EventBased',
    });

    restoreHostAgent(t.running.sim, host);
    const reconnected = await t.finish(
      await t.call('PUT', `/v1/hosts/${host}/actions`, { session, body: { reconnectHost: {} } }),
    );
    expect(reconnected.status).toBe(200);
    expect((await gcJobs())[0]?.status).toBe('Done');
    const after = await t.call('GET', `/v1/vm-instances/${survivor.uuid}`, { session });
    expect((after.json.inventories as Json[])[0]?.state).toBe('Running');
    const gone = await t.call('GET', `/v1/vm-instances/${victim.uuid}`, { session });
    expect((gone.json.inventories as Json[])[0]?.state).toBe('Destroyed');
  });

  it('loses and regains the VR with its host (Unknown + Disconnected, then Running + Connected)', async () => {
    const vrPath = `/v1/vm-instances/appliances/virtual-routers/${demoIds.virtualRouter}`;
    const vr = async () =>
      ((await t.call('GET', vrPath, { session })).json.inventories as Json[])[0];
    disconnectHost(t.running.sim, demoIds.host3);
    expect(await vr()).toMatchObject({ state: 'Unknown', status: 'Disconnected' });
    reconnectHostNow(t.running.sim, demoIds.host3);
    expect(await vr()).toMatchObject({ state: 'Running', status: 'Connected' });
    expect(await gcJobs()).toEqual([]);
  });
});
