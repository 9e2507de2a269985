import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSim, type TestSim } from '../http/testKit.ts';

/**
 * The wiring between sessions and the console proxy over HTTP: a console token belongs to the
 * session that first asked for it, and ends with that session's logout (ZStack's logout hook).
 */
let node: TestSim;

beforeEach(async () => {
  node = await startTestSim({ seed: 'demo' });
});
afterEach(() => node.close());

async function consoleToken(session: string, vmUuid: string): Promise<string> {
  const accepted = await node.call('POST', '/v1/consoles', {
    session,
    body: { params: { vmInstanceUuid: vmUuid } },
  });
  const done = await node.finish(accepted);
  expect(done.status).toBe(200);
  return String((done.json.inventory as { token: string }).token);
}

describe('console tokens and session ends', () => {
  it('shares the first session token, then hands out a new one after that session logs out', async () => {
    const first = await node.login();
    const second = await node.login();
    const vms = await node.call('GET', '/v1/vm-instances?q=state=Running&q=type=UserVm&limit=1', {
      session: first,
    });
    const vm = (vms.json.inventories as { uuid: string }[])[0];
    if (!vm) throw new Error('the demo seed has no running VM');

    expect(await consoleToken(first, vm.uuid)).toBe(`${first}_${vm.uuid}`);
    expect(await consoleToken(second, vm.uuid)).toBe(`${first}_${vm.uuid}`);

    const out = await node.call('DELETE', `/v1/accounts/sessions/${first}`);
    expect(out.status).toBe(200);
    expect(await consoleToken(second, vm.uuid)).toBe(`${second}_${vm.uuid}`);
  });

  it('has the providers and the console proxy agent on a fresh node', async () => {
    const session = await node.login();
    const providers = await node.call('GET', '/v1/network-services/providers', { session });
    const types = (providers.json.inventories as { type: string }[]).map((p) => p.type).sort();
    expect(types).toEqual(['Flat', 'SecurityGroup', 'VirtualRouter']);
    const agents = await node.call('GET', '/v1/consoles/agents', { session });
    expect(agents.json.inventories).toHaveLength(1);
  });
});
