import { afterEach, describe, expect, it } from 'vitest';
import { checkInvariants } from '../domain/invariants.ts';
import { startTestSim, type TestSim } from '../http/testKit.ts';
import { demoIds } from '../seeds/demoIds.ts';

/**
 * Fields ZStack sends even when there is nothing in them (`[]`, `NoHa`), from the first tag
 * whose inventory class has them, and never before.
 */
type Json = Record<string, unknown>;
let t: TestSim | undefined;
afterEach(async () => {
  if (!t) return;
  expect(checkInvariants(t.running.sim.store, { version: t.running.sim.version })).toEqual([]);
  await t.close();
  t = undefined;
});

async function first(sim: TestSim, session: string, path: string): Promise<Json> {
  const answer = await sim.call('GET', path, { session });
  expect(answer.status).toBe(200);
  return (answer.json.inventories as Json[])[0] as Json;
}

describe('default lists and values', () => {
  it('4.8.0: vmCdRoms, hostRoute, usedIps and haStatus are always there', async () => {
    t = await startTestSim({ seed: 'demo' });
    const session = await t.login();
    const vm = await first(t, session, '/v1/vm-instances?q=type=UserVm&q=state=Running&limit=1');
    expect(vm.vmCdRoms).toEqual([]);
    const [nic] = vm.vmNics as Json[];
    const usedIps = nic?.usedIps as Json[];
    expect(usedIps.map((ip) => ip.ip)).toEqual([nic?.ip]);
    expect((await first(t, session, `/v1/l3-networks/${demoIds.vrL3}`)).hostRoute).toEqual([]);
    const router = await first(t, session, '/v1/vm-instances/appliances/virtual-routers');
    expect(router.haStatus).toBe('NoHa');
  });

  it('3.0.0: none of them yet', async () => {
    t = await startTestSim({ seed: 'demo', zstackVersion: '3.0.0' });
    const session = await t.login();
    const vm = await first(t, session, '/v1/vm-instances?q=type=UserVm&q=state=Running&limit=1');
    expect(vm).not.toHaveProperty('vmCdRoms');
    expect((vm.vmNics as Json[])[0]).not.toHaveProperty('usedIps');
    expect(await first(t, session, `/v1/l3-networks/${demoIds.vrL3}`)).toHaveProperty('hostRoute');
    const router = await first(t, session, '/v1/vm-instances/appliances/virtual-routers');
    expect(router).not.toHaveProperty('haStatus');
  });
});
