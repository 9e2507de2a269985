import { newUuid, type QueryInput } from '@zdash/zstack-api';
import { startSimulator } from '@zdash/zstack-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZStackClient } from '../client.ts';
import { ZStackError } from '../errors.ts';
import type { RequestEvent } from '../transport.ts';
import { type ContractTarget, openContractTarget } from './contractTarget.ts';

/**
 * The same calls through `transport: 'rest'` and `transport: 'rpc'` must give the same results:
 * callers cannot tell the transports apart. (The simulator emulates 4.8.0 by default, on the demo
 * seed so that nested inventories have something in them; a real node from ZSTACK_CONTRACT_URL
 * works too.)
 */
let target: ContractTarget;
let rest: ZStackClient;
let rpc: ZStackClient;
const events: RequestEvent[] = [];
beforeAll(async () => {
  target = await openContractTarget(startSimulator, 'demo');
  rest = target.client({ transport: 'rest' });
  rpc = target.client({ transport: 'rpc', onRequest: (e) => events.push(e) });
  await rest.loginByAccount('admin', target.password);
  await rpc.loginByAccount('admin', target.password);
});
afterAll(async () => {
  await rest.logout();
  await rpc.logout();
  await target.close();
});

/** Runs `run` on both clients: [rest result, rpc result]. */
async function both<T>(run: (client: ZStackClient) => Promise<T>): Promise<[T, T]> {
  return [await run(rest), await run(rpc)];
}

const queries: [string, QueryInput][] = [
  ['everything', {}],
  [
    '= and sort desc',
    {
      conditions: [{ name: 'category', op: '=', value: 'identity' }],
      sort: { by: 'name', direction: 'desc' },
    },
  ],
  [
    'paging with count',
    {
      conditions: [{ name: 'category', op: '=', value: 'vm' }],
      sort: { by: 'name', direction: 'asc' },
      limit: 2,
      start: 1,
      replyWithCount: true,
    },
  ],
  [
    'in and fields',
    {
      conditions: [{ name: 'category', op: 'in', value: 'identity,rest' }],
      fields: ['category', 'name', 'value'],
      sort: { by: 'name', direction: 'asc' },
    },
  ],
  [
    'like and !=',
    {
      conditions: [
        { name: 'name', op: 'like', value: 'session.%' },
        { name: 'category', op: '!=', value: 'vm' },
      ],
    },
  ],
  [
    'is not null',
    {
      conditions: [{ name: 'description', op: 'is not null' }],
      limit: 3,
      sort: { by: 'name', direction: 'asc' },
    },
  ],
];

describe('parity: REST v1 and the legacy RPC', () => {
  it('GetVersion', async () => {
    const [a, b] = await both((c) => c.getVersion());
    expect(b).toBe(a);
    const [bodyA, bodyB] = await both((c) => c.call('GetVersion', {}));
    expect(bodyB).toEqual(bodyA);
  });

  it.each(queries)('QueryGlobalConfig: %s', async (_name, input) => {
    const [a, b] = await both((c) => c.query('QueryGlobalConfig', input));
    expect(a.inventories.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it('QueryVmInstance: nested vmNics and allVolumes', async () => {
    const input: QueryInput = {
      conditions: [{ name: 'type', op: '=', value: 'UserVm' }],
      sort: { by: 'name', direction: 'asc' },
      limit: 5,
      replyWithCount: true,
    };
    const [a, b] = await both((c) => c.query('QueryVmInstance', input));
    expect(b).toEqual(a);
    if (target.simulated) {
      const [vm] = a.inventories;
      expect(vm?.vmNics?.length).toBeGreaterThan(0);
      expect(vm?.allVolumes?.length).toBeGreaterThan(0);
    }
  });

  it('QueryL3Network: nested networkServices', async () => {
    const input: QueryInput = { sort: { by: 'name', direction: 'asc' } };
    const [a, b] = await both((c) => c.query('QueryL3Network', input));
    expect(b).toEqual(a);
    if (target.simulated) {
      expect(a.inventories.some((l3) => (l3.networkServices ?? []).length > 0)).toBe(true);
    }
  });

  it('count() and an empty result', async () => {
    const conditions = [{ name: 'category', op: '=' as const, value: 'identity' }];
    const [a, b] = await both((c) => c.count('QueryGlobalConfig', conditions));
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
    const none = { conditions: [{ name: 'uuid', op: '=' as const, value: 'f'.repeat(32) }] };
    const [emptyA, emptyB] = await both((c) => c.query('QueryAccount', none));
    expect(emptyA).toEqual({ inventories: [] });
    expect(emptyB).toEqual(emptyA);
  });

  it('a create/delete job: same inventory, same empty delete result', async () => {
    const name = `zdash-contract-${newUuid().slice(0, 8)}`;
    const [a, b] = await both((c) => c.call('CreateZone', { name, description: 'parity' }));
    const strip = ({
      uuid,
      createDate,
      lastOpDate,
      ...rest
    }: {
      uuid: string;
      createDate?: string;
      lastOpDate?: string;
    }) => rest;
    expect(b.inventory.uuid).not.toBe(a.inventory.uuid);
    expect(strip(b.inventory)).toEqual(strip(a.inventory));
    expect(strip(a.inventory)).toMatchObject({ name, description: 'parity', state: 'Enabled' });
    // Each transport reads what the other created, identically.
    const byUuid = (uuid: string) => ({
      conditions: [{ name: 'uuid', op: '=' as const, value: uuid }],
    });
    const [seenA, seenB] = await both((c) => c.query('QueryZone', byUuid(b.inventory.uuid)));
    expect(seenB).toEqual(seenA);
    expect(seenA.inventories).toEqual([b.inventory]);
    const [delA, delB] = await both((c) =>
      c.call('DeleteZone', { uuid: c === rest ? a.inventory.uuid : b.inventory.uuid }),
    );
    expect(delA).toEqual({});
    expect(delB).toEqual({});
  });

  it.each([
    ['a failed job', (c: ZStackClient) => c.call('StartVmInstance', { uuid: 'f'.repeat(32) })],
    [
      'a refused query',
      (c: ZStackClient) =>
        c.query('QueryGlobalConfig', {
          conditions: [{ name: 'noSuchField', op: '=', value: 'x' }],
        }),
    ],
    ['a wrong password', (c: ZStackClient) => c.withSession('').loginByAccount('admin', 'wrong')],
  ])('%s: the same ZStack error', async (_name, run) => {
    const [a, b] = await both((c) =>
      run(c).then(
        () => undefined,
        (e: unknown) => e,
      ),
    );
    expect(a).toBeInstanceOf(ZStackError);
    expect(b).toBeInstanceOf(ZStackError);
    const view = (e: unknown) => {
      const { code, status, description, api, isClientError } = e as ZStackError;
      return {
        code,
        status,
        description,
        api,
        isClientError,
        hasJob: Boolean((e as ZStackError).jobUuid),
      };
    };
    expect(view(b)).toEqual(view(a));
    expect(view(a).isClientError).toBe(false);
  });

  it('ValidateSession', async () => {
    const [a, b] = await both((c) => c.validateSession());
    expect(a).toBe(true);
    expect(b).toBe(true);
    const [x, y] = await both((c) => c.validateSession('f'.repeat(32)));
    expect([x, y]).toEqual([false, false]);
  });

  it("every exchange of the 'rpc' client went to the legacy endpoint", () => {
    expect(events.some((e) => e.kind === 'poll')).toBe(true);
    for (const e of events) expect(new URL(e.url).pathname).toMatch(/\/api(\/result\/\w+)?$/);
  });
});
