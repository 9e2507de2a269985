import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatZStackDate } from '@zdash/zstack-api';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from './sqliteStore.ts';
import { accountA, accountB, seededStore, t0 } from './testSeed.ts';
import { testClusterTable } from './testTables.ts';
import type { Store, TableSpec } from './types.ts';

const zstackDate = /^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2}:\d{2} [AP]M$/;

describe('store CRUD', () => {
  let store: Store;
  afterEach(() => store?.close());

  it('reads back inserted rows with typed values', () => {
    store = seededStore();
    const vm = store.get('VmInstance', 'vm1');
    expect(vm).toMatchObject({
      uuid: 'vm1',
      memorySize: 1024,
      cpuSpeed: 1.5,
      haEnabled: true,
      metadata: { a: 1 },
      internalId: 7,
      createDate: t0 + 1000,
    });
    expect(vm).not.toHaveProperty('__ownerAccountUuid');
    expect(store.get('VmInstance', 'vm2')?.haEnabled).toBe(false);
    expect(store.get('VmInstance', 'nope')).toBeUndefined();
  });

  it('updates, finds, counts and removes', () => {
    store = seededStore();
    const updated = store.update('VmInstance', 'vm3', { state: 'Running', haEnabled: true });
    expect(updated).toMatchObject({ uuid: 'vm3', state: 'Running', haEnabled: true });
    expect(store.find('VmInstance', { state: 'Running' }).map((r) => r.uuid)).toEqual([
      'vm1',
      'vm2',
      'vm3',
      'vm4',
    ]);
    expect(store.find('VmInstance', { uuid: ['vm5', 'vm1'] }).map((r) => r.uuid)).toEqual([
      'vm1',
      'vm5',
    ]);
    expect(store.find('VmInstance', { hostUuid: null, haEnabled: true })).toHaveLength(1);
    expect(store.count('VmInstance', { state: 'Running' })).toBe(4);
    expect(store.count('VmNic')).toBe(4);
    store.remove('VmInstance', 'vm3');
    expect(store.get('VmInstance', 'vm3')).toBeUndefined();
    expect(store.count('VmInstance')).toBe(4);
    expect(() => store.update('VmInstance', 'vm3', { state: 'x' })).toThrow(/SYS.1003/);
  });

  it('records owners of owned tables only', () => {
    store = seededStore();
    expect(store.ownerOf('VmInstance', 'vm1')).toBe(accountA);
    expect(store.ownerOf('VmInstance', 'vm5')).toBe(accountB);
    expect(store.ownerOf('Host', 'h1')).toBeUndefined();
  });

  it('rolls a failed transaction back', () => {
    store = seededStore();
    expect(() =>
      store.transaction(() => {
        store.insert('Cluster', { uuid: 'c9', name: 'tmp', createDate: t0, lastOpDate: t0 });
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.get('Cluster', 'c9')).toBeUndefined();
    expect(store.transaction(() => store.count('Cluster'))).toBe(2);
  });

  it('defines tables idempotently and creates the indexes', () => {
    store = seededStore();
    store.define(testClusterTable);
    const indexes = store.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'test_vm'")
      .pluck()
      .all();
    expect(indexes).toEqual(
      expect.arrayContaining([
        'test_vm__state',
        'test_vm__createDate',
        'test_vm__state_createDate',
        'test_vm____ownerAccountUuid',
        'test_vm__hostUuid',
      ]),
    );
    const nicIndexes = store.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'test_nic'")
      .pluck()
      .all();
    expect(nicIndexes).toContain('test_nic__vmInstanceUuid');
  });
});

describe('toInventory', () => {
  let store: Store;
  afterEach(() => store?.close());

  it('formats dates, omits nulls, hidden and newer fields, nests relations', () => {
    store = seededStore('4.8.0');
    const row = store.get('VmInstance', 'vm1');
    if (!row) throw new Error('vm1 missing');
    const inventory = store.toInventory('VmInstance', row);
    expect(inventory.createDate).toBe(formatZStackDate(new Date(t0 + 1000)));
    expect(inventory.createDate).toMatch(zstackDate);
    expect(inventory).toMatchObject({ uuid: 'vm1', haEnabled: true, metadata: { a: 1 } });
    expect(inventory).not.toHaveProperty('internalId');
    expect(inventory).not.toHaveProperty('guestOsType');
    expect(inventory).not.toHaveProperty('host');
    const nics = inventory.vmNics as Record<string, unknown>[];
    expect(nics.map((n) => n.uuid)).toEqual(['n1', 'n2']);
    expect(nics[0]?.createDate).toMatch(zstackDate);
    expect((inventory.allVolumes as Record<string, unknown>[]).map((v) => v.uuid)).toEqual([
      'v1',
      'v2',
    ]);
    const bare = store.get('VmInstance', 'vm3');
    if (!bare) throw new Error('vm3 missing');
    const vm3 = store.toInventory('VmInstance', bare);
    expect(vm3).not.toHaveProperty('hostUuid');
    expect(vm3.vmNics).toEqual([]);
  });

  it('shows fields of newer versions when emulating them', () => {
    store = seededStore('5.0.0');
    const row = store.get('VmInstance', 'vm1');
    if (!row) throw new Error('vm1 missing');
    expect(store.toInventory('VmInstance', row).guestOsType).toBe('Linux');
  });

  it('fills ref lists', () => {
    store = seededStore();
    const inv = (uuid: string) => {
      const row = store.get('PrimaryStorage', uuid);
      if (!row) throw new Error(`${uuid} missing`);
      return store.toInventory('PrimaryStorage', row).attachedClusterUuids;
    };
    expect(inv('ps1')).toEqual(['c1', 'c2']);
    expect(inv('ps3')).toEqual([]);
  });
});

describe('file databases', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reopens with the rows and adds columns a newer spec has', () => {
    dir = mkdtempSync(join(tmpdir(), 'zdash-store-'));
    const path = join(dir, 'sim.db');
    const v1: TableSpec = {
      name: 'Zone',
      table: 'zone',
      javaClass: 'org.zstack.header.zone.ZoneInventory',
      primaryKey: 'uuid',
      columns: { uuid: { type: 'text' }, name: { type: 'text', index: true } },
    };
    const first = createStore(path, { version: '4.8.0' });
    first.define(v1);
    first.insert('Zone', { uuid: 'z1', name: 'zone-1' });
    expect(first.db.pragma('journal_mode', { simple: true })).toBe('wal');
    first.close();

    const v2: TableSpec = {
      ...v1,
      columns: { ...v1.columns, state: { type: 'text', index: true }, type: { type: 'text' } },
    };
    const second = createStore(path, { version: '4.8.0' });
    second.define(v2);
    expect(second.get('Zone', 'z1')).toEqual({
      uuid: 'z1',
      name: 'zone-1',
      state: null,
      type: null,
    });
    second.update('Zone', 'z1', { state: 'Enabled' });
    expect(
      second.query('Zone', { conditions: [{ name: 'state', op: '=', value: 'Enabled' }] }, null)
        .inventories,
    ).toEqual([{ uuid: 'z1', name: 'zone-1', state: 'Enabled' }]);
    second.close();
  });
});
