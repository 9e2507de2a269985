import type { QueryInput } from '@zdash/zstack-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inListThreshold } from './queryCompile.ts';
import { accountA, seededStore, t0 } from './testSeed.ts';
import type { Store } from './types.ts';

/**
 * Joins matching more related rows than {@link inListThreshold} compile to EXISTS instead of
 * IN; both forms must give the same rows, and the broad one must walk the sort index.
 */
const extra = inListThreshold + 400;
let store: Store;

beforeAll(() => {
  store = seededStore();
  store.transaction(() => {
    for (let i = 0; i < extra; i++) {
      const uuid = `bulk-vm-${String(i).padStart(5, '0')}`;
      const at = t0 + 10_000 + (i % 300) * 1000;
      const state = i % 3 === 0 ? 'Stopped' : 'Running';
      store.insert(
        'VmInstance',
        {
          uuid,
          name: uuid,
          state,
          hostUuid: 'h2',
          memorySize: 1024,
          createDate: at,
          lastOpDate: at,
        },
        accountA,
      );
      const l3NetworkUuid = i % 4 === 0 ? 'L3D' : 'L3C';
      store.insert('VmNic', {
        uuid: `bulk-nic-${i}`,
        vmInstanceUuid: uuid,
        l3NetworkUuid,
        ip: `10.9.${i >> 8}.${i & 255}`,
        deviceId: 0,
        createDate: at,
        lastOpDate: at,
      });
    }
  });
});
afterAll(() => store.close());

/** The SQL texts the store prepares while `fn` runs (only texts not prepared before). */
function recordPrepared(fn: () => void): string[] {
  const prepared: string[] = [];
  const prepare = store.db.prepare.bind(store.db);
  store.db.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as typeof store.db.prepare;
  try {
    fn();
  } finally {
    store.db.prepare = prepare;
  }
  return prepared;
}

function vmsOn(managementIp: string): unknown[] {
  const conditions = [{ name: 'host.managementIp', op: '=' as const, value: managementIp }];
  const reply = store.query(
    'VmInstance',
    { conditions, sort: { by: 'uuid', direction: 'asc' } },
    null,
  );
  return reply.inventories?.map((i) => i.uuid) ?? [];
}

/** The expected uuids, computed from plain rows. */
function expected(
  l3: string,
  state: string,
): { uuid: string; createDate: number; rowid: number }[] {
  const vmUuids = new Set(store.find('VmNic', { l3NetworkUuid: l3 }).map((n) => n.vmInstanceUuid));
  const rows = store.db
    .prepare('SELECT rowid, uuid, createDate FROM test_vm WHERE state = ?')
    .all(state) as { uuid: string; createDate: number; rowid: number }[];
  return rows
    .filter((row) => vmUuids.has(row.uuid))
    .sort((a, b) => b.createDate - a.createDate || b.rowid - a.rowid);
}

describe('join forms', () => {
  it('pages a broad join (EXISTS) exactly like the rows say', () => {
    const all = expected('L3C', 'Running');
    expect(all.length).toBeGreaterThan(inListThreshold / 2);
    const input = (start: number): QueryInput => ({
      conditions: [
        { name: 'state', op: '=', value: 'Running' },
        { name: 'vmNics.l3NetworkUuid', op: '=', value: 'L3C' },
      ],
      sort: { by: 'createDate', direction: 'desc' },
      limit: 50,
      start,
      replyWithCount: true,
    });
    const first = store.query('VmInstance', input(0), null);
    expect(first.total).toBe(all.length);
    expect(first.inventories?.map((i) => i.uuid)).toEqual(all.slice(0, 50).map((r) => r.uuid));
    const later = store.query('VmInstance', input(500), null);
    expect(later.inventories?.map((i) => i.uuid)).toEqual(all.slice(500, 550).map((r) => r.uuid));
  });

  it('agrees with the IN form on negative and narrow joins', () => {
    const uuids = (name: string, op: '=' | '!=', value: string) =>
      store.query('VmInstance', { conditions: [{ name, op, value }], count: true }, null).total;
    // L3D has 350 NICs (IN form); L3C 1050 and `!= L3D` 1054 (EXISTS form).
    expect(uuids('vmNics.l3NetworkUuid', '=', 'L3D')).toBe(Math.ceil(extra / 4));
    expect(uuids('vmNics.l3NetworkUuid', '!=', 'L3D')).toBe(extra - Math.ceil(extra / 4) + 3);
    expect(uuids('vmNics.ip', '=', '10.9.0.5')).toBe(1);
  });

  it('uses EXISTS for a to-one join reaching many rows', () => {
    const prepared = recordPrepared(() => {
      const reply = store.query(
        'VmInstance',
        {
          conditions: [{ name: 'host.managementIp', op: '=', value: '10.0.0.2' }],
          sort: { by: 'name', direction: 'asc' },
          limit: 3,
          replyWithCount: true,
        },
        null,
      );
      expect(reply.total).toBe(extra + 2);
      expect(reply.inventories?.map((i) => i.uuid)).toEqual([
        'bulk-vm-00000',
        'bulk-vm-00001',
        'bulk-vm-00002',
      ]);
    });
    expect(prepared.find((sql) => sql.startsWith('SELECT t0.*'))).toContain('EXISTS');
    expect(vmsOn('10.0.0.1')).toEqual(['vm1', 'vm2']);
  });

  it('walks the sort index for the broad join instead of sorting every match', () => {
    // Fresh SQL text: no other test has this condition order.
    const conditions = [
      { name: 'vmNics.l3NetworkUuid', op: '=', value: 'L3C' },
      { name: 'state', op: '=', value: 'Running' },
    ] as const;
    const prepared = recordPrepared(() => {
      const reply = store.query(
        'VmInstance',
        { conditions: [...conditions], sort: { by: 'createDate', direction: 'desc' }, limit: 7 },
        null,
      );
      expect(reply.inventories).toHaveLength(7);
    });
    const page = prepared.find((sql) => sql.startsWith('SELECT t0.*'));
    if (!page) throw new Error(`no page query among ${prepared.join('\n')}`);
    expect(page).toContain('EXISTS');
    const plan = store.db.prepare(`EXPLAIN QUERY PLAN ${page}`).all('L3C', 'Running', 7, 0) as {
      detail: string;
    }[];
    const text = plan.map((p) => p.detail).join('\n');
    expect(text).toContain('test_vm__state_createDate');
    expect(text).toContain('test_nic__vmInstanceUuid');
    expect(text).not.toContain('TEMP B-TREE');
  });
});
