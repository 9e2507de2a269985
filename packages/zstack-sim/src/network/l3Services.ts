import { operationError } from '../core/apiError.ts';
import type { SimContext } from '../core/context.ts';
import { mustGet } from '../domain/common.ts';
import type { L3Row } from '../domain/rows.ts';
import { isProviderAttachedToL2, type ProviderRow, providerByUuid } from './providers.ts';

/**
 * Which provider serves which service on an L3 (NetworkServiceL3NetworkRefVO), read the ways
 * ZStack reads it.
 *
 * @see https://github.com/zstackio/zstack/blob/master/network/src/main/java/org/zstack/network/service/NetworkServiceManagerImpl.java
 * @see https://github.com/zstackio/zstack/blob/master/network/src/main/java/org/zstack/network/service/NetworkServiceFilter.java
 */

export interface L3ServiceRef {
  [field: string]: unknown;
  id: string;
  l3NetworkUuid: string;
  networkServiceProviderUuid: string;
  networkServiceType: string;
}

export function serviceRefsOf(sim: SimContext, l3Uuid: string): L3ServiceRef[] {
  return sim.store.find('NetworkServiceL3NetworkRef', { l3NetworkUuid: l3Uuid }) as L3ServiceRef[];
}

/** The provider serving `serviceType` on the L3, or undefined. */
export function providerForService(
  sim: SimContext,
  l3Uuid: string,
  serviceType: string,
): ProviderRow | undefined {
  const ref = serviceRefsOf(sim, l3Uuid).find((r) => r.networkServiceType === serviceType);
  return ref ? providerByUuid(sim, ref.networkServiceProviderUuid) : undefined;
}

/**
 * `getTypeOfNetworkServiceProviderForService`: the provider of the service, or SYS.1006 with
 * ZStack's text when the L3 lacks the service.
 */
export function requireProviderForService(
  sim: SimContext,
  l3Uuid: string,
  serviceType: string,
): ProviderRow {
  const provider = providerForService(sim, l3Uuid, serviceType);
  if (!provider) {
    throw operationError(
      `L3Network[uuid:${l3Uuid}] doesn't have network service[type:${serviceType}] enabled or no provider provides this network service`,
    );
  }
  return provider;
}

/**
 * NetworkServiceFilter: a service takes effect for NICs on an L3 only when the L3 has it from a
 * provider of `providerType` **and** that provider is attached to the L3's L2. Attaching the
 * service to the L3 does not check the L2 (NetworkServiceApiInterceptor), so a legacy L2 without
 * the Flat provider yields an L3 whose Flat services silently do nothing.
 */
export function isServiceEffective(
  sim: SimContext,
  l3Uuid: string,
  serviceType: string,
  providerType: string,
): boolean {
  const provider = providerForService(sim, l3Uuid, serviceType);
  if (provider?.type !== providerType) return false;
  const l3 = sim.store.get('L3Network', l3Uuid) as L3Row | undefined;
  return !!l3 && isProviderAttachedToL2(sim, provider.uuid, l3.l2NetworkUuid);
}

/** `{inventory}` of an L3; the store nests its `networkServices` refs. */
export function l3InventoryOf(
  sim: SimContext,
  l3Uuid: string,
): { inventory: Record<string, unknown> } {
  return { inventory: sim.store.toInventory('L3Network', mustGet(sim.store, 'L3Network', l3Uuid)) };
}
