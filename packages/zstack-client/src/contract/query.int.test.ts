import { startSimulator } from '@zdash/zstack-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZStackClient } from '../client.ts';
import { type ContractTarget, openContractTarget } from './contractTarget.ts';

let target: ContractTarget;
let client: ZStackClient;
beforeAll(async () => {
  target = await openContractTarget(startSimulator);
  client = target.client();
  await client.loginByAccount('admin', target.password);
});
afterAll(async () => {
  await client.logout();
  await target.close();
});

describe('contract: queries', () => {
  it('conditions, sort, limit and replyWithCount are applied by the node', async () => {
    const all = await client.query('QueryGlobalConfig', {
      conditions: [{ name: 'category', op: '=', value: 'identity' }],
      replyWithCount: true,
    });
    expect(all.total).toBe(all.inventories.length);
    expect(all.total).toBeGreaterThan(2);

    const page = await client.query('QueryGlobalConfig', {
      conditions: [{ name: 'category', op: '=', value: 'identity' }],
      sort: { by: 'name', direction: 'desc' },
      limit: 2,
      start: 1,
      replyWithCount: true,
    });
    expect(page.total).toBe(all.total);
    expect(page.inventories).toHaveLength(2);
    const names = all.inventories
      .map((row) => row.name)
      .sort()
      .reverse();
    expect(page.inventories.map((row) => row.name)).toEqual(names.slice(1, 3));
    for (const row of page.inventories) expect(row.category).toBe('identity');
  });

  it('without replyWithCount there is no total; fields narrows the rows', async () => {
    const reply = await client.query('QueryGlobalConfig', {
      conditions: [
        { name: 'category', op: '=', value: 'identity' },
        { name: 'name', op: '=', value: 'session.timeout' },
      ],
      fields: ['name', 'value'],
    });
    expect(reply.total).toBeUndefined();
    expect(reply.inventories).toEqual([{ name: 'session.timeout', value: expect.any(String) }]);
  });

  it('like, in and count()', async () => {
    const like = await client.query('QueryGlobalConfig', {
      conditions: [{ name: 'name', op: 'like', value: 'session.%' }],
    });
    expect(like.inventories.length).toBeGreaterThan(0);
    for (const row of like.inventories) expect(row.name.startsWith('session.')).toBe(true);

    const total = await client.count('QueryGlobalConfig', [
      { name: 'category', op: 'in', value: 'identity,rest' },
    ]);
    const identity = await client.count('QueryGlobalConfig', [
      { name: 'category', op: '=', value: 'identity' },
    ]);
    expect(total).toBeGreaterThan(identity);
  });

  it('an account query finds admin; an unknown uuid is an empty list', async () => {
    const admin = await client.query('QueryAccount', {
      conditions: [{ name: 'name', op: '=', value: 'admin' }],
    });
    expect(admin.inventories).toHaveLength(1);
    expect(admin.inventories[0]?.type).toBe('SystemAdmin');
    const none = await client.query('QueryAccount', {
      conditions: [{ name: 'uuid', op: '=', value: 'ffffffffffffffffffffffffffffffff' }],
    });
    expect(none.inventories).toEqual([]);
  });

  it('a malformed query is refused by the node, not by the client', async () => {
    const error = await client
      .query('QueryGlobalConfig', { conditions: [{ name: 'noSuchField', op: '=', value: 'x' }] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, code: 'SYS.1007', api: 'QueryGlobalConfig' });
  });
});
