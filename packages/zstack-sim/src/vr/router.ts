import { newUuid } from '@zdash/zstack-api';
import { operationError } from '../core/apiError.ts';
import type { SimContext } from '../core/context.ts';
import { placeVm } from '../domain/allocation.ts';
import { reserveHost, vmDemand } from '../domain/capacity.ts';
import { adminAccountUuid, insertRow, mustGet, nowMs, patchRow } from '../domain/common.ts';
import { ipToLong } from '../domain/ip.ts';
import { allocateIp, rangesOf } from '../domain/ipAllocation.ts';
import type { ImageRow, L3Row, UsedIpRow, VmNicRow, VmRow } from '../domain/rows.ts';
import { nicsOf } from '../domain/vmOps.ts';
import { createVolume, instantiateVolume, newMac, nextInternalId } from '../handlers/vms/build.ts';
import { isServiceEffective, serviceRefsOf } from '../network/l3Services.ts';
import { providerByUuid } from '../network/providers.ts';
import { type VrOfferingRow, vrOfferingForL3 } from './offerings.ts';

/**
 * Virtual-router VMs: ApplianceVm rows (applianceVmType VirtualRouter) made from the zone's VR
 * offering for a guest L3 whose services come from the VirtualRouter provider. A VR has a NIC on
 * its management L3, its public L3 and the guest L3 (one NIC when they coincide, its metaData
 * the OR of the roles); the guest NIC takes the L3's gateway when the VR serves SNAT.
 *
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/VirtualRouterManagerImpl.java
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/VirtualRouterNicMetaData.java
 */

/** VirtualRouterNicMetaData masks. */
export const nicRole = { guest: 1, public: 2, management: 4 } as const;

/** The appliance agent's port (ApplianceVmGlobalProperty.AGENT_PORT). */
export const applianceAgentPort = 7759;

export interface VrRow extends VmRow {
  applianceVmType: string;
  managementNetworkUuid: string;
  publicNetworkUuid?: string;
  defaultRouteL3NetworkUuid?: string;
  status: 'Connecting' | 'Connected' | 'Disconnected';
}

/** Service types the VirtualRouter provider actually serves on the L3 (NetworkServiceFilter). */
export function vrServicesOn(sim: SimContext, l3Uuid: string): string[] {
  return serviceRefsOf(sim, l3Uuid)
    .filter((ref) => providerByUuid(sim, ref.networkServiceProviderUuid)?.type === 'VirtualRouter')
    .map((ref) => ref.networkServiceType)
    .filter((type) => isServiceEffective(sim, l3Uuid, type, 'VirtualRouter'));
}

export function isVirtualRouter(vm: VmRow | undefined): vm is VrRow {
  return vm?.type === 'ApplianceVm' && vm.applianceVmType === 'VirtualRouter';
}

/** Every VR with a NIC on the L3 (any role), oldest first. */
export function virtualRoutersOn(sim: SimContext, l3Uuid: string): VrRow[] {
  const nics = sim.store.find('VmNic', { l3NetworkUuid: l3Uuid }) as VmNicRow[];
  const uuids = [...new Set(nics.map((n) => n.vmInstanceUuid))];
  if (!uuids.length) return [];
  return (sim.store.find('VmInstance', { uuid: uuids }) as VmRow[]).filter(isVirtualRouter);
}

/** The VR serving the L3 now (Running, or Starting for a VR being made), if any. */
export function activeVirtualRouterOn(sim: SimContext, l3Uuid: string): VrRow | undefined {
  return virtualRoutersOn(sim, l3Uuid).find((vr) => ['Running', 'Starting'].includes(vr.state));
}

/** The VR's address on the L3. */
export function vrIpOn(sim: SimContext, vr: VmRow, l3Uuid: string): string | undefined {
  return nicsOf(sim, vr.uuid).find((n) => n.l3NetworkUuid === l3Uuid)?.ip;
}

/** The gateway address as a UsedIp (ranges never contain their gateway, so no range check). */
function takeGateway(sim: SimContext, l3Uuid: string, nicUuid: string): UsedIpRow {
  const range = rangesOf(sim, l3Uuid)[0];
  if (!range) throw operationError(`no ip is available in L3 network[uuid:${l3Uuid}]`);
  const value = ipToLong(range.gateway);
  if (sim.store.count('UsedIp', { l3NetworkUuid: l3Uuid, ipInLong: value }) > 0) {
    throw operationError(
      `the gateway[${range.gateway}] of L3 network[uuid:${l3Uuid}] is occupied, a virtual router providing SNAT needs it`,
    );
  }
  const now = nowMs(sim);
  return sim.store.insert('UsedIp', {
    uuid: newUuid(),
    ip: range.gateway,
    ipInLong: value,
    l3NetworkUuid: l3Uuid,
    ipRangeUuid: range.uuid,
    vmNicUuid: nicUuid,
    gateway: range.gateway,
    netmask: range.netmask,
    ipVersion: 4,
    usedFor: 'Vm',
    createDate: now,
    lastOpDate: now,
  }) as UsedIpRow;
}

/** The NICs a VR gets: one per distinct L3, roles OR-ed, management first. */
export function vrNicPlan(
  offering: Pick<VrOfferingRow, 'managementNetworkUuid' | 'publicNetworkUuid'>,
  guestL3Uuid: string,
): { l3Uuid: string; roles: number }[] {
  const plan: { l3Uuid: string; roles: number }[] = [];
  const add = (l3Uuid: string, role: number) => {
    const existing = plan.find((p) => p.l3Uuid === l3Uuid);
    if (existing) existing.roles |= role;
    else plan.push({ l3Uuid, roles: role });
  };
  add(offering.managementNetworkUuid, nicRole.management);
  add(offering.publicNetworkUuid ?? offering.managementNetworkUuid, nicRole.public);
  add(guestL3Uuid, nicRole.guest);
  return plan;
}

