import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../index.ts';
import { startTestSim, type TestSim } from './testKit.ts';

let dir: string;
let t: TestSim | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zsim-restart-'));
});
afterEach(async () => {
  await t?.close();
  t = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('a restart of the node', () => {
  it('fails the jobs that were running with SYS.1012 and keeps sessions and configs', async () => {
    const db = join(dir, 'sim.db');
    const first = await startTestSim({ db });
    const session = await first.login();
    const nodeUuid = first.running.sim.managementNode.uuid;
    first.rt.handlers.set('StartVmInstance', (call) =>
      first.running.sim.clock.sleep(3_600_000, call.signal),
    );
    const accepted = await first.call('PUT', `/v1/vm-instances/${'1'.repeat(32)}/actions`, {
      session,
      body: { startVmInstance: {} },
    });
    expect(accepted.status).toBe(202);
    const setting = await first.call('PUT', '/v1/global-configurations/vm/deletionPolicy/actions', {
      session,
      body: { updateGlobalConfig: { value: 'Never' } },
    });
    expect((await first.finish(setting)).status).toBe(200);
    await first.close();

    t = await startTestSim({ db });
    const jobUuid = String(accepted.json.location).split('/').at(-1);
    const poll = await t.call('GET', `/v1/api-jobs/${jobUuid}`);
    expect(poll.status).toBe(503);
    expect(poll.json).toMatchObject({ error: { code: 'SYS.1012' } });
    expect(t.running.sim.managementNode.uuid).toBe(nodeUuid);
    expect((await t.call('GET', '/v1/vm-instances', { session })).status).toBe(200);
    expect(t.rt.configs.get('vm', 'deletionPolicy')).toBe('Never');
  });

  it('refuses to seed a database that already has zones, unless told to skip', async () => {
    const db = join(dir, 'sim.db');
    const first = await startSimulator({ db });
    const now = Date.now();
    first.sim.store.insert('Zone', {
      uuid: '2'.repeat(32),
      name: 'z',
      state: 'Enabled',
      type: 'zstack',
      createDate: now,
      lastOpDate: now,
    });
    await first.close();
    await expect(startSimulator({ db, seed: 'demo' })).rejects.toThrow(
      'refusing to seed a non-empty database',
    );
    const lenient = await startSimulator({ db, seed: 'demo', seedPolicy: 'ifEmpty' });
    expect(lenient.seeded).toBe(false);
    await lenient.close();
  });
});
