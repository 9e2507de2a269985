import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSim, type TestSim } from '../http/testKit.ts';
import { demoIds } from '../seeds/demoIds.ts';

/** The network section as the rest of the node sees it, over REST on the demo cloud. */
let node: TestSim;
let session: string;

beforeEach(async () => {
  node = await startTestSim({ seed: 'demo' });
  session = await node.login();
});
afterEach(() => node.close());

const inventories = (json: Record<string, unknown>) =>
  json.inventories as Record<string, unknown>[];

describe('network services seen from other sections', () => {
  it('attaches every provider to a new L2, unlike the legacy L2 of the demo', async () => {
    const created = await node.finish(
      await node.call('POST', '/v1/l2-networks/no-vlan', {
        session,
        body: { params: { name: 'l2-new', zoneUuid: demoIds.zone, physicalInterface: 'eth9' } },
      }),
    );
    const l2Uuid = String((created.json.inventory as { uuid: string }).uuid);
    const flat = await node.call('GET', '/v1/network-services/providers?q=type=Flat', { session });
    const attached = inventories(flat.json)[0]?.attachedL2NetworkUuids as string[];
    expect(attached).toContain(l2Uuid);
    expect(attached).not.toContain(demoIds.vrL2);
  });

  it('nests an L3 network services and lets queries join them', async () => {
    const flatL3 = await node.call('GET', `/v1/l3-networks/${demoIds.flatL3}`, { session });
    const services = inventories(flatL3.json)[0]?.networkServices as {
      networkServiceType: string;
    }[];
    expect(services.map((ref) => ref.networkServiceType).sort()).toEqual([
      'DHCP',
      'Eip',
      'Userdata',
    ]);
    expect(flatL3.json.schema).toMatchObject({
      'inventories[0].networkServices[0]':
        'org.zstack.header.network.service.NetworkServiceL3NetworkRefInventory',
    });

    const withEip = await node.call(
      'GET',
      '/v1/l3-networks?q=networkServices.networkServiceType=Eip',
      {
        session,
      },
    );
    expect(inventories(withEip.json).map((l3) => l3.uuid)).toEqual([demoIds.flatL3]);
  });
});