export interface BuildVrOptions {
  /** Fixed uuids (seeds). */
  uuid?: string;
  rootVolumeUuid?: string;
  /** Starting (the caller waits, then calls markVrRunning) or Running (seeds). */
  state: 'Starting' | 'Running';
  hostUuid?: string;
  createDate?: number;
}

/**
 * Makes the VR of a guest L3 from its zone's offering: host + primary storage allocated, capacity
 * reserved, root volume on storage, NICs with addresses. Synchronous; callers wrap it in a
 * transaction. Throws (nothing written) when there is no offering or no room.
 */
export function buildVirtualRouter(
  sim: SimContext,
  guestL3Uuid: string,
  options: BuildVrOptions,
): VrRow {
  const l3 = mustGet<L3Row>(sim.store, 'L3Network', guestL3Uuid);
  const offering = vrOfferingForL3(sim, l3);
  const image = mustGet<ImageRow>(sim.store, 'Image', offering.imageUuid);
  const plan = vrNicPlan(offering, guestL3Uuid);
  const demand = vmDemand(sim, offering);
  const placement = placeVm(sim, {
    l3Uuids: plan.map((p) => p.l3Uuid),
    demand,
    newVolumeBytes: image.size,
    zoneUuid: l3.zoneUuid,
    hostUuid: options.hostUuid,
  });
  const publicL3 = offering.publicNetworkUuid ?? offering.managementNetworkUuid;
  const name = `virtualRouter.l3.${guestL3Uuid}`;
  const created = options.createDate ?? nowMs(sim);
  const vr = insertRow(
    sim,
    'VmInstance',
    {
      ...(options.uuid ? { uuid: options.uuid } : {}),
      name,
      zoneUuid: l3.zoneUuid,
      clusterUuid: placement.host.clusterUuid,
      imageUuid: image.uuid,
      instanceOfferingUuid: offering.uuid,
      defaultL3NetworkUuid: publicL3,
      type: 'ApplianceVm',
      hypervisorType: 'KVM',
      cpuNum: offering.cpuNum,
      cpuSpeed: offering.cpuSpeed ?? 0,
      memorySize: offering.memorySize,
      reservedMemorySize: 0,
      allocatorStrategy: 'LeastVmPreferredHostAllocatorStrategy',
      platform: 'Linux',
      architecture: image.architecture ?? 'x86_64',
      state: options.state,
      hostUuid: placement.host.uuid,
      lastHostUuid: placement.host.uuid,
      internalId: nextInternalId(sim),
      applianceVmType: 'VirtualRouter',
      managementNetworkUuid: offering.managementNetworkUuid,
      publicNetworkUuid: publicL3,
      defaultRouteL3NetworkUuid: publicL3,
      status: options.state === 'Running' ? 'Connected' : 'Connecting',
      agentPort: applianceAgentPort,
      createDate: created,
      lastOpDate: created,
    },
    adminAccountUuid,
  ) as VrRow;
  reserveHost(sim, placement.host.uuid, demand);
  const snat = vrServicesOn(sim, guestL3Uuid).includes('SNAT');
  plan.forEach(({ l3Uuid, roles }, deviceId) => {
    const nicUuid = newUuid();
    const guestGateway = snat && (roles & nicRole.guest) !== 0;
    const used = guestGateway
      ? takeGateway(sim, l3Uuid, nicUuid)
      : allocateIp(sim, l3Uuid, nicUuid);
    insertRow(
      sim,
      'VmNic',
      {
        uuid: nicUuid,
        vmInstanceUuid: vr.uuid,
        l3NetworkUuid: l3Uuid,
        usedIpUuid: used.uuid,
        ip: used.ip,
        netmask: used.netmask,
        gateway: used.gateway,
        mac: newMac(),
        metaData: String(roles),
        deviceId,
        internalName: `vnic${vr.internalId}.${deviceId}`,
        hypervisorType: 'KVM',
        ipVersion: 4,
        driverType: 'virtio',
        type: 'VNIC',
        state: 'enable',
      },
      adminAccountUuid,
    );
  });
  const root = createVolume(
    sim,
    {
      name: `ROOT-for-${name}`,
      type: 'Root',
      size: image.size,
      actualSize: image.actualSize,
      deviceId: 0,
      vmInstanceUuid: vr.uuid,
      rootImageUuid: image.uuid,
    },
    adminAccountUuid,
  );
  if (options.rootVolumeUuid) {
    // Seeds want the root volume's fixed uuid: re-key the fresh row.
    sim.store.remove('Volume', root.uuid);
    sim.store.insert('Volume', { ...root, uuid: options.rootVolumeUuid }, adminAccountUuid);
    root.uuid = options.rootVolumeUuid;
  }
  if (placement.primaryStorage)
    instantiateVolume(sim, root, placement.primaryStorage, placement.host);
  patchRow(sim, 'VmInstance', vr.uuid, { rootVolumeUuid: root.uuid });
  return sim.store.get('VmInstance', vr.uuid) as VrRow;
}

/** The VR booted and its agent answered: Running + Connected. */
export function markVrRunning(sim: SimContext, vrUuid: string): void {
  patchRow(sim, 'VmInstance', vrUuid, { state: 'Running', status: 'Connected' });
}
