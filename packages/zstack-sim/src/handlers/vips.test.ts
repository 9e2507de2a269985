import { afterEach, describe, expect, it } from 'vitest';
import { checkInvariants } from '../domain/invariants.ts';
import type { TestSim } from '../domain/testing.ts';
import { buildNetworkCloud, failure, type Json, snapshot } from '../network/testNetwork.ts';

/** Every cloud a test builds, checked against the invariants after the test. */
const built: TestSim[] = [];
afterEach(() => {
  for (const sim of built.splice(0)) {
    expect(checkInvariants(sim.store, { version: sim.version })).toEqual([]);
  }
});

async function networkCloud(options: { version?: string } = {}) {
  const made = await buildNetworkCloud(options);
  built.push(made.sim);
  return made;
}

const tables = ['Vip', 'UsedIp', 'Eip'];

describe('CreateVip', () => {
  it('allocates the first free address of the L3 and records an Enabled VIP', async () => {
    const { sim, cloud } = await networkCloud();
    const { inventory: vip } = (await sim.call('CreateVip', {
      name: 'v',
      l3NetworkUuid: cloud.publicL3,
    })) as {
      inventory: Json;
    };
    expect(vip).toMatchObject({
      name: 'v',
      l3NetworkUuid: cloud.publicL3,
      ip: '192.168.100.10',
      gateway: '192.168.100.1',
      netmask: '255.255.255.0',
      prefixLen: 24,
      state: 'Enabled',
    });
    expect(vip.useFor).toBeUndefined();
    expect(vip.usedIpUuid).toBeUndefined();
    const used = sim.store.find('UsedIp', { l3NetworkUuid: cloud.publicL3 });
    expect(used).toHaveLength(1);
    expect(used[0]?.usedFor).toBe('Vip');
  });

  it('honours requiredIp and leaves prefixLen out before 3.1.0', async () => {
    const { sim, cloud } = await networkCloud({ version: '1.2.0' });
    const reply = await sim.call('CreateVip', {
      name: 'v',
      l3NetworkUuid: cloud.publicL3,
      requiredIp: '192.168.100.99',
    });
    expect(reply.inventory.ip).toBe('192.168.100.99');
    expect(reply.inventory.prefixLen).toBeUndefined();
  });

  it.each([
    [
      { requiredIp: '192.168.100.300' },
      'SYS.1007',
      'requiredIp[192.168.100.300] is not in valid IPv4 mediaType',
    ],
    [
      { requiredIp: '192.168.100.10' },
      'SYS.1006',
      'there is already a vip[192.168.100.10] on l3Network',
    ],
    [{ requiredIp: '192.168.101.5' }, 'SYS.1007', 'is not in any IP range'],
    [{ allocatorStrategy: 'Nope' }, 'SYS.1007', 'unsupported ip allocation strategy[Nope]'],
  ])('rejects %o without a change', async (extra, code, text) => {
    const { sim, cloud } = await networkCloud();
    await sim.call('CreateVip', { name: 'first', l3NetworkUuid: cloud.publicL3 });
    const before = snapshot(sim, tables);
    const error = await failure(
      sim.call('CreateVip', { name: 'v', l3NetworkUuid: cloud.publicL3, ...extra }),
    );
    expect(error.code).toBe(code);
    expect(error.details).toContain(text);
    expect(snapshot(sim, tables)).toBe(before);
  });
});

describe('DeleteVip', () => {
  it('deletes the EIP on it and returns the address', async () => {
    const { sim, cloud } = await networkCloud();
    const vip = (await sim.call('CreateVip', { name: 'v', l3NetworkUuid: cloud.publicL3 }))
      .inventory as Json;
    await sim.call('CreateEip', { name: 'e', vipUuid: vip.uuid });
    expect(await sim.call('DeleteVip', { uuid: vip.uuid })).toEqual({});
    expect(sim.store.find('Eip')).toEqual([]);
    expect(sim.store.find('Vip')).toEqual([]);
    expect(sim.store.find('UsedIp', { l3NetworkUuid: cloud.publicL3 })).toEqual([]);
    expect(await sim.call('DeleteVip', { uuid: vip.uuid })).toEqual({});
  });
});

describe('QueryVip', () => {
  it('filters on useFor once an EIP holds the VIP', async () => {
    const { sim, cloud } = await networkCloud();
    const a = (await sim.call('CreateVip', { name: 'a', l3NetworkUuid: cloud.publicL3 }))
      .inventory as Json;
    await sim.call('CreateVip', { name: 'b', l3NetworkUuid: cloud.publicL3 });
    await sim.call('CreateEip', { name: 'e', vipUuid: a.uuid });
    const result = sim.store.query(
      'Vip',
      { conditions: [{ name: 'useFor', op: '=', value: 'Eip' }] },
      null,
    );
    expect((result.inventories as Json[]).map((v) => v.uuid)).toEqual([a.uuid]);
    expect(result.schema?.['inventories[0]']).toBe('org.zstack.network.service.vip.VipInventory');
  });
});
