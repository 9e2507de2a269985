import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runtimeOf } from '../core/runtime.ts';
import { startTestSim, type TestSim } from '../http/testKit.ts';
import { ControlError } from './errors.ts';

let t: TestSim | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const getVersion = (sim: TestSim) =>
  sim.call('PUT', '/v1/management-nodes/actions', { body: { getVersion: {} } });

const updateConfig = (sim: TestSim, session: string, value: string) =>
  sim.call('PUT', '/v1/global-configurations/vm/deletionPolicy/actions', {
    session,
    body: { updateGlobalConfig: { value } },
  });

/** Real ms a call takes. */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

describe('control.failNext', () => {
  it('fails the next call of a sync API with 503 and the code, once', async () => {
    t = await startTestSim();
    t.running.control.failNext('GetVersion', { code: 'SYS.1006', details: 'scripted' });
    const failed = await getVersion(t);
    expect(failed.status).toBe(503);
    expect(failed.json).toEqual({
      error: { code: 'SYS.1006', description: expect.any(String), details: 'scripted' },
    });
    expect((await getVersion(t)).status).toBe(200);
    expect(t.running.control.state().failNext).toEqual({});
  });

  it('fails the job of an async API with the code, once', async () => {
    t = await startTestSim();
    const session = await t.login();
    t.running.control.failNext('UpdateGlobalConfig', { code: 'SYS.1001' });
    const failed = await t.finish(await updateConfig(t, session, 'Never'));
    expect(failed.status).toBe(503);
    expect(failed.json).toMatchObject({ error: { code: 'SYS.1001' } });
    expect(t.rt.configs.get('vm', 'deletionPolicy')).not.toBe('Never');
    expect((await t.finish(await updateConfig(t, session, 'Never'))).status).toBe(200);
    expect(t.rt.configs.get('vm', 'deletionPolicy')).toBe('Never');
  });

  it('refuses what it could never fail: unknown APIs, HTTP statuses', () => {
    return startTestSim().then((sim) => {
      t = sim;
      const { control } = sim.running;
      expect(() => control.failNext('StartVm', { code: 'SYS.1006' })).toThrow(ControlError);
      expect(() => control.failNext('GetVersion', { code: '503' })).toThrow(/error code/);
    });
  });

  it('fails the next query with 503 and the code, after the session check', async () => {
    t = await startTestSim();
    const session = await t.login();
    t.running.control.failNext('QueryZone', { code: 'SYS.1006', details: 'scripted' });
    // A bad session is refused by the interceptor before the fault fires.
    const bad = await t.call('GET', '/v1/zones', { session: 'f'.repeat(32) });
    expect(bad.json).toMatchObject({ error: { code: 'ID.1001' } });
    const failed = await t.call('GET', '/v1/zones', { session });
    expect(failed.status).toBe(503);
    expect(failed.json).toMatchObject({ error: { code: 'SYS.1006', details: 'scripted' } });
    expect((await t.call('GET', '/v1/zones', { session })).status).toBe(200);
  });
});

describe('control.setLatency and setTimeScale', () => {
  it('adds simulated latency before the API runs, scaled by the time scale', async () => {
    t = await startTestSim({ timeScale: 0.05 });
    const { control } = t.running;
    control.setLatency('GetVersion', 4000);
    const slow = await timed(() => getVersion(t as TestSim));
    expect(slow.value.status).toBe(200);
    expect(slow.ms).toBeGreaterThanOrEqual(4000 * 0.05 - 5);

    control.setTimeScale(0.001);
    expect(t.running.sim.clock.timeScale).toBe(0.001);
    const scaled = await timed(() => getVersion(t as TestSim));
    expect(scaled.ms).toBeLessThan(4000 * 0.05);

    control.setTimeScale(0.05);
    control.setLatency('GetVersion', 0);
    expect((await timed(() => getVersion(t as TestSim))).ms).toBeLessThan(4000 * 0.05);
    control.setLatency(4000);
    expect((await timed(() => getVersion(t as TestSim))).ms).toBeGreaterThanOrEqual(195);
    expect(control.state().latency).toEqual({ '*': 4000 });
  });

  it('delays queries too', async () => {
    t = await startTestSim({ timeScale: 0.05 });
    const session = await t.login();
    t.running.control.setLatency('QueryZone', 4000);
    const slow = await timed(() => (t as TestSim).call('GET', '/v1/zones', { session }));
    expect(slow.value.status).toBe(200);
    expect(slow.ms).toBeGreaterThanOrEqual(4000 * 0.05 - 5);
  });
});

