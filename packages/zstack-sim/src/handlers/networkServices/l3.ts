import { isAtLeast, newUuid } from '@zdash/zstack-api';
import { invalidArgument, operationError } from '../../core/apiError.ts';
import type { ApiCall } from '../../core/context.ts';
import { mustGet, pause, str } from '../../domain/common.ts';
import { rangeSize, rangesOf } from '../../domain/ipAllocation.ts';
import { timings } from '../../domain/timings.ts';
import { l3InventoryOf, serviceRefsOf } from '../../network/l3Services.ts';
import { ensureProviders, offeredTypes } from '../../network/providers.ts';
import { javaList, providerTypeKeysSince, readServiceMap, type ServiceMap } from './serviceMap.ts';

/**
 * Attach/DetachNetworkServiceTo/FromL3Network: rows of NetworkServiceL3NetworkRefVO only, as
 * L3BasicNetwork does; the providers' backends apply them to hosts when VMs start or hosts
 * reconnect. The interceptor does not require the provider to be attached to the L3's L2 (see
 * `isServiceEffective`).
 *
 * @see https://github.com/zstackio/zstack/blob/master/network/src/main/java/org/zstack/network/service/NetworkServiceApiInterceptor.java
 * @see https://github.com/zstackio/zstack/blob/master/network/src/main/java/org/zstack/network/l3/L3BasicNetwork.java
 */

/** From this release, DHCP needs a free address when user VMs already use the L3 (4.7.21). */
const dhcpFreeIpCheckSince = '4.7.21';

/**
 * The DHCP server takes an address of the L3: with user VMs on it and every address used,
 * attaching DHCP is refused.
 */
function checkDhcpAddress(call: ApiCall, l3Uuid: string): void {
  const { sim } = call;
  if (!isAtLeast(sim.version, dhcpFreeIpCheckSince)) return;
  const ranges = rangesOf(sim, l3Uuid);
  if (ranges.length === 0) return;
  const used = sim.store.find('UsedIp', { ipRangeUuid: ranges.map((r) => r.uuid) });
  const nicUuids = used.map((u) => u.vmNicUuid).filter((u): u is string => typeof u === 'string');
  const vmUuids = nicUuids.length
    ? sim.store.find('VmNic', { uuid: nicUuids }).map((nic) => String(nic.vmInstanceUuid))
    : [];
  const forUserVm =
    vmUuids.length > 0 && sim.store.count('VmInstance', { uuid: vmUuids, type: 'UserVm' }) > 0;
  const free = ranges.some(
    (r) => rangeSize(r) > used.filter((u) => u.ipRangeUuid === r.uuid).length,
  );
  if (forUserVm && !free) {
    throw operationError(
      `there are not enough IPs for allocation when attaching the DHCP service to L3 network[uuid:${l3Uuid}].`,
    );
  }
}

/** The interceptor's checks, in its order; no state change. */
function validateAttach(call: ApiCall, l3Uuid: string, services: ServiceMap): void {
  const { sim } = call;
  for (const [providerUuid, types] of services) {
    if (types.length === 0) {
      throw invalidArgument(`network service for provider[uuid:${providerUuid}] must be specified`);
    }
    const actual = offeredTypes(sim, providerUuid);
    if (actual.length === 0) {
      throw invalidArgument(
        `cannot find network service provider[uuid:${providerUuid}] or it provides no services`,
      );
    }
    const notSupported = types.filter((type) => !actual.includes(type));
    if (notSupported.length > 0) {
      throw invalidArgument(
        `network service provider[uuid:${providerUuid}] doesn't provide services${javaList(notSupported)}`,
      );
    }
  }
  const existing = serviceRefsOf(sim, l3Uuid).map((ref) => ref.networkServiceType);
  for (const types of services.values()) {
    for (const type of types) {
      // ZStack checks the stored refs only; a type named twice in one request would be stored
      // twice, so it is refused here as well to keep one provider per type and L3.
      if (existing.includes(type)) {
        throw operationError(
          `there has been a network service[${type}] attached to L3 network[uuid:${l3Uuid}]`,
        );
      }
      existing.push(type);
      if (type === 'DHCP') checkDhcpAddress(call, l3Uuid);
    }
  }
}

export async function attachNetworkServiceToL3Network(call: ApiCall) {
  const { sim } = call;
  const l3Uuid = String(call.params.l3NetworkUuid);
  mustGet(sim.store, 'L3Network', l3Uuid);
  ensureProviders(sim);
  const services = readServiceMap(sim, call.params.networkServices, providerTypeKeysSince.attach);
  validateAttach(call, l3Uuid, services);
  await pause(call, timings.quick);
  sim.store.transaction(() => {
    // Again inside the write: another job may have attached a type during the pause.
    validateAttach(call, l3Uuid, services);
    for (const [providerUuid, types] of services) {
      for (const type of new Set(types)) {
        sim.store.insert('NetworkServiceL3NetworkRef', {
          id: newUuid(),
          l3NetworkUuid: l3Uuid,
          networkServiceProviderUuid: providerUuid,
          networkServiceType: type,
        });
      }
    }
  });
  return l3InventoryOf(sim, l3Uuid);
}

/** Unknown provider/type pairs are skipped, as L3BasicNetwork only logs them. */
export async function detachNetworkServiceFromL3Network(call: ApiCall) {
  const { sim } = call;
  const l3Uuid = String(call.params.l3NetworkUuid);
  mustGet(sim.store, 'L3Network', l3Uuid);
  let services: ServiceMap;
  const service = str(call, 'service');
  if (service && call.params.networkServices === undefined) {
    // 5.2.0's `/{service}` form: whichever provider serves that type.
    services = new Map();
    const ref = serviceRefsOf(sim, l3Uuid).find((r) => r.networkServiceType === service);
    if (ref) services.set(ref.networkServiceProviderUuid, [service]);
  } else {
    services = readServiceMap(sim, call.params.networkServices, providerTypeKeysSince.detach);
  }
  const doomed = serviceRefsOf(sim, l3Uuid).filter((ref) =>
    services.get(ref.networkServiceProviderUuid)?.includes(ref.networkServiceType),
  );
  if (doomed.length > 0) await pause(call, timings.quick);
  sim.store.transaction(() => {
    for (const ref of doomed) sim.store.remove('NetworkServiceL3NetworkRef', ref.id);
  });
  return l3InventoryOf(sim, l3Uuid);
}
