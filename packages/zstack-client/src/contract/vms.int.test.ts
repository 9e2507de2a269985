import { startSimulator } from '@zdash/zstack-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZStackClient } from '../client.ts';
import type { RequestEvent } from '../transport.ts';
import { type ContractTarget, openContractTarget } from './contractTarget.ts';
import { buildSmallCloud } from './smallCloud.ts';

let target: ContractTarget;
let client: ZStackClient;
const events: RequestEvent[] = [];
beforeAll(async () => {
  target = await openContractTarget(startSimulator);
  client = target.client({ onRequest: (e) => events.push(e) });
  await client.loginByAccount('admin', target.password);
});
afterAll(async () => {
  await client.logout();
  await target.close();
});

/** A VM to drive: on the simulator one created for the test; on a real node one already Stopped. */
async function vmToDrive(): Promise<{ uuid: string; created: boolean } | undefined> {
  if (!target.simulated) {
    const { inventories } = await client.query('QueryVmInstance', {
      conditions: [
        { name: 'type', op: '=', value: 'UserVm' },
        { name: 'state', op: '=', value: 'Stopped' },
      ],
      limit: 1,
    });
    return inventories[0] && { uuid: inventories[0].uuid, created: false };
  }
  const cloud = await buildSmallCloud(client, 'contract');
  const { inventory } = await client.call('CreateVmInstance', {
    name: 'contract-vm',
    imageUuid: cloud.image,
    instanceOfferingUuid: cloud.offering,
    l3NetworkUuids: [cloud.l3],
  });
  expect(inventory).toMatchObject({ name: 'contract-vm', state: 'Running', hostUuid: cloud.host });
  const stopped = await client.call('StopVmInstance', { uuid: inventory.uuid });
  expect(stopped.inventory.state).toBe('Stopped');
  return { uuid: inventory.uuid, created: true };
}

describe('contract: VM lifecycle', () => {
  it('starts and stops a VM, following each job to the new state', async () => {
    const vm = await vmToDrive();
    if (!vm) return; // a real node without a Stopped VM: nothing safe to drive

    events.length = 0;
    const started = await client.call('StartVmInstance', { uuid: vm.uuid });
    expect(started.inventory).toMatchObject({ uuid: vm.uuid, state: 'Running' });
    expect(started.inventory.hostUuid).toMatch(/^[0-9a-f]{32}$/);
    const polls = events.filter((e) => e.kind === 'poll' && e.api === 'StartVmInstance');
    expect(polls.length).toBeGreaterThan(0);
    expect(polls.at(-1)?.status).toBe(200);
    expect(polls.slice(0, -1).every((e) => e.status === 202)).toBe(true);

    const running = await client.query('QueryVmInstance', {
      conditions: [
        { name: 'uuid', op: '=', value: vm.uuid },
        { name: 'state', op: '=', value: 'Running' },
      ],
      replyWithCount: true,
    });
    expect(running.total).toBe(1);

    const stopped = await client.call('StopVmInstance', { uuid: vm.uuid });
    expect(stopped.inventory.state).toBe('Stopped');
    if (vm.created) expect(await client.call('DestroyVmInstance', { uuid: vm.uuid })).toEqual({});
  });

  it('stopping a VM that does not exist fails through its job with a ZStack code', async () => {
    const error = await client
      .call('StopVmInstance', { uuid: 'ffffffffffffffffffffffffffffffff' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, api: 'StopVmInstance' });
    expect((error as { code: string }).code).toMatch(/^(SYS|VM)\.\d+$/);
  });
});
