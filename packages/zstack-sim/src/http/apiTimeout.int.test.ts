import { afterEach, describe, expect, it } from 'vitest';
import { sha512Hex } from '../core/boot.ts';
import { startTestSim, type TestSim } from './testKit.ts';

/**
 * The API timeout fails the reply, not the work: ApiTimeoutManager answers SYS.1001 at the
 * deadline while the VM start flow carries on to Running.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/timeout/ApiTimeoutManagerImpl.java
 */
let t: TestSim | undefined;
afterEach(() => t?.close());

async function stoppedVm(sim: TestSim, session: string): Promise<string> {
  const list = await sim.call('GET', '/v1/vm-instances?q=state=Stopped&q=type=UserVm&limit=1', {
    session,
  });
  const vm = (list.json.inventories as { uuid: string }[])[0];
  if (!vm) throw new Error('the demo seed has no stopped VM');
  return vm.uuid;
}

/** Waits for the node's background work (the handler outliving its reply) to settle. */
async function settled(sim: TestSim): Promise<void> {
  while (sim.rt.pending.size > 0) await Promise.allSettled([...sim.rt.pending]);
}

describe('API timeout', () => {
  it('REST: the job fails SYS.1001 at the deadline and the VM still ends Running', async () => {
    t = await startTestSim({ seed: 'demo' });
    const session = await t.login();
    const uuid = await stoppedVm(t, session);
    const accepted = await t.call('PUT', `/v1/vm-instances/${uuid}/actions`, {
      session,
      headers: { 'X-API-Timeout': '1' },
      body: { startVmInstance: {} },
    });
    const done = await t.finish(accepted);
    expect(done.status).toBe(503);
    expect(done.json).toMatchObject({ error: { code: 'SYS.1001' } });
    await settled(t);
    expect(t.running.sim.store.get('VmInstance', uuid)?.state).toBe('Running');
  });

  it('legacy RPC: the message timeout fails the job and the VM still ends Running', async () => {
    t = await startTestSim({ seed: 'demo' });
    const session = await t.login();
    const uuid = await stoppedVm(t, session);
    const legacySession = await t.call('POST', '/api', {
      body: {
        'org.zstack.header.identity.APILogInByAccountMsg': {
          accountName: 'admin',
          password: sha512Hex('password'),
        },
      },
    });
    const [, login] = Object.entries(JSON.parse(String(legacySession.json.result)))[0] as [
      string,
      { inventory: { uuid: string } },
    ];
    const reply = await t.call('POST', '/api', {
      body: {
        'org.zstack.header.vm.APIStartVmInstanceMsg': {
          uuid,
          timeout: 1000,
          session: { uuid: login.inventory.uuid },
        },
      },
    });
    const jobUuid = String(reply.json.uuid);
    await t.rt.jobs.waitFor(jobUuid);
    const done = await t.call('GET', `/api/result/${jobUuid}`);
    const [, body] = Object.entries(JSON.parse(String(done.json.result)))[0] as [
      string,
      { success: boolean; error: { code: string } },
    ];
    expect(body).toMatchObject({ success: false, error: { code: 'SYS.1001' } });
    await settled(t);
    expect(t.running.sim.store.get('VmInstance', uuid)?.state).toBe('Running');
  });
});
