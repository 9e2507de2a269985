import { afterEach, describe, expect, it } from 'vitest';
import { startTestSim, type TestSim } from '../http/testKit.ts';
import type { SimulatorOptions } from '../index.ts';

let t: TestSim | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

interface ControlAnswer {
  readonly status: number;
  readonly json: Record<string, unknown>;
}

async function startWithControl(options: SimulatorOptions = {}) {
  const sim = await startTestSim({ control: true, ...options });
  t = sim;
  const { controlUrl, controlToken } = sim.running;
  if (!controlUrl || !controlToken) throw new Error('no control listener');
  const ctl = async (
    method: string,
    route: string,
    body?: unknown,
    token: string | null = controlToken,
  ): Promise<ControlAnswer> => {
    const response = await fetch(`${controlUrl}/${route}`, {
      method,
      headers: token === null ? {} : { Authorization: `Bearer ${token}` },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  return { sim, ctl };
}

const getVersion = (sim: TestSim) =>
  sim.call('PUT', '/v1/management-nodes/actions', { body: { getVersion: {} } });

describe('the control listener', () => {
  it('is off without the control option: /sim/v1 is an unknown path like any other', async () => {
    t = await startTestSim();
    expect(t.running.controlUrl).toBeUndefined();
    expect(t.running.controlToken).toBeUndefined();
    const answer = await t.call('GET', `http://127.0.0.1:${t.running.port}/sim/v1/state`);
    expect(answer.status).toBe(404);
  });

  it('listens on its own loopback port and needs the bearer token', async () => {
    const { sim, ctl } = await startWithControl();
    const url = new URL(String(sim.running.controlUrl));
    expect(url.hostname).toBe('127.0.0.1');
    expect(Number(url.port)).not.toBe(sim.running.port);
    expect(
      (await sim.call('GET', `http://127.0.0.1:${sim.running.port}/sim/v1/state`)).status,
    ).toBe(404);
    expect((await ctl('GET', 'state', undefined, null)).status).toBe(401);
    expect((await ctl('GET', 'state', undefined, 'x'.repeat(43))).status).toBe(401);
    expect((await ctl('POST', 'reset', undefined, null)).status).toBe(401);
    const state = await ctl('GET', 'state');
    expect(state.status).toBe(200);
    expect(state.json).toMatchObject({ phase: 'up', url: sim.url, zstackVersion: '4.8.0' });
  });

  it('validates bodies and routes with clear messages', async () => {
    const { ctl } = await startWithControl();
    const missing = await ctl('POST', 'fail-next', { code: 'SYS.1006' });
    expect(missing.status).toBe(400);
    expect(missing.json.error).toMatch(/^api: /);
    expect((await ctl('POST', 'fail-next', { api: 'GetVersion', code: '503' })).json.error).toMatch(
      /ZStack error code/,
    );
    expect((await ctl('POST', 'latency', '{"ms":')).json.error).toMatch(/not JSON/);
    expect((await ctl('POST', 'latency', { ms: 5, extra: 1 })).status).toBe(400);
    expect((await ctl('POST', 'seed', { seed: 'huge' })).status).toBe(400);
    expect((await ctl('POST', 'upgrade', { version: 'five' })).status).toBe(400);
    expect((await ctl('POST', 'fail-next', { api: 'NoSuchApi', code: 'SYS.1006' })).status).toBe(
      400,
    );
    expect((await ctl('POST', 'fail-next', { api: 'QueryZone', code: 'SYS.1006' })).status).toBe(
      200,
    );
    expect((await ctl('GET', 'fail-next')).status).toBe(405);
    expect((await ctl('POST', 'explode', {})).status).toBe(404);
  });
});

describe('the control routes', () => {
  it('fail-next fails a sync call and an async job once each', async () => {
    const { sim, ctl } = await startWithControl();
    const session = await sim.login();
    const queued = await ctl('POST', 'fail-next', { api: 'GetVersion', code: 'SYS.1006' });
    expect(queued.json.failNext).toEqual({ GetVersion: [{ code: 'SYS.1006' }] });
    expect((await getVersion(sim)).json).toMatchObject({ error: { code: 'SYS.1006' } });
    expect((await getVersion(sim)).status).toBe(200);

    await ctl('POST', 'fail-next', { api: 'UpdateGlobalConfig', code: 'SYS.1001', details: 'x' });
    const update = () =>
      sim.call('PUT', '/v1/global-configurations/vm/deletionPolicy/actions', {
        session,
        body: { updateGlobalConfig: { value: 'Never' } },
      });
    const failed = await sim.finish(await update());
    expect(failed.json).toMatchObject({ error: { code: 'SYS.1001', details: 'x' } });
    expect((await sim.finish(await update())).status).toBe(200);
  });

  it('latency and time-scale change how long calls take', async () => {
    const { sim, ctl } = await startWithControl({ timeScale: 0.05 });
    const latency = await ctl('POST', 'latency', { api: 'GetVersion', ms: 4000 });
    expect(latency.json.latency).toEqual({ GetVersion: 4000 });
    let start = performance.now();
    await getVersion(sim);
    expect(performance.now() - start).toBeGreaterThanOrEqual(4000 * 0.05 - 5);

    const scaled = await ctl('POST', 'time-scale', { timeScale: 0.001 });
    expect(scaled.json.timeScale).toBe(0.001);
    expect(sim.running.sim.clock.timeScale).toBe(0.001);
    start = performance.now();
    await getVersion(sim);
    expect(performance.now() - start).toBeLessThan(4000 * 0.05);
  });

  it('unavailable takes the node down while the control listener stays up', async () => {
    const { sim, ctl } = await startWithControl({ timeScale: 0.05 });
    const { control } = sim.running;
    const accepted = await ctl('POST', 'unavailable', { seconds: 16 });
    expect(accepted.status).toBe(202);
    expect(accepted.json.phase).toBe('down');
    await expect(getVersion(sim)).rejects.toThrow();
    expect((await ctl('GET', 'state')).json.phase).toMatch(/^(down|starting)$/);
    await control.whenPhase('starting');
    expect((await getVersion(sim)).json).toMatchObject({ error: { code: 'SYS.1012' } });
    await control.whenPhase('up');
    expect((await getVersion(sim)).status).toBe(200);
  });

  it('upgrade brings the node back as the new version', async () => {
    const { sim, ctl } = await startWithControl({ zstackVersion: '3.1.0' });
    const accepted = await ctl('POST', 'upgrade', { version: '3.2.0', downtimeSeconds: 1 });
    expect(accepted.status).toBe(202);
    await sim.running.control.whenPhase('up');
    expect((await getVersion(sim)).json.version).toBe('3.2.0');
    expect((await ctl('GET', 'state')).json.zstackVersion).toBe('3.2.0');
    expect((await ctl('POST', 'upgrade', { version: '3.1.0' })).status).toBe(400);
  });

  it('reset and seed', async () => {
    const { sim, ctl } = await startWithControl();
    const seeded = await ctl('POST', 'seed', { seed: 'demo' });
    expect(seeded.status).toBe(200);
    expect(sim.running.sim.store.count('Zone')).toBeGreaterThan(0);
    expect((await ctl('POST', 'seed', { seed: 'demo' })).status).toBe(409);
    expect((await ctl('POST', 'reset')).status).toBe(200);
    expect(sim.running.sim.store.count('Zone')).toBe(0);
    expect((await getVersion(sim)).status).toBe(200);
  });
});

describe('console proxy agent down and up', () => {
  it('fails console access and reconnects while down, and recovers after up + reconnect', async () => {
    const { sim, ctl } = await startWithControl({ seed: 'demo' });
    const session = await sim.login();
    const vms = await sim.call('GET', '/v1/vm-instances?q=state=Running&q=type=UserVm&limit=1', {
      session,
    });
    const vm = (vms.json.inventories as { uuid: string }[])[0];
    if (!vm) throw new Error('the demo seed has no running VM');
    const requestConsole = async () =>
      sim.finish(
        await sim.call('POST', '/v1/consoles', {
          session,
          body: { params: { vmInstanceUuid: vm.uuid } },
        }),
      );
    const reconnect = async () =>
      sim.finish(
        await sim.call('PUT', '/v1/consoles/agents', {
          session,
          body: { reconnectConsoleProxyAgent: {} },
        }),
      );
    const agentStatus = async () => {
      const agents = await sim.call('GET', '/v1/consoles/agents', { session });
      return (agents.json.inventories as { status: string }[])[0]?.status;
    };

    expect((await ctl('POST', 'agent-down', {})).status).toBe(200);
    expect(await agentStatus()).toBe('Disconnected');
    const refused = await requestConsole();
    expect(refused.status).toBe(503);
    expect((refused.json.error as { code: string }).code).toBe('SYS.1006');
    const failedReconnect = await reconnect();
    const results = Object.values(failedReconnect.json.inventory as Record<string, unknown>);
    expect(results[0]).toMatchObject({ code: 'SYS.1006' });
    expect(await agentStatus()).toBe('Disconnected');

    expect((await ctl('POST', 'agent-up', {})).status).toBe(200);
    expect(await agentStatus()).toBe('Disconnected');
    await reconnect();
    expect(await agentStatus()).toBe('Connected');
    expect((await requestConsole()).status).toBe(200);
  });

  it('refuses a body on agent-down', async () => {
    const { ctl } = await startWithControl();
    expect((await ctl('POST', 'agent-down', { now: true })).status).toBe(400);
  });
});

describe('host disconnect and reconnect', () => {
  it('takes a host away, leaves a GC job for a destroy there, and runs it on reconnect', async () => {
    const { sim, ctl } = await startWithControl({ seed: 'demo' });
    const session = await sim.login();
    const vms = await sim.call(
      'GET',
      '/v1/vm-instances?q=state=Running&q=type=UserVm&q=hostUuid not null&limit=1',
      { session },
    );
    const vm = (vms.json.inventories as { uuid: string; hostUuid: string }[])[0];
    if (!vm) throw new Error('the demo seed has no running VM');
    const vmState = async () => {
      const answer = await sim.call('GET', `/v1/vm-instances/${vm.uuid}`, { session });
      return (answer.json.inventories as { state: string }[])[0]?.state;
    };

    expect((await ctl('POST', 'host-disconnect', { hostUuid: vm.hostUuid })).status).toBe(200);
    expect(await vmState()).toBe('Unknown');
    const destroyed = await sim.finish(
      await sim.call('DELETE', `/v1/vm-instances/${vm.uuid}`, { session }),
    );
    expect(destroyed.status).toBe(200);
    const gcJobs = async () =>
      (await sim.call('GET', '/v1/gc-jobs', { session })).json.inventories as {
        status: string;
      }[];
    expect((await gcJobs()).map((job) => job.status)).toEqual(['Idle']);

    expect((await ctl('POST', 'host-reconnect', { hostUuid: vm.hostUuid })).status).toBe(200);
    expect((await gcJobs()).map((job) => job.status)).toEqual(['Done']);
  });

  it('answers 404 for an unknown host and 400 for a malformed uuid', async () => {
    const { ctl } = await startWithControl();
    expect((await ctl('POST', 'host-disconnect', { hostUuid: 'f'.repeat(32) })).status).toBe(404);
    expect((await ctl('POST', 'host-reconnect', { hostUuid: 'nope' })).status).toBe(400);
  });
});
