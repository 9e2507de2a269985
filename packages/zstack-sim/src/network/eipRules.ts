import { isAtLeast } from '@zdash/zstack-api';
import { invalidArgument, operationError } from '../core/apiError.ts';
import type { SimContext } from '../core/context.ts';
import { mustGet } from '../domain/common.ts';
import { ipToLong, networkOf } from '../domain/ip.ts';
import type { IpRangeRow, L3Row, VmNicRow, VmRow } from '../domain/rows.ts';
import { requireProviderForService } from './l3Services.ts';
import type { ProviderRow } from './providers.ts';
import type { EipRow, VipRow } from './vipOps.ts';

/**
 * The checks of EipApiInterceptor (and, from 2.3.0, FlatEipApiInterceptor in front of it) for
 * CreateEip with a NIC and AttachEip. Each throws ZStack's code and text and changes nothing.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/eip/src/main/java/org/zstack/network/service/eip/EipApiInterceptor.java
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/eip/src/main/java/org/zstack/network/service/eip/EipApiInterceptor.java
 * @see https://github.com/zstackio/zstack/blob/master/plugin/flatNetworkProvider/src/main/java/org/zstack/network/service/flat/FlatEipApiInterceptor.java
 */

/** Version gates of the rules, read at the release branches/tags named. */
export const eipGates = {
  /** 1.x's "vm nic has attached to another eip" (gone by 1.9.x; Flat's own check later). */
  genericOneEipPerNicBefore: '1.9.0',
  /** "the vm is already on the public network" (present on 1.10.x). */
  vmOnVipNetwork: '1.10.0',
  /** EipConstant.attachableVmStates and checkVmState (2.2.0). */
  attachableStates: '2.2.0',
  /** FlatEipApiInterceptor: public L2 attached to the VM's cluster (2.3.0). */
  flatClusterCheck: '2.3.0',
  /** "Vip[x] is in the guest ip range" replaced the overlap text (3.1.0). */
  guestRangeText: '3.1.0',
  /** VIPs can be `system` (3.9.0). */
  systemVip: '3.9.0',
} as const;

/** VM states whose NICs may get an EIP, per version. */
export function eipAttachableVmStates(version: string): string[] {
  return isAtLeast(version, eipGates.attachableStates)
    ? ['Running', 'Paused', 'Pausing', 'Resuming', 'Stopped', 'VolumeMigrating']
    : ['Running', 'Stopped'];
}

/** Everything the checks need about the NIC side. */
export interface NicSide {
  readonly nic: VmNicRow;
  readonly vm: VmRow;
  readonly provider: ProviderRow;
}

/** The NIC, its VM, and the provider of Eip on its L3 (SYS.1006 when the L3 has no Eip). */
export function nicSide(sim: SimContext, nicUuid: string): NicSide {
  const nic = mustGet<VmNicRow>(sim.store, 'VmNic', nicUuid);
  const vm = mustGet<VmRow>(sim.store, 'VmInstance', nic.vmInstanceUuid);
  const provider = requireProviderForService(sim, nic.l3NetworkUuid, 'Eip');
  return { nic, vm, provider };
}

function checkPublicL2OnVmCluster(sim: SimContext, side: NicSide, vip: VipRow): void {
  if (side.provider.type !== 'Flat' || !isAtLeast(sim.version, eipGates.flatClusterCheck)) return;
  const pub = sim.store.get('L3Network', vip.l3NetworkUuid) as L3Row | undefined;
  const attached =
    !!pub &&
    !!side.vm.clusterUuid &&
    sim.store.count('L2NetworkClusterRef', {
      l2NetworkUuid: pub.l2NetworkUuid,
      clusterUuid: side.vm.clusterUuid,
    }) > 0;
  if (!attached) {
    throw invalidArgument(
      `L2Network where vip's L3Network based hasn't attached the cluster where vmNic[uuid:${side.nic.uuid}] located`,
    );
  }
}

