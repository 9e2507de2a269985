import { operationError } from '../core/apiError.ts';
import type { ApiCall, SimContext } from '../core/context.ts';
import { insertRow, inventoryOf, mustGet, num, ownerOf, patchRow, str } from '../domain/common.ts';
import type { InstanceOfferingRow, L3Row } from '../domain/rows.ts';

/**
 * Virtual-router offerings: instance offerings of type `VirtualRouter` that also name the VR
 * image, its management and public L3s and its zone; at most one per zone is the default.
 *
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/VirtualRouterManagerImpl.java
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/VirtualRouterApiInterceptor.java
 */

export interface VrOfferingRow extends InstanceOfferingRow {
  zoneUuid: string;
  managementNetworkUuid: string;
  publicNetworkUuid?: string;
  imageUuid: string;
  isDefault?: boolean;
}

export interface VrOfferingInput {
  uuid?: string;
  name: string;
  description?: string;
  cpuNum: number;
  cpuSpeed?: number;
  memorySize: number;
  zoneUuid: string;
  managementNetworkUuid: string;
  publicNetworkUuid?: string;
  imageUuid: string;
  isDefault?: boolean;
}

/** Inserts a VR offering (checks done); a new default unsets the zone's old one. */
export function insertVrOffering(sim: SimContext, input: VrOfferingInput, owner: string): string {
  if (input.isDefault) {
    for (const old of vrOfferingsOf(sim, input.zoneUuid).filter((o) => o.isDefault))
      patchRow(sim, 'InstanceOffering', old.uuid, { isDefault: false });
  }
  const { uuid, ...fields } = input;
  const row = insertRow(
    sim,
    'InstanceOffering',
    {
      ...(uuid ? { uuid } : {}),
      ...fields,
      publicNetworkUuid: input.publicNetworkUuid ?? input.managementNetworkUuid,
      isDefault: input.isDefault ?? false,
      cpuSpeed: input.cpuSpeed ?? 0,
      reservedMemorySize: 0,
      type: 'VirtualRouter',
      allocatorStrategy: 'LeastVmPreferredHostAllocatorStrategy',
      sortKey: 0,
      state: 'Enabled',
    },
    owner,
  );
  return row.uuid;
}

/** CreateVirtualRouterOffering. */
export function createVirtualRouterOffering(call: ApiCall) {
  const { sim } = call;
  const zoneUuid = String(call.params.zoneUuid);
  mustGet(sim.store, 'Zone', zoneUuid);
  const managementNetworkUuid = String(call.params.managementNetworkUuid);
  const publicNetworkUuid = str(call, 'publicNetworkUuid');
  for (const l3Uuid of [managementNetworkUuid, publicNetworkUuid]) {
    if (!l3Uuid) continue;
    const l3 = mustGet<L3Row>(sim.store, 'L3Network', l3Uuid);
    if (l3.zoneUuid !== zoneUuid) {
      throw operationError(
        `l3Network[uuid:${l3Uuid}] is not in zone[uuid:${zoneUuid}], a virtual router offering can only use L3 networks of its zone`,
      );
    }
  }
  mustGet(sim.store, 'Image', String(call.params.imageUuid));
  const uuid = insertVrOffering(
    sim,
    {
      uuid: str(call, 'resourceUuid'),
      name: String(call.params.name),
      description: str(call, 'description'),
      cpuNum: Number(call.params.cpuNum),
      cpuSpeed: num(call, 'cpuSpeed'),
      memorySize: Number(call.params.memorySize),
      zoneUuid,
      managementNetworkUuid,
      publicNetworkUuid,
      imageUuid: String(call.params.imageUuid),
      isDefault: call.params.isDefault === true,
    },
    ownerOf(call),
  );
  return inventoryOf(sim, 'VirtualRouterOffering', uuid);
}

export function vrOfferingsOf(sim: SimContext, zoneUuid: string): VrOfferingRow[] {
  return sim.store.find('InstanceOffering', {
    type: 'VirtualRouter',
    zoneUuid,
  }) as VrOfferingRow[];
}

/**
 * The offering a guest L3's VR is made from: the zone's default, else the zone's first; none is
 * ZStack's "unable to find a virtual router offering" failure.
 */
export function vrOfferingForL3(sim: SimContext, l3: L3Row): VrOfferingRow {
  const offerings = vrOfferingsOf(sim, l3.zoneUuid).filter((o) => o.state === 'Enabled');
  const offering = offerings.find((o) => o.isDefault) ?? offerings[0];
  if (!offering) {
    throw operationError(
      `unable to find a virtual router offering for l3Network[uuid:${l3.uuid}] in zone[uuid:${l3.zoneUuid}], please at least create a default virtual router offering in that zone`,
    );
  }
  return offering;
}
