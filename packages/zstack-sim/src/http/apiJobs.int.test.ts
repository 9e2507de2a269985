import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../core/apiError.ts';
import { deferred, startTestSim, type TestSim } from './testKit.ts';

const vmUuid = '8d3f7c2a1b0e4f5a9c6d7e8f90a1b2c3';
const jobPath = /^http:\/\/127\.0\.0\.1:\d+\/zstack\/v1\/api-jobs\/([0-9a-f]{32})$/;

let t: TestSim | undefined;
afterEach(() => t?.close());

async function withScriptedStart(options = {}) {
  t = await startTestSim(options);
  const session = await t.login();
  const gate = deferred<'ok' | 'fail'>();
  const started = deferred();
  t.rt.handlers.set('StartVmInstance', async (call) => {
    started.resolve();
    const how = await gate.promise;
    if (how === 'fail') throw new ApiError('SYS.1006', 'the host is on fire');
    return { inventory: { uuid: call.params.uuid, state: 'Running' } };
  });
  const start = (headers: Record<string, string> = {}) =>
    (t as TestSim).call('PUT', `/v1/vm-instances/${vmUuid}/actions`, {
      session,
      headers,
      body: { startVmInstance: { uuid: vmUuid } },
    });
  return { t, session, gate, started, start };
}

describe('async job lifecycle', () => {
  it('accepts with 202 and a location, reads 202 {} while running, then 200 with the result', async () => {
    const { t, gate, started, start } = await withScriptedStart();
    const accepted = await start();
    expect(accepted.status).toBe(202);
    expect(String(accepted.json.location)).toMatch(jobPath);
    expect(accepted.json.apiTimeout).toBe(30 * 60 * 1000);
    await started.promise;

    const running = await t.call('GET', String(accepted.json.location));
    expect(running).toMatchObject({ status: 202, text: '{}' });

    gate.resolve('ok');
    const done = await t.finish(accepted);
    expect(done.status).toBe(200);
    expect(done.json).toEqual({ inventory: { uuid: vmUuid, state: 'Running' } });
  });

  it('reads a failed job as 503 with the error', async () => {
    const { t, gate, start } = await withScriptedStart();
    const accepted = await start();
    gate.resolve('fail');
    const done = await t.finish(accepted);
    expect(done.status).toBe(503);
    expect(done.json).toEqual({
      error: {
        code: 'SYS.1006',
        description: 'An operation failed',
        details: 'the host is on fire',
      },
    });
  });

  it('answers 404 for an unknown job and for one past rest/completedApi.expiredPeriod', async () => {
    const { t, gate, start } = await withScriptedStart();
    const unknown = await t.call('GET', `/v1/api-jobs/${'e'.repeat(32)}`);
    expect(unknown).toMatchObject({ status: 404, text: 'the job has been expired' });

    const accepted = await start();
    gate.resolve('ok');
    expect((await t.finish(accepted)).status).toBe(200);
    t.rt.clock.advance(10_801 * 1000);
    const expired = await t.call('GET', String(accepted.json.location));
    expect(expired).toMatchObject({ status: 404, text: 'the job has been expired' });
  });

  it('answers 405 to any method but GET on a job, with no auth needed to poll', async () => {
    const { t, gate, start } = await withScriptedStart();
    const accepted = await start();
    const location = String(accepted.json.location);
    expect((await t.call('DELETE', location)).status).toBe(405);
    expect((await t.call('PUT', location, { body: {} })).status).toBe(405);
    gate.resolve('ok');
    await t.finish(accepted);
    expect((await t.call('GET', location)).status).toBe(200);
  });

  it('fails an async API with a bad session after the 202 (ID.1001)', async () => {
    t = await startTestSim();
    const accepted = await t.call('PUT', `/v1/vm-instances/${vmUuid}/actions`, {
      session: 'b'.repeat(32),
      body: { startVmInstance: {} },
    });
    expect(accepted.status).toBe(202);
    const done = await t.finish(accepted);
    expect(done.status).toBe(503);
    expect(done.json).toMatchObject({ error: { code: 'ID.1001' } });
  });

  it('fails a job whose timeout passes with SYS.1001 (X-API-Timeout, seconds)', async () => {
    const { t, gate, start } = await withScriptedStart();
    const accepted = await start({ 'X-API-Timeout': '2' });
    expect(accepted.json.apiTimeout).toBe(2000);
    const done = await t.finish(accepted);
    expect(done.status).toBe(503);
    expect(done.json).toMatchObject({ error: { code: 'SYS.1001' } });
    gate.resolve('ok');
  });

  it('answers 500 with the parse error for a non-numeric X-API-Timeout', async () => {
    const { start } = await withScriptedStart();
    const answer = await start({ 'X-API-Timeout': 'soon' });
    expect(answer).toMatchObject({ status: 500, text: 'For input string: "soon"' });
  });

  it('carries apiTimeout in the 202 from 4.1.0, as the capability table says', async () => {
    const { gate, start } = await withScriptedStart({ zstackVersion: '4.1.0' });
    const accepted = await start();
    expect(accepted.status).toBe(202);
    expect(accepted.json.apiTimeout).toBe(30 * 60 * 1000);
    gate.resolve('ok');
  });

  it('leaves apiTimeout out of the 202 before 4.1.0', async () => {
    const { gate, start } = await withScriptedStart({ zstackVersion: '4.0.0' });
    const accepted = await start();
    expect(accepted.status).toBe(202);
    expect(accepted.json).not.toHaveProperty('apiTimeout');
    gate.resolve('ok');
  });
});

describe('X-Job-UUID', () => {
  it('becomes the job uuid, and a second use answers 400 Duplicate job uuid', async () => {
    const { t, gate, start } = await withScriptedStart();
    const jobUuid = 'c'.repeat(32);
    const accepted = await start({ 'X-Job-UUID': jobUuid });
    expect(String(accepted.json.location)).toBe(`${t.url}/v1/api-jobs/${jobUuid}`);
    const again = await start({ 'X-Job-UUID': jobUuid });
    expect(again).toMatchObject({ status: 400, text: `Duplicate job uuid[${jobUuid}]` });
    gate.resolve('ok');
    expect((await t.finish(accepted)).status).toBe(200);
  });

  it('must be 32 hex characters', async () => {
    const { start } = await withScriptedStart();
    for (const bad of ['1234', `${'g'.repeat(32)}`, '8d3f7c2a-1b0e-4f5a-9c6d-7e8f90a1b2c3']) {
      const answer = await start({ 'X-Job-UUID': bad });
      expect(answer.status).toBe(400);
      expect(answer.text).toBe("Invalid header[X-Job-UUID], it must be a UUID with '-' stripped");
    }
  });

  it('is not checked for duplicates on queries (SDKs send one on every call)', async () => {
    t = await startTestSim();
    const session = await t.login();
    const headers = { 'X-Job-UUID': 'd'.repeat(32) };
    expect((await t.call('GET', '/v1/vm-instances', { session, headers })).status).toBe(200);
    expect((await t.call('GET', '/v1/vm-instances', { session, headers })).status).toBe(200);
  });
});
