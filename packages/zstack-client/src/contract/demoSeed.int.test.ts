import { startSimulator } from '@zdash/zstack-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZStackClient } from '../client.ts';
import { type ContractTarget, openContractTarget } from './contractTarget.ts';

// The demo seed is the simulator's; a real node has its own cloud (vms.int.test.ts covers it).
describe.skipIf(Boolean(process.env.ZSTACK_CONTRACT_URL))('contract: the demo seed', () => {
  let target: ContractTarget;
  let client: ZStackClient;
  beforeAll(async () => {
    target = await openContractTarget(startSimulator, 'demo');
    client = target.client();
    await client.loginByAccount('admin', target.password);
  });
  afterAll(async () => {
    await client.logout();
    await target.close();
  });

  it('pages and counts the seeded VMs on the node', async () => {
    const userVms = [{ name: 'type', op: '=' as const, value: 'UserVm' }];
    const total = await client.count('QueryVmInstance', userVms);
    expect(total).toBeGreaterThanOrEqual(10);
    const first = await client.query('QueryVmInstance', {
      conditions: userVms,
      sort: { by: 'name', direction: 'asc' },
      limit: 5,
      replyWithCount: true,
    });
    const second = await client.query('QueryVmInstance', {
      conditions: userVms,
      sort: { by: 'name', direction: 'asc' },
      limit: 5,
      start: 5,
    });
    expect(first.total).toBe(total);
    expect(first.inventories).toHaveLength(5);
    const names = [...first.inventories, ...second.inventories].map((vm) => vm.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it('stops a running seeded VM and starts it again, following both jobs', async () => {
    const { inventories } = await client.query('QueryVmInstance', {
      conditions: [
        { name: 'type', op: '=', value: 'UserVm' },
        { name: 'state', op: '=', value: 'Running' },
      ],
      limit: 1,
    });
    const vm = inventories[0];
    expect(vm).toBeDefined();
    const uuid = vm?.uuid ?? '';
    expect((await client.call('StopVmInstance', { uuid })).inventory.state).toBe('Stopped');
    const started = await client.call('StartVmInstance', { uuid });
    expect(started.inventory).toMatchObject({ uuid, state: 'Running' });
  });
});
