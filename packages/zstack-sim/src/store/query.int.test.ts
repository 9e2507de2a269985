import { formatZStackDate, type QueryCondition, type QueryInput } from '@zdash/zstack-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../core/apiError.ts';
import { accountA, seededStore, t0 } from './testSeed.ts';
import { testVmTable } from './testTables.ts';
import type { QueryScope, Store } from './types.ts';

let store: Store;
beforeAll(() => {
  store = seededStore();
});
afterAll(() => store.close());

/** Uuids of the VMs matching `conditions` (as the system, sorted by uuid). */
function vms(conditions: QueryCondition[], scope: QueryScope = null): string[] {
  const input: QueryInput = { conditions, sort: { by: 'uuid', direction: 'asc' } };
  return (store.query('VmInstance', input, scope).inventories ?? []).map((i) => String(i.uuid));
}

function vmsOf(name: string, conditions: QueryCondition[]): string[] {
  return (store.query(name, { conditions }, null).inventories ?? []).map((i) => String(i.uuid));
}

const c = (name: string, op: QueryCondition['op'], value?: string): QueryCondition =>
  value === undefined ? { name, op } : { name, op, value };

function sys1007(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('SYS.1007');
    return;
  }
  throw new Error('expected SYS.1007');
}

describe('operators', () => {
  it.each([
    [c('state', '=', 'Running'), ['vm1', 'vm2', 'vm4']],
    [c('state', '!=', 'Running'), ['vm3', 'vm5']],
    [c('memorySize', '>', '1024'), ['vm2', 'vm3', 'vm4']],
    [c('memorySize', '>=', '2048'), ['vm2', 'vm3', 'vm4']],
    [c('memorySize', '<', '2048'), ['vm1', 'vm5']],
    [c('memorySize', '<=', '1024'), ['vm1', 'vm5']],
    [c('memorySize', 'in', '512,4096'), ['vm3', 'vm5']],
    [c('name', 'in', 'web-1,db-2,none'), ['vm1', 'vm4']],
    [c('name', 'not in', 'web-1,db-2'), ['vm2', 'vm3', 'vm5']],
    [c('name', 'like', 'web%'), ['vm1', 'vm2']],
    [c('name', 'like', 'x\\_y'), []],
    [c('name', 'like', 'db-_'), ['vm3', 'vm4']],
    [c('name', 'not like', '%-%'), ['vm5']],
    [c('hostUuid', 'is null'), ['vm3']],
    [c('hostUuid', 'is not null'), ['vm1', 'vm2', 'vm4', 'vm5']],
    [c('cpuSpeed', '=', '1.5'), ['vm1']],
    [c('haEnabled', '=', 'TRUE'), ['vm1']],
    [c('haEnabled', '=', 'false'), ['vm2']],
    [c('createDate', '>', String(t0 + 2000)), ['vm3', 'vm5']],
    [c('createDate', '=', formatZStackDate(new Date(t0 + 2000))), ['vm2', 'vm4']],
    [c('createDate', '<=', formatZStackDate(new Date(t0 + 1000))), ['vm1']],
    [c('internalId', '=', '7'), ['vm1']],
  ])('%j', (condition, expected) => {
    expect(vms([condition])).toEqual(expected);
  });

  it('ANDs conditions', () => {
    expect(vms([c('state', '=', 'Running'), c('memorySize', '=', '2048')])).toEqual(['vm2', 'vm4']);
  });

  it('rejects values of the wrong type and bad operators', () => {
    sys1007(() => vms([c('memorySize', '=', 'big')]));
    sys1007(() => vms([c('haEnabled', '=', 'yes')]));
    sys1007(() => vms([c('createDate', '>', 'yesterday')]));
    sys1007(() => vms([c('state', '=')]));
    sys1007(() => vms([{ name: 'state', op: '~' as QueryCondition['op'], value: 'x' }]));
  });
});

describe('fields that do not exist', () => {
  it.each(['nope', 'guestOsType', 'vmNics.nope', 'nope.ip', 'vmNics'])('%s → SYS.1007', (name) => {
    sys1007(() => vms([c(name, '=', 'x')]));
  });
});

