import { ApiError } from '../../core/apiError.ts';
import type { ApiCall } from '../../core/context.ts';
import { inventoryOf, mustGet, pause } from '../../domain/common.ts';
import { timings } from '../../domain/timings.ts';
import { insertProviderL2Ref, isProviderAttachedToL2 } from '../../network/providers.ts';

/**
 * Attach/DetachNetworkServiceProvider{To,From}L2Network (legacy RPC only). The providers' own
 * attach hooks are no-ops; the ref row is the whole effect. A second attach of the same pair
 * hits the UNIQUE key of NetworkServiceProviderL2NetworkRefVO (V1.1__schema.sql) and the node
 * answers with an internal error, which is what the simulator reproduces.
 *
 * @see https://github.com/zstackio/zstack/blob/1.2.x/network/src/main/java/org/zstack/network/service/NetworkServiceManagerImpl.java
 */

function pairOf(call: ApiCall): { providerUuid: string; l2Uuid: string } {
  const providerUuid = String(call.params.networkServiceProviderUuid);
  const l2Uuid = String(call.params.l2NetworkUuid);
  mustGet(call.sim.store, 'NetworkServiceProvider', providerUuid);
  mustGet(call.sim.store, 'L2Network', l2Uuid);
  return { providerUuid, l2Uuid };
}

export async function attachNetworkServiceProviderToL2Network(call: ApiCall) {
  const { sim } = call;
  const { providerUuid, l2Uuid } = pairOf(call);
  if (isProviderAttachedToL2(sim, providerUuid, l2Uuid)) {
    throw new ApiError(
      'SYS.1000',
      `org.hibernate.exception.ConstraintViolationException: could not execute statement; Duplicate entry '${providerUuid}-${l2Uuid}' for key 'uqNetworkServiceProviderL2NetworkRefVO'`,
    );
  }
  await pause(call, timings.quick);
  insertProviderL2Ref(sim, providerUuid, l2Uuid);
  return inventoryOf(sim, 'NetworkServiceProvider', providerUuid);
}

/** Detaching a pair that is not attached succeeds and changes nothing. */
export async function detachNetworkServiceProviderFromL2Network(call: ApiCall) {
  const { sim } = call;
  const { providerUuid, l2Uuid } = pairOf(call);
  await pause(call, timings.quick);
  const refs = sim.store.find('NetworkServiceProviderL2NetworkRef', {
    networkServiceProviderUuid: providerUuid,
    l2NetworkUuid: l2Uuid,
  });
  for (const ref of refs) sim.store.remove('NetworkServiceProviderL2NetworkRef', String(ref.id));
  return inventoryOf(sim, 'NetworkServiceProvider', providerUuid);
}
