import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSim, type TestSim } from './testKit.ts';

/**
 * APIs of the catalogue the simulator must answer as an open-source node does: QueryLongJob from
 * an empty table, premium APIs as unknown, GetVmConsoleAddress from the VM's host.
 */
let t: TestSim;
let session: string;
beforeAll(async () => {
  t = await startTestSim({ seed: 'demo' });
  session = await t.login();
});
afterAll(() => t.close());

type Vm = { uuid: string; hostUuid: string; state: string };

describe('QueryLongJob', () => {
  it('answers an empty list', async () => {
    const answer = await t.call('GET', '/v1/longjobs', { session });
    expect(answer.status).toBe(200);
    expect(answer.json.inventories).toEqual([]);
  });
});

describe('premium APIs', () => {
  it('have no REST route and no legacy message class', async () => {
    const rest = await t.call('GET', '/v1/scheduler/jobs', { session });
    expect(rest).toMatchObject({ status: 404, text: 'no api mapping to /v1/scheduler/jobs' });
    const fqn = 'org.zstack.header.scheduler.APIQuerySchedulerJobMsg';
    const rpc = await t.call('POST', '/api', {
      body: { [fqn]: { conditions: [], session: { uuid: session } } },
    });
    expect(rpc).toMatchObject({ status: 200, text: `Unable to find message class[${fqn}]` });
  });
});

describe('GetVmConsoleAddress', () => {
  it("answers the host's managementIp and a VNC port from 5900 for a running VM", async () => {
    const vms = await t.call('GET', '/v1/vm-instances?q=state=Running&q=type=UserVm', { session });
    const running = vms.json.inventories as Vm[];
    const displays = new Set<string>();
    for (const vm of running) {
      const host = t.running.sim.store.get('Host', vm.hostUuid) as { managementIp: string };
      const answer = await t.call('GET', `/v1/vm-instances/${vm.uuid}/console-addresses`, {
        session,
      });
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ hostIp: host.managementIp, protocol: 'vnc' });
      const port = Number(answer.json.port);
      expect(port).toBeGreaterThanOrEqual(5900);
      displays.add(`${vm.hostUuid}:${port}`);
      const again = await t.call('GET', `/v1/vm-instances/${vm.uuid}/console-addresses`, {
        session,
      });
      expect(again.json.port).toBe(port);
    }
    expect(running.length).toBeGreaterThan(1);
    // One display per VM on a host.
    expect(displays.size).toBe(running.length);
  });

  it('refuses a stopped VM with SYS.1006 caused by VM.1010', async () => {
    const vms = await t.call('GET', '/v1/vm-instances?q=state=Stopped&limit=1', { session });
    const [vm] = vms.json.inventories as Vm[];
    const answer = await t.call('GET', `/v1/vm-instances/${vm?.uuid}/console-addresses`, {
      session,
    });
    expect(answer.status).toBe(503);
    expect(answer.json).toMatchObject({
      error: {
        code: 'SYS.1006',
        details: expect.stringContaining('allowed states are [Running, Crashed]'),
        cause: { code: 'VM.1010' },
      },
    });
  });
});