describe('joins', () => {
  it.each([
    [c('vmNics.l3NetworkUuid', '=', 'L3A'), ['vm1', 'vm2']],
    [c('vmNics.ip', 'like', '10.2.%'), ['vm1', 'vm4']],
    [c('vmNics.l3NetworkUuid', '!=', 'L3A'), ['vm1', 'vm4']],
    [c('vmNics.deviceId', '>', '0'), ['vm1']],
    [c('allVolumes.primaryStorageUuid', '=', 'ps2'), ['vm1', 'vm3']],
    [c('host.managementIp', '=', '10.0.0.2'), ['vm4', 'vm5']],
    [c('host.cluster.name', '=', 'cluster-a'), ['vm1', 'vm2']],
    [c('host.cluster.name', 'in', 'cluster-a,cluster-b'), ['vm1', 'vm2', 'vm4', 'vm5']],
  ])('%j', (condition, expected) => {
    expect(vms([condition])).toEqual(expected);
  });

  it('joins ref lists', () => {
    const ps = (condition: QueryCondition) =>
      (store.query('PrimaryStorage', { conditions: [condition] }, null).inventories ?? []).map(
        (i) => i.uuid,
      );
    expect(ps(c('attachedClusterUuids', '=', 'c2'))).toEqual(['ps1', 'ps2']);
    expect(ps(c('attachedClusterUuids', 'in', 'c1'))).toEqual(['ps1']);
    expect(ps(c('attachedClusterUuids', 'is null'))).toEqual(['ps3']);
    expect(ps(c('attachedClusterUuids', 'is not null'))).toEqual(['ps1', 'ps2']);
  });
});

describe('tags', () => {
  it.each([
    [c('__systemTag__', '=', 'ha::NeverStop'), ['vm1']],
    [c('__systemTag__', 'like', 'staticIp::%'), ['vm2']],
    [c('__systemTag__', 'in', 'ha::NeverStop,staticIp::L3A::10.1.0.2'), ['vm1', 'vm2']],
    [c('__systemTag__', '!=', 'ha::NeverStop'), ['vm2', 'vm3', 'vm4', 'vm5']],
    [c('__systemTag__', 'not like', '%::%'), ['vm3', 'vm4', 'vm5']],
    [c('__systemTag__', 'is not null'), ['vm1', 'vm2']],
    [c('__systemTag__', 'is null'), ['vm3', 'vm4', 'vm5']],
    [c('__userTag__', '=', 'prod'), ['vm3']],
    [c('__userTag__', '=', 'ha::NeverStop'), []],
  ])('%j', (condition, expected) => {
    expect(vms([condition])).toEqual(expected);
  });
});

describe('fields, sort, paging, counts', () => {
  it('returns only the asked native fields', () => {
    const reply = store.query('Host', { fields: ['uuid', 'name'] }, null);
    expect(reply.inventories).toEqual([
      { uuid: 'h1', name: 'kvm-1' },
      { uuid: 'h2', name: 'sim-1' },
    ]);
    expect(reply.schema).toEqual({
      'inventories[0]': 'org.zstack.kvm.KVMHostInventory',
      'inventories[1]': 'org.zstack.header.host.HostInventory',
    });
    sys1007(() => store.query('VmInstance', { fields: ['vmNics'] }, null));
    sys1007(() => store.query('VmInstance', { fields: ['internalId'] }, null));
  });

  it('sorts by any native column with the primary key breaking ties', () => {
    const page = (input: QueryInput) =>
      (store.query('VmInstance', input, null).inventories ?? []).map((i) => i.uuid);
    const desc: QueryInput = { sort: { by: 'createDate', direction: 'desc' } };
    expect(page(desc)).toEqual(['vm5', 'vm3', 'vm4', 'vm2', 'vm1']);
    expect(page({ sort: { by: 'memorySize', direction: 'asc' } })).toEqual([
      'vm5',
      'vm1',
      'vm2',
      'vm4',
      'vm3',
    ]);
    const pages = [0, 2, 4].flatMap((start) => page({ ...desc, limit: 2, start }));
    expect(pages).toEqual(['vm5', 'vm3', 'vm4', 'vm2', 'vm1']);
    sys1007(() => page({ sort: { by: 'vmNics.ip', direction: 'asc' } }));
    sys1007(() => page({ sort: { by: 'guestOsType', direction: 'asc' } }));
  });

  it('applies the default limit of 1000 and start', () => {
    for (let i = 0; i < 1005; i++) {
      store.insert('Cluster', { uuid: `bulk${i}`, name: 'bulk', createDate: t0, lastOpDate: t0 });
    }
    const reply = store.query('Cluster', { conditions: [c('name', '=', 'bulk')] }, null);
    expect(reply.inventories).toHaveLength(1000);
    const tail = store.query(
      'Cluster',
      { conditions: [c('name', '=', 'bulk')], start: 1000 },
      null,
    );
    expect(tail.inventories).toHaveLength(5);
    store.db.exec("DELETE FROM test_cluster WHERE name = 'bulk'");
  });

  it('counts (total only) and replies with count', () => {
    const running = [c('state', '=', 'Running')];
    expect(store.query('VmInstance', { conditions: running, count: true }, null)).toEqual({
      total: 3,
      schema: {},
    });
    const reply = store.query(
      'VmInstance',
      { conditions: running, replyWithCount: true, limit: 1 },
      null,
    );
    expect(reply.total).toBe(3);
    expect(reply.inventories).toHaveLength(1);
  });

  it('sees writes in counts right away', () => {
    const input: QueryInput = { conditions: [c('name', '=', 'fresh')], count: true };
    expect(store.query('Cluster', input, null).total).toBe(0);
    store.insert('Cluster', { uuid: 'fresh1', name: 'fresh', createDate: t0, lastOpDate: t0 });
    expect(store.query('Cluster', input, null).total).toBe(1);
    store.db.prepare("DELETE FROM test_cluster WHERE uuid = 'fresh1'").run();
    expect(store.query('Cluster', input, null).total).toBe(0);
    store.transaction(() => {
      store.insert('Cluster', { uuid: 'fresh2', name: 'fresh', createDate: t0, lastOpDate: t0 });
      expect(store.query('Cluster', input, null).total).toBe(1);
      store.db.exec('SAVEPOINT undo');
      store.remove('Cluster', 'fresh2');
      expect(store.query('Cluster', input, null).total).toBe(0);
      store.db.exec('ROLLBACK TO undo');
      store.db.exec('RELEASE undo');
      expect(store.query('Cluster', input, null).total).toBe(1);
      store.remove('Cluster', 'fresh2');
    });
  });
});

