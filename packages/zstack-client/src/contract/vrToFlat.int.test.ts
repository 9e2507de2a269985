import { type RunningSimulator, startSimulator } from '@zdash/zstack-sim';
import { checkInvariants } from '@zdash/zstack-sim/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZStackClient } from '../client.ts';
import { ZStackError } from '../errors.ts';

/**
 * The 1.2 release note's "Upgrade Virtual Router Provider To Flat Network Provider", its 8 steps
 * run through the client against the demo seed (which reuses the transcript's UUIDs), checking
 * every effect seed-features §13 lists. Simulator only: it reads the simulated node's DHCP
 * records, which no API shows.
 */
const l3 = '1a82c2691978476fa6cefa36bb9d4bfd';
const l2 = '9ec8cad681d1424fa7eda2447edae142';
const vrProvider = '5d21ea0f39c04d6fb68cfaf5a37db4ad';
const flatProvider = '17864f985e584a9ba4cd81de215212ce';
const vrUuid = 'c5a966cb87d644649952daf683f89e26';
const vrHost = '415fa093b34e4a3d873368104b127115';

let running: RunningSimulator;
let client: ZStackClient;

interface Entry {
  provider: string;
  dns: string[];
  ip: string;
}

/** What DHCP last told each NIC on the L3, by NIC uuid. */
function dhcpEntries(): Map<string, Entry> {
  const rows = running.sim.store.find('DhcpEntry', { l3NetworkUuid: l3 });
  return new Map(rows.map((r) => [String(r.vmNicUuid), r as unknown as Entry]));
}

function consistent(): void {
  const { store, version } = running.sim;
  expect(checkInvariants(store, { version })).toEqual([]);
}

async function runningVmsOnL3(): Promise<Map<string, string>> {
  const { inventories } = await client.query('QueryVmInstance', {
    conditions: [
      { name: 'type', op: '=', value: 'UserVm' },
      { name: 'state', op: '=', value: 'Running' },
      { name: 'vmNics.l3NetworkUuid', op: '=', value: l3 },
    ],
  });
  const ips = new Map<string, string>();
  for (const vm of inventories) {
    for (const nic of vm.vmNics ?? [])
      if (nic.l3NetworkUuid === l3) ips.set(nic.uuid, nic.ip ?? '');
  }
  return ips;
}

