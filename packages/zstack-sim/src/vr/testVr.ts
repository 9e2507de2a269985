import type { TestSim } from '../domain/testing.ts';
import type { NetworkCloud } from '../network/testNetwork.ts';

/**
 * Test seam for the VR tests: a guest L3 (10.1.0.10–10.1.0.200, gateway 10.1.0.1, DNS 1.1.1.1)
 * on the network cloud's L2 whose `services` come from the VirtualRouter provider, and the
 * zone's default VR offering (management = public = the cloud's public L3).
 */
export async function addVrL3(
  sim: TestSim,
  cloud: NetworkCloud,
  services: string[],
  name = 'guest',
): Promise<string> {
  const l3 = (await sim.call('CreateL3Network', { name, l2NetworkUuid: cloud.l2 })).inventory
    .uuid as string;
  await sim.call('AddIpRange', {
    l3NetworkUuid: l3,
    name: 'r',
    startIp: '10.1.0.10',
    endIp: '10.1.0.200',
    netmask: '255.255.255.0',
    gateway: '10.1.0.1',
  });
  await sim.call('AddDnsToL3Network', { l3NetworkUuid: l3, dns: '1.1.1.1' });
  await sim.call('AttachNetworkServiceToL3Network', {
    l3NetworkUuid: l3,
    networkServices: { [cloud.virtualRouter]: services },
  });
  return l3;
}

export async function addVrOffering(sim: TestSim, cloud: NetworkCloud): Promise<string> {
  const reply = await sim.call('CreateVirtualRouterOffering', {
    name: 'vr-offering',
    cpuNum: 1,
    memorySize: 512 * 1024 ** 2,
    zoneUuid: cloud.zone,
    managementNetworkUuid: cloud.publicL3,
    publicNetworkUuid: cloud.publicL3,
    imageUuid: cloud.image,
    isDefault: true,
  });
  return reply.inventory.uuid as string;
}