describe('view specs', () => {
  it('queries only the rows of a filtered spec over a shared table', () => {
    store.define({
      ...testVmTable,
      name: 'StoppedVm',
      javaClass: 'org.zstack.test.StoppedVmInventory',
      filter: { state: 'Stopped' },
    });
    const reply = store.query('StoppedVm', { replyWithCount: true }, null);
    expect(reply.inventories?.map((i) => i.uuid)).toEqual(['vm3', 'vm5']);
    expect(reply.total).toBe(2);
    expect(reply.schema?.['inventories[0]']).toBe('org.zstack.test.StoppedVmInventory');
    expect(vmsOf('StoppedVm', [c('name', 'like', 'db%')])).toEqual(['vm3']);
    expect(store.count('StoppedVm')).toBe(5);
  });
});

describe('schema and scoping', () => {
  it('maps every inventory and nested inventory to its Java class', () => {
    const reply = store.query(
      'VmInstance',
      { conditions: [c('uuid', 'in', 'vm1,vm3')], sort: { by: 'uuid', direction: 'asc' } },
      null,
    );
    expect(reply.schema).toEqual({
      'inventories[0].vmNics[0]': 'org.zstack.header.vm.VmNicInventory',
      'inventories[0].vmNics[1]': 'org.zstack.header.vm.VmNicInventory',
      'inventories[0].allVolumes[0]': 'org.zstack.header.volume.VolumeInventory',
      'inventories[0].allVolumes[1]': 'org.zstack.header.volume.VolumeInventory',
      'inventories[0]': 'org.zstack.header.vm.VmInstanceInventory',
      'inventories[1].allVolumes[0]': 'org.zstack.header.volume.VolumeInventory',
      'inventories[1]': 'org.zstack.header.vm.VmInstanceInventory',
    });
    expect(Object.keys(reply.schema ?? {})[0]).toBe('inventories[0].vmNics[0]');
  });

  it('limits Normal accounts to their own rows of owned tables', () => {
    const normal = { accountUuid: accountA, isAdmin: false };
    expect(vms([], normal)).toEqual(['vm1', 'vm2', 'vm3', 'vm4']);
    expect(vms([], { accountUuid: 'c'.repeat(32), isAdmin: false })).toEqual([]);
    expect(vms([], { accountUuid: accountA, isAdmin: true })).toHaveLength(5);
    expect(store.query('Host', {}, normal).inventories).toHaveLength(2);
    expect(store.query('VmInstance', { count: true }, normal).total).toBe(4);
  });
});
