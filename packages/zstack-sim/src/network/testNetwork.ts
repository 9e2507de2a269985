import { ApiError } from '../core/apiError.ts';
import { buildTestCloud, type TestCloud } from '../domain/testCloud.ts';
import { createTestSim, type TestSim } from '../domain/testing.ts';
import { reconcile as reconcileConsoles } from '../handlers/consoles.ts';
import { reconcile as reconcileNetworkServices } from '../handlers/networkServices.ts';
import { attachProvidersToNewL2, providerByType } from './providers.ts';

/**
 * Test seam for the network-service sections: the domain's test cloud plus what a started node
 * adds (providers, console agent), its L2 given the providers as CreateL2 will once wired, a
 * public L2/L3 (192.168.100.0/24) attached to the cluster, and the private L3 with Flat DHCP,
 * Userdata and Eip.
 */
export interface NetworkCloud extends TestCloud {
  publicL2: string;
  publicL3: string;
  flat: string;
  virtualRouter: string;
  securityGroup: string;
}

// biome-ignore lint/suspicious/noExplicitAny: inventories are JSON the tests inspect freely
export type Json = Record<string, any>;

export async function buildNetworkCloud(
  options: { version?: string } = {},
): Promise<{ sim: TestSim; cloud: NetworkCloud }> {
  const sim = createTestSim(options);
  reconcileNetworkServices(sim);
  reconcileConsoles(sim);
  const base = await buildTestCloud(sim);
  attachProvidersToNewL2(sim, base.l2);
  const inv = async (api: string, params: Record<string, unknown>) =>
    ((await sim.call(api, params)) as { inventory: { uuid: string } }).inventory.uuid;
  const publicL2 = await inv('CreateL2NoVlanNetwork', {
    name: 'public-l2',
    zoneUuid: base.zone,
    physicalInterface: 'eth1',
  });
  attachProvidersToNewL2(sim, publicL2);
  await sim.call('AttachL2NetworkToCluster', {
    l2NetworkUuid: publicL2,
    clusterUuid: base.cluster,
  });
  const publicL3 = await inv('CreateL3Network', { name: 'public', l2NetworkUuid: publicL2 });
  await sim.call('AddIpRange', {
    l3NetworkUuid: publicL3,
    name: 'pub',
    startIp: '192.168.100.10',
    endIp: '192.168.100.250',
    netmask: '255.255.255.0',
    gateway: '192.168.100.1',
  });
  const uuidOf = (type: string) => providerByType(sim, type)?.uuid ?? '';
  const cloud: NetworkCloud = {
    ...base,
    publicL2,
    publicL3,
    flat: uuidOf('Flat'),
    virtualRouter: uuidOf('VirtualRouter'),
    securityGroup: uuidOf('SecurityGroup'),
  };
  await sim.call('AttachNetworkServiceToL3Network', {
    l3NetworkUuid: base.l3,
    networkServices: { [cloud.flat]: ['DHCP', 'Eip', 'Userdata'] },
  });
  return { sim, cloud };
}

/** Creates a VM on the private L3 (Running, on one of the hosts). */
export async function createVm(
  sim: TestSim,
  cloud: TestCloud,
  options: { l3s?: string[]; systemTags?: string[]; name?: string } = {},
): Promise<Json> {
  const reply = await sim.call(
    'CreateVmInstance',
    {
      name: options.name ?? 'vm',
      imageUuid: cloud.image,
      instanceOfferingUuid: cloud.offering,
      l3NetworkUuids: options.l3s ?? [cloud.l3],
      defaultL3NetworkUuid: options.l3s?.[0] ?? cloud.l3,
    },
    { systemTags: options.systemTags ?? [] },
  );
  return reply.inventory as Json;
}

/** The ApiError a call fails with (the test fails if it succeeds). */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** Every row of the given tables, to prove a rejected call changed nothing. */
export function snapshot(sim: TestSim, tables: readonly string[]): string {
  return JSON.stringify(tables.map((table) => sim.store.find(table)));
}