describe('control.unavailable', () => {
  it('refuses connections, then answers SYS.1012 starting, then comes back restarted', async () => {
    t = await startTestSim({ timeScale: 0.05 });
    const session = await t.login();
    const { control } = t.running;
    const first = t.running.sim;
    // A job running when the node goes away fails as on a restarted node.
    t.rt.handlers.set('StartVmInstance', (call) => call.sim.clock.sleep(3_600_000, call.signal));
    const job = await t.call('PUT', `/v1/vm-instances/${'1'.repeat(32)}/actions`, {
      session,
      body: { startVmInstance: {} },
    });

    const back = control.unavailable(16);
    await control.whenPhase('down');
    await expect(getVersion(t)).rejects.toThrow();
    await control.whenPhase('starting');
    const starting = await getVersion(t);
    expect(starting.status).toBe(503);
    expect(starting.json).toMatchObject({ error: { code: 'SYS.1012' } });
    expect(String((starting.json.error as { details: string }).details)).toMatch(/starting/);
    await back;

    expect(control.state().phase).toBe('up');
    expect((await getVersion(t)).status).toBe(200);
    expect(t.running.sim).not.toBe(first);
    expect((await t.call('GET', '/v1/zones', { session })).status).toBe(200);
    const poll = await t.call('GET', String(job.json.location));
    expect(poll.json).toMatchObject({ error: { code: 'SYS.1012' } });
  });

  it('keeps the time scale and the faults across the restart', async () => {
    t = await startTestSim();
    const { control } = t.running;
    control.setTimeScale(0.002);
    control.failNext('GetVersion', { code: 'SYS.1006' });
    const back = control.unavailable(10);
    await control.whenPhase('down');
    expect(control.state().phase).toBe('down');
    control.failNext('GetVersion', { code: 'SYS.1012' });
    await back;
    expect(t.running.sim.clock.timeScale).toBe(0.002);
    expect((await getVersion(t)).json).toMatchObject({ error: { code: 'SYS.1006' } });
    expect((await getVersion(t)).json).toMatchObject({ error: { code: 'SYS.1012' } });
    expect((await getVersion(t)).status).toBe(200);
  });
});

describe('a restart that cannot listen', () => {
  it('leaves the node failed, and the next restart brings it back with its cloud', async () => {
    t = await startTestSim({ timeScale: 0.05 });
    const session = await t.login();
    const { control, port } = t.running;
    const back = control.unavailable(4);
    const failed = expect(back).rejects.toThrow(/EADDRINUSE/);
    await control.whenPhase('down');
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    await failed;
    expect(control.state()).toMatchObject({
      phase: 'failed',
      lastError: expect.stringMatching(/EADDRINUSE/),
    });
    expect(() => t?.running.sim).toThrow(ControlError);
    await new Promise((resolve) => squatter.close(resolve));

    await control.unavailable(0);
    expect(control.state().phase).toBe('up');
    expect((await t.call('GET', '/v1/zones', { session })).status).toBe(200);
  });
});

