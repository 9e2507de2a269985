import type { ApiCall, HandlerTable, SimContext } from '../core/context.ts';
import { ensureProviders } from '../network/providers.ts';
import {
  flatAppliedTable,
  networkServiceL3RefTable,
  networkServiceProviderTable,
  networkServiceTypeTable,
  providerL2RefTable,
} from '../network/tables/services.ts';
import type { TableSpec } from '../store/types.ts';
import {
  attachNetworkServiceProviderToL2Network,
  detachNetworkServiceProviderFromL2Network,
} from './networkServices/l2.ts';
import {
  attachNetworkServiceToL3Network,
  detachNetworkServiceFromL3Network,
} from './networkServices/l3.ts';

/**
 * Network-service providers (Flat, VirtualRouter, SecurityGroup) and the services of L3 networks.
 * QueryNetworkServiceProvider and QueryNetworkServiceL3NetworkRef are answered by the store.
 *
 * @see https://github.com/zstackio/zstack/blob/master/network/src/main/java/org/zstack/network/service/NetworkServiceManagerImpl.java
 */
export const tables: TableSpec[] = [
  networkServiceProviderTable,
  networkServiceTypeTable,
  providerL2RefTable,
  networkServiceL3RefTable,
  flatAppliedTable,
];

/** GetNetworkServiceTypes: service type → uuids of the providers offering it. */
function getNetworkServiceTypes(call: ApiCall) {
  ensureProviders(call.sim);
  const types: Record<string, string[]> = {};
  for (const row of call.sim.store.find('NetworkServiceType')) {
    const list = types[String(row.type)] ?? [];
    list.push(String(row.networkServiceProviderUuid));
    types[String(row.type)] = list;
  }
  return { types };
}

export const handlers: HandlerTable = {
  AttachNetworkServiceToL3Network: attachNetworkServiceToL3Network,
  DetachNetworkServiceFromL3Network: detachNetworkServiceFromL3Network,
  AttachNetworkServiceProviderToL2Network: attachNetworkServiceProviderToL2Network,
  DetachNetworkServiceProviderFromL2Network: detachNetworkServiceProviderFromL2Network,
  GetNetworkServiceTypes: getNetworkServiceTypes,
};

/** The providers exist on every node: created (or completed for the version) at each start. */
export function reconcile(sim: SimContext): void {
  ensureProviders(sim);
}