function checkOneEipPerNic(sim: SimContext, nicUuid: string): void {
  const [other] = sim.store.find('Eip', { vmNicUuid: nicUuid }) as EipRow[];
  if (!other) return;
  if (!isAtLeast(sim.version, eipGates.genericOneEipPerNicBefore)) {
    throw operationError(`vm nic[uuid:${nicUuid}] has attached to another eip[uuid:${other.uuid}]`);
  }
  throw invalidArgument(`can not bound more than 1 ipv4 eip to a vm nic[uuid:${nicUuid}] of flat `);
}

/** The provider-side checks that run first (FlatEipApiInterceptor is a FRONT interceptor). */
export function checkNicFront(sim: SimContext, side: NicSide, vip: VipRow): void {
  checkPublicL2OnVmCluster(sim, side, vip);
  checkOneEipPerNic(sim, side.nic.uuid);
}

/** The VIP must be free, not a system VIP, and Enabled (CreateEip). */
export function checkVipUsable(sim: SimContext, vip: VipRow): void {
  if (vip.useFor) {
    throw operationError(
      `vip[uuid:${vip.uuid}] has been occupied other network service entity[${vip.useFor}]`,
    );
  }
  if (vip.system && isAtLeast(sim.version, eipGates.systemVip)) {
    throw operationError('eip can not be created on system vip');
  }
  if (vip.state !== 'Enabled') {
    throw operationError(
      `vip[uuid:${vip.uuid}] is not in state[Enabled], current state is ${vip.state}`,
    );
  }
}

/** The guest-side checks: other L3, VM not on the public L3, no subnet overlap, VM state. */
export function checkGuestSide(sim: SimContext, side: NicSide, vip: VipRow, eip?: EipRow): void {
  const { nic, vm } = side;
  if (nic.l3NetworkUuid === vip.l3NetworkUuid) {
    throw invalidArgument(
      eip
        ? `guest l3Network of vm nic[uuid:${nic.uuid}] and vip l3Network of EIP[uuid:${eip.uuid}] are the same network`
        : `guest l3Network of vm nic[uuid:${nic.uuid}] and vip l3Network of vip[uuid: ${vip.uuid}] are the same network`,
    );
  }
  if (isAtLeast(sim.version, eipGates.vmOnVipNetwork)) {
    if (
      sim.store.count('VmNic', { vmInstanceUuid: vm.uuid, l3NetworkUuid: vip.l3NetworkUuid }) > 0
    ) {
      throw invalidArgument(
        `the vm[uuid:${vm.uuid}] that the EIP is about to attach is already on the public network[uuid:${vip.l3NetworkUuid}] from which the vip[uuid:${vip.uuid}, name:${vip.name}, ip:${vip.ip}] comes`,
      );
    }
  }
  checkSubnetOverlap(sim, nic, vip);
  if (!eipAttachableVmStates(sim.version).includes(vm.state)) {
    throw operationError(
      `vm state[${vm.state}] is not allowed to operate eip, maybe you should wait the vm process complete`,
    );
  }
}

function checkSubnetOverlap(sim: SimContext, nic: VmNicRow, vip: VipRow): void {
  const used = nic.usedIpUuid ? sim.store.get('UsedIp', nic.usedIpUuid) : undefined;
  const range = used
    ? (sim.store.get('IpRange', String(used.ipRangeUuid)) as IpRangeRow | undefined)
    : undefined;
  const gateway = range?.gateway ?? String(nic.gateway ?? '');
  const netmask = range?.netmask ?? String(nic.netmask ?? '');
  if (!gateway || !netmask) return;
  if (!inSubnet(vip.ip, gateway, netmask)) return;
  if (isAtLeast(sim.version, eipGates.guestRangeText) && range) {
    throw operationError(
      `Vip[${vip.ip}] is in the guest ip range [${range.startIp}, ${range.endIp}]`,
    );
  }
  throw operationError(
    `overlap public and private subnets. The subnet of EIP[${vip.ip}] is an overlap with the subnet[${gateway}/${netmask}] of the VM nic[uuid:${nic.uuid}].`,
  );
}

/** SubnetUtils.isInRange: a host address of the subnet (network and broadcast excluded). */
function inSubnet(ip: string, gateway: string, netmask: string): boolean {
  const network = networkOf(gateway, netmask);
  const size = 2 ** 32 - ipToLong(netmask);
  const value = ipToLong(ip);
  return value > network && value < network + size - 1;
}
