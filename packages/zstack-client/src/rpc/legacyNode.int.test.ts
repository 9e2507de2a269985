import { startSimulator } from '@zdash/zstack-sim';
import { afterEach, describe, expect, it } from 'vitest';
import { ZStackClient } from '../client.ts';
import { clientErrorCodes, ZStackError } from '../errors.ts';
import type { RequestEvent } from '../transport.ts';

type Sim = Awaited<ReturnType<typeof startSimulator>>;
let sim: Sim | undefined;
let client: ZStackClient | undefined;
afterEach(async () => {
  client?.close();
  await sim?.close();
  sim = client = undefined;
});

/** The simulator at `zstackVersion`, and a client on its defaults (`auto`, version unknown). */
async function open(zstackVersion: string, events: RequestEvent[]) {
  sim = await startSimulator({ port: 0, timeScale: 0.01, zstackVersion });
  client = new ZStackClient({
    endpoint: sim.url,
    pollInterval: 5,
    onRequest: (event) => events.push(event),
  });
  return { sim, client };
}

const path = (event: RequestEvent) => new URL(event.url).pathname;

describe('a 1.2.0 node over the legacy RPC', () => {
  it('runs a whole session: login, query, an async job to its end, logout', async () => {
    const events: RequestEvent[] = [];
    const { client } = await open('1.2.0', events);
    const login = await client.loginByAccount('admin', 'password');
    expect(login.uuid).toMatch(/^[0-9a-f]{32}$/);
    expect(login.sliding).toBe(false);
    expect((await client.capabilities()).flags.restApi).toBe(false);
    // Only the first guesses (REST login, REST GetVersion) hit /v1; both got the 404 of a 1.2 node.
    const rest = events.filter((e) => path(e).includes('/v1/'));
    expect(rest.map((e) => `${e.api} ${e.status}`).sort()).toEqual([
      'GetVersion 404',
      'LogInByAccount 404',
    ]);
    const mark = events.length;

    const configs = await client.query('QueryGlobalConfig', {
      conditions: [{ name: 'category', op: '=', value: 'identity' }],
      sort: { by: 'name', direction: 'asc' },
      replyWithCount: true,
    });
    expect(configs.total).toBe(configs.inventories.length);
    expect(configs.inventories.length).toBeGreaterThan(0);
    const names = configs.inventories.map((c) => c.name);
    expect(names).toEqual([...names].sort());

    const submitted = await client.submit('CreateZone', { name: 'legacy-zone' });
    expect(submitted.transport).toBe('rpc');
    expect(submitted.location).toBe(`${sim?.url}/api/result/${submitted.jobUuid}`);
    const created = await client.followJob<{ inventory: { uuid: string; name: string } }>(
      submitted.jobUuid,
      { location: submitted.location, api: 'CreateZone' },
    );
    expect(created.inventory.name).toBe('legacy-zone');
    expect(await client.call('DeleteZone', { uuid: created.inventory.uuid })).toEqual({});
    expect(await client.count('QueryZone')).toBe(0);

    const failure = await client.call('StartVmInstance', { uuid: 'f'.repeat(32) }).catch((e) => e);
    expect(failure).toBeInstanceOf(ZStackError);
    expect(failure).toMatchObject({ status: 503, api: 'StartVmInstance', isClientError: false });
    expect((failure as ZStackError).jobUuid).toMatch(/^[0-9a-f]{32}$/);

    const session = client.sessionUuid;
    await client.logout();
    expect(await client.validateSession(session)).toBe(false);

    const after = events.slice(mark);
    expect(after.length).toBeGreaterThan(6);
    for (const event of after)
      expect(path(event)).toMatch(/^\/zstack\/api(\/result\/[0-9a-f]{32})?$/);
  });

  it("forcing REST on 1.2.0 is refused before sending; 'rpc' works with the version unknown", async () => {
    const events: RequestEvent[] = [];
    const { sim } = await open('1.2.0', events);
    const rest = new ZStackClient({ endpoint: sim.url, transport: 'rest', zstackVersion: '1.2.0' });
    await expect(rest.loginByAccount('admin', 'password')).rejects.toMatchObject({
      code: clientErrorCodes.UNSUPPORTED,
    });
    rest.close();
    const rpc = new ZStackClient({ endpoint: sim.url, transport: 'rpc', pollInterval: 5 });
    await rpc.loginByAccount('admin', 'password');
    expect(await rpc.getVersion()).toBe('1.2.0');
    await rpc.logout();
    rpc.close();
  });
});

describe('an RPC-only API on 4.8.0', () => {
  it('AttachNetworkServiceProviderToL2Network goes over the RPC under auto', async () => {
    const events: RequestEvent[] = [];
    const { client } = await open('4.8.0', events);
    await client.loginByAccount('admin', 'password');
    const { inventory: zone } = await client.call('CreateZone', { name: 'rpc-only' });
    const { inventory: l2 } = await client.call('CreateL2NoVlanNetwork', {
      name: 'l2',
      zoneUuid: zone.uuid,
      physicalInterface: 'eth0',
    });
    const [flat] = (
      await client.query('QueryNetworkServiceProvider', {
        conditions: [{ name: 'type', op: '=', value: 'Flat' }],
      })
    ).inventories;
    const params = { networkServiceProviderUuid: String(flat?.uuid), l2NetworkUuid: l2.uuid };
    const mark = events.length;

    // A new L2 has every provider attached already (the network engineer's simulator), so the
    // round trip is detach then attach; without the handler the node answers SYS.1014.
    const detached = await client
      .call('DetachNetworkServiceProviderFromL2Network', params)
      .catch((e: unknown) => e);
    const routed = events.slice(mark);
    expect(
      routed.map((e) => `${e.kind} ${e.method} ${path(e).replace(/[0-9a-f]{32}/, '{uuid}')}`),
    ).toEqual(
      expect.arrayContaining(['call POST /zstack/api', 'poll GET /zstack/api/result/{uuid}']),
    );
    expect(routed.every((e) => !path(e).includes('/v1/'))).toBe(true);
    if (detached instanceof ZStackError) {
      expect(detached.code).toBe('SYS.1014');
      return;
    }
    const attached = await client.call('AttachNetworkServiceProviderToL2Network', params);
    expect(attached.inventory.attachedL2NetworkUuids).toContain(l2.uuid);
    const again = await client
      .call('AttachNetworkServiceProviderToL2Network', params)
      .catch((e: unknown) => e);
    expect(again).toMatchObject({
      code: 'SYS.1000',
      api: 'AttachNetworkServiceProviderToL2Network',
    });
    await client.logout();
  });
});
