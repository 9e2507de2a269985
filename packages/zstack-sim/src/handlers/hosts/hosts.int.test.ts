import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkInvariants } from '../../domain/invariants.ts';
import { startTestSim, type TestSim } from '../../http/testKit.ts';
import { demoIds } from '../../seeds/demoIds.ts';

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

describe('hosts over REST', () => {
  it('adds a KVM host as a job and refuses a duplicate IP with 503', async () => {
    const body = {
      params: {
        name: 'kvm-05',
        managementIp: '172.20.0.15',
        clusterUuid: demoIds.cluster1,
        username: 'root',
        password: 'password',
      },
    };
    const added = await t.finish(await t.call('POST', '/v1/hosts/kvm', { session, body }));
    expect(added.status).toBe(200);
    expect((added.json.inventory as { status: string }).status).toBe('Connected');
    const dup = await t.finish(await t.call('POST', '/v1/hosts/kvm', { session, body }));
    expect(dup.status).toBe(503);
    expect((dup.json.error as { code: string; details: string }).details).toBe(
      'there has been a host having managementIp[172.20.0.15]',
    );
  });

  it('maintains a host of the SharedMountPoint cluster by migrating its VMs', async () => {
    const maintained = await t.finish(
      await t.call('PUT', `/v1/hosts/${demoIds.host1}/actions`, {
        session,
        body: { changeHostState: { stateEvent: 'maintain' } },
      }),
    );
    expect(maintained.status).toBe(200);
    expect((maintained.json.inventory as { state: string }).state).toBe('Maintenance');
    const left = await t.call('GET', `/v1/vm-instances?q=hostUuid=${demoIds.host1}&count=true`, {
      session,
    });
    expect(left.json.total).toBe(0);
  });

  it('cannot maintain a local-storage host whose VMs cannot live-migrate', async () => {
    const failed = await t.finish(
      await t.call('PUT', `/v1/hosts/${demoIds.host3}/actions`, {
        session,
        body: { changeHostState: { stateEvent: 'maintain' } },
      }),
    );
    expect(failed.status).toBe(503);
    const host = await t.call('GET', `/v1/hosts/${demoIds.host3}`, { session });
    expect((host.json.inventories as { state: string }[])[0]?.state).toBe('Enabled');
  });

  it('keeps a lost host lost: ReconnectHost fails HOST.1002 until the agent is back', async () => {
    const { control } = t.running;
    control.disconnectHost(demoIds.host2);
    const reconnect = () =>
      t.call('PUT', `/v1/hosts/${demoIds.host2}/actions`, {
        session,
        body: { reconnectHost: {} },
      });
    const failed = await t.finish(await reconnect());
    expect(failed.status).toBe(503);
    expect(failed.json.error).toMatchObject({ code: 'HOST.1002', cause: { code: 'HOST.1003' } });
    const host = await t.call('GET', `/v1/hosts/${demoIds.host2}?fields=status`, { session });
    expect(host.json.inventories).toEqual([{ status: 'Disconnected' }]);
    // The flag is the simulator's own: never in an inventory.
    const full = await t.call('GET', `/v1/hosts/${demoIds.host2}`, { session });
    expect((full.json.inventories as object[])[0]).not.toHaveProperty('agentLost');

    control.reconnectHost(demoIds.host2);
    control.disconnectHost(demoIds.host2);
    control.reconnectHost(demoIds.host2);
    const ok = await t.finish(await reconnect());
    expect(ok.status).toBe(200);
    expect((ok.json.inventory as { status: string }).status).toBe('Connected');
  });
});