describe('control.upgrade', () => {
  it('brings the node back as the new version: GetVersion, routes and configs follow', async () => {
    t = await startTestSim({ zstackVersion: '1.10.0', timeScale: 0.01 });
    const { control } = t.running;
    const nodeUuid = t.running.sim.managementNode.uuid;
    const apiTimeouts = () =>
      t?.running.sim.store.count('GlobalConfig', { category: 'apiTimeout' });
    expect((await getVersion(t)).json.version).toBe('1.10.0');
    expect((await t.call('GET', `/v1/task-progresses/${'3'.repeat(32)}`)).status).toBe(404);
    expect(apiTimeouts()).toBe(0);

    await control.upgrade('3.2.0', 2);

    expect((await getVersion(t)).json.version).toBe('3.2.0');
    expect(control.state().zstackVersion).toBe('3.2.0');
    // The route exists now: it asks for a session instead of being unknown.
    expect((await t.call('GET', `/v1/task-progresses/${'3'.repeat(32)}`)).status).toBe(400);
    expect(apiTimeouts()).toBeGreaterThan(0);
    expect(t.running.sim.managementNode.uuid).toBe(nodeUuid);
    await expect(control.upgrade('3.1.0')).rejects.toThrow(/downgraded/);
  });
});

describe('control.reset and control.seed', () => {
  it('reset empties the cloud back to a fresh node on the same port', async () => {
    t = await startTestSim();
    const session = await t.login();
    const { control } = t.running;
    runtimeOf(t.running.sim).configs.update('vm', 'deletionPolicy', 'Never');
    control.setLatency('*', 10);

    await control.reset();

    const answer = await t.call('GET', '/v1/zones', { session });
    expect(answer.json).toMatchObject({ error: { code: 'ID.1001' } });
    expect(runtimeOf(t.running.sim).configs.get('vm', 'deletionPolicy')).not.toBe('Never');
    expect(t.running.sim.store.count('Account')).toBe(1);
    expect(control.state().latency).toEqual({});
    expect(await t.login()).toMatch(/^[0-9a-f]{32}$/);
  });

  it('seeds an empty cloud, refuses a second seed, and seeds again after a reset', async () => {
    t = await startTestSim();
    const { control } = t.running;
    await expect(control.seed('nope')).rejects.toThrow(/demo or scale/);
    await control.seed('demo');
    expect(t.running.sim.store.count('Zone')).toBeGreaterThan(0);
    await expect(control.seed('demo')).rejects.toMatchObject({ status: 409 });
    await control.reset();
    expect(t.running.sim.store.count('Zone')).toBe(0);
    await control.seed('scale:5');
    expect(t.running.sim.store.count('VmInstance')).toBe(5);
  });
});

describe('closing the simulator', () => {
  it('during a downtime settles the downtime and frees the port', async () => {
    t = await startTestSim({ timeScale: 1 });
    const { control, port } = t.running;
    const downtime = control.unavailable(3600);
    const settled = expect(downtime).rejects.toThrow(/closing/);
    await control.whenPhase('down');
    await t.close();
    t = undefined;
    await settled;
    t = await startTestSim({ port });
    expect((await getVersion(t)).status).toBe(200);
  });

  it('runs restarts and seeds one after another', async () => {
    t = await startTestSim();
    const { control } = t.running;
    const order: string[] = [];
    await Promise.all([
      control.upgrade('5.0.0').then(() => order.push('upgrade')),
      control.seed('demo').then(() => order.push('seed')),
      control.unavailable(0).then(() => order.push('unavailable')),
    ]);
    expect(order).toEqual(['upgrade', 'seed', 'unavailable']);
    expect(t.running.sim.version).toBe('5.0.0');
    expect(t.running.sim.store.count('Zone')).toBeGreaterThan(0);
  });
});

describe('restarts on a file database', () => {
  it('reopen the same file, and reset deletes it for a fresh one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zsim-control-'));
    try {
      const db = join(dir, 'sim.db');
      t = await startTestSim({ db });
      const session = await t.login();
      const { control } = t.running;
      await control.upgrade('5.0.0');
      expect((await t.call('GET', '/v1/zones', { session })).status).toBe(200);
      expect((await getVersion(t)).json.version).toBe('5.0.0');
      await control.reset();
      expect(existsSync(db)).toBe(true);
      expect((await t.call('GET', '/v1/zones', { session })).json).toMatchObject({
        error: { code: 'ID.1001' },
      });
      expect((await getVersion(t)).json.version).toBe('5.0.0');
    } finally {
      await t?.close();
      t = undefined;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