// 1.2.0 is the transcript's own version (legacy RPC only); 4.8.0 the default (REST + RPC).
describe.skipIf(Boolean(process.env.ZSTACK_CONTRACT_URL)).each(['1.2.0', '4.8.0'])(
  'VR → Flat on the demo seed of %s',
  (zstackVersion) => {
    beforeAll(async () => {
      running = await startSimulator({
        port: 0,
        db: ':memory:',
        timeScale: 0.01,
        seed: 'demo',
        zstackVersion,
      });
      client = new ZStackClient({ endpoint: running.url, pollInterval: 5 });
      await client.loginByAccount('admin', 'password');
    });
    afterAll(async () => {
      await client.logout();
      client.close();
      await running.close();
    });

    it('runs the release note procedure with every documented effect', async () => {
      const nicsBefore = await runningVmsOnL3();
      expect(nicsBefore.size).toBeGreaterThanOrEqual(2);
      const vrBefore = await client.query('QueryVirtualRouterVm', {});
      const vrIp = vrBefore.inventories[0]?.vmNics?.[0]?.ip ?? '';
      expect(vrIp).toMatch(/^192\.168\.200\./);
      // VR DHCP hands out the VR's own address as DNS
      for (const nic of nicsBefore.keys()) {
        expect(dhcpEntries().get(nic)).toMatchObject({ provider: 'VirtualRouter', dns: [vrIp] });
      }
      const entriesBefore = dhcpEntries();

      // 1. the services of the L3
      const refs = await client.query('QueryNetworkServiceL3NetworkRef', {
        conditions: [{ name: 'l3NetworkUuid', op: '=', value: l3 }],
      });
      expect(
        refs.inventories
          .map((r) => `${r.networkServiceProviderUuid}:${r.networkServiceType}`)
          .sort(),
      ).toEqual([`${vrProvider}:DHCP`, `${vrProvider}:DNS`]);

      // 2. detach the VR services: rows only, the VR keeps answering
      const detached = await client.call('DetachNetworkServiceFromL3Network', {
        l3NetworkUuid: l3,
        networkServices: { [vrProvider]: ['DHCP', 'DNS'] },
      });
      expect(detached.inventory).toMatchObject({
        uuid: l3,
        l2NetworkUuid: l2,
        networkServices: [],
      });
      expect(dhcpEntries()).toEqual(entriesBefore);
      expect((await client.query('QueryVirtualRouterVm', {})).inventories).toHaveLength(1);

      // 3. the Flat provider, not yet on the legacy L2
      const flat = await client.query('QueryNetworkServiceProvider', {
        conditions: [{ name: 'type', op: '=', value: 'Flat' }],
      });
      expect(flat.inventories).toHaveLength(1);
      expect(flat.inventories[0]).toMatchObject({ uuid: flatProvider, type: 'Flat' });
      expect(flat.inventories[0]?.networkServiceTypes).toEqual(
        expect.arrayContaining(['DHCP', 'Userdata', 'Eip']),
      );
      expect(flat.inventories[0]?.attachedL2NetworkUuids).not.toContain(l2);

      // 4. the L3's L2, that field only
      const l3Fields = await client.query('QueryL3Network', {
        conditions: [{ name: 'uuid', op: '=', value: l3 }],
        fields: ['l2NetworkUuid'],
      });
      expect(l3Fields.inventories).toEqual([{ l2NetworkUuid: l2 }]);

      // 5. Flat onto the L2 (an RPC-only API); a second attach fails (unique since 1.1)
      expect(await client.transportFor('AttachNetworkServiceProviderToL2Network')).toBe('rpc');
      // a 1.2 node has no REST at all: every step of the transcript went over the RPC
      const queries = zstackVersion === '1.2.0' ? 'rpc' : 'rest';
      expect(await client.transportFor('QueryL3Network')).toBe(queries);
      const attached = await client.call('AttachNetworkServiceProviderToL2Network', {
        l2NetworkUuid: l2,
        networkServiceProviderUuid: flatProvider,
      });
      expect(attached.inventory.attachedL2NetworkUuids).toContain(l2);
      const again = client.call('AttachNetworkServiceProviderToL2Network', {
        l2NetworkUuid: l2,
        networkServiceProviderUuid: flatProvider,
      });
      await expect(again).rejects.toBeInstanceOf(ZStackError);
      // The unique key of NetworkServiceProviderL2NetworkRefVO escapes as an internal error.
      await expect(again).rejects.toMatchObject({
        code: 'SYS.1000',
        details: expect.stringContaining('Duplicate entry'),
      });

      // 6. Flat DHCP + Userdata onto the L3: rows only, nothing pushed to hosts yet
      const withFlat = await client.call('AttachNetworkServiceToL3Network', {
        l3NetworkUuid: l3,
        networkServices: { [flatProvider]: ['DHCP', 'Userdata'] },
      });
      expect(
        (withFlat.inventory.networkServices ?? []).map((r) => r.networkServiceType).sort(),
      ).toEqual(['DHCP', 'Userdata']);
      expect(dhcpEntries()).toEqual(entriesBefore);
      const tagsBefore = await client.query('QuerySystemTag', {
        conditions: [{ name: 'resourceUuid', op: '=', value: l3 }],
      });
      expect(tagsBefore.inventories).toEqual([]);

      // 7. the VR destroyed: gone, its address and its host capacity freed
      const [vr] = (await client.query('QueryVirtualRouterVm', {})).inventories;
      expect(vr?.uuid).toBe(vrUuid);
      const hostBefore = (
        await client.query('QueryHost', {
          conditions: [{ name: 'uuid', op: '=', value: vrHost }],
        })
      ).inventories[0];
      await client.call('DestroyVmInstance', { uuid: vrUuid });
      expect((await client.query('QueryVirtualRouterVm', {})).inventories).toEqual([]);
      expect(
        (
          await client.query('QueryVmInstance', {
            conditions: [{ name: 'uuid', op: '=', value: vrUuid }],
          })
        ).inventories,
      ).toEqual([]);
      expect(running.sim.store.count('UsedIp', { l3NetworkUuid: l3, ip: vrIp })).toBe(0);
      const hostAfter = (
        await client.query('QueryHost', {
          conditions: [{ name: 'uuid', op: '=', value: vrHost }],
        })
      ).inventories[0];
      expect(Number(hostAfter?.availableMemoryCapacity)).toBe(
        Number(hostBefore?.availableMemoryCapacity) + Number(vr?.memorySize),
      );
      // leases are static: the VMs keep what the VR told them
      expect(dhcpEntries()).toEqual(entriesBefore);
      consistent();

      // 8. reconnect every host
      const hosts = await client.query('QueryHost', {});
      for (const host of hosts.inventories) {
        const { inventory } = await client.call('ReconnectHost', { uuid: host.uuid });
        expect(inventory.status).toBe('Connected');
      }
      const tags = await client.query('QuerySystemTag', {
        conditions: [{ name: 'resourceUuid', op: '=', value: l3 }],
      });
      const tag = tags.inventories.map((t) => t.tag).find((t) => t.startsWith('flatNetwork::'));
      const match = /^flatNetwork::DhcpServer::(192\.168\.200\.\d+)::ipUuid::([0-9a-f]{32})$/.exec(
        tag ?? '',
      );
      expect(match).not.toBeNull();
      const dhcpIp = match?.[1] ?? '';
      expect(running.sim.store.get('UsedIp', match?.[2] ?? '')).toMatchObject({ ip: dhcpIp });
      expect([...nicsBefore.values()]).not.toContain(dhcpIp);
      // Flat DHCP answers now, handing out the L3's DNS list instead of the VR's address
      for (const nic of nicsBefore.keys()) {
        expect(dhcpEntries().get(nic)).toMatchObject({
          provider: 'Flat',
          dns: ['8.8.8.8'],
          dhcpServerIp: dhcpIp,
        });
      }
      expect(await runningVmsOnL3()).toEqual(nicsBefore);
      const statuses = await client.query('QueryHost', {});
      expect(statuses.inventories.every((h) => h.status === 'Connected')).toBe(true);
      consistent();
    });
  },
);
