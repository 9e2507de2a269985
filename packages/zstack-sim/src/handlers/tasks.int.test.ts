import { afterEach, describe, expect, it } from 'vitest';
import { deferred, startTestSim, type TestSim } from '../http/testKit.ts';

let t: TestSim | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const vmUuid = '1'.repeat(32);

/** Starts a scripted StartVmInstance job that reports progress, then holds until released. */
async function runningJob(sim: TestSim, session: string) {
  const release = deferred();
  const reported = deferred();
  sim.rt.handlers.set('StartVmInstance', async (call) => {
    call.progress(10, 'StartVmInstance');
    call.progress(40.4, 'StartVmInstance');
    reported.resolve();
    await release.promise;
    return { inventory: { uuid: vmUuid } };
  });
  const accepted = await sim.call('PUT', `/v1/vm-instances/${vmUuid}/actions`, {
    session,
    body: { startVmInstance: {} },
  });
  expect(accepted.status).toBe(202);
  await reported.promise;
  return { accepted, jobUuid: String(accepted.json.location).split('/').at(-1), release };
}

describe('GetTaskProgress', () => {
  it('answers the latest report of a running job, or every report with all', async () => {
    t = await startTestSim();
    const session = await t.login();
    const { accepted, jobUuid, release } = await runningJob(t, session);

    const latest = await t.call('GET', `/v1/task-progresses/${jobUuid}`, { session });
    expect(latest.status).toBe(200);
    expect(latest.json).toEqual({
      inventories: [
        {
          taskUuid: jobUuid,
          taskName: 'StartVmInstance',
          type: 'Progress',
          content: '40',
          time: expect.any(Number),
        },
      ],
    });

    const all = await t.call('GET', `/v1/task-progresses/${jobUuid}?all=true`, { session });
    const contents = (all.json.inventories as { content: string }[]).map((inv) => inv.content);
    expect(contents).toEqual(['10', '40']);

    release.resolve();
    expect((await t.finish(accepted)).status).toBe(200);
  });

  it('answers an empty list for an API that reported nothing, and needs a session', async () => {
    t = await startTestSim();
    const session = await t.login();
    const none = await t.call('GET', `/v1/task-progresses/${'2'.repeat(32)}`, { session });
    expect(none.status).toBe(200);
    expect(none.json).toEqual({ inventories: [] });
    const anonymous = await t.call('GET', `/v1/task-progresses/${'2'.repeat(32)}`);
    expect(anonymous.status).toBe(400);
  });
});
