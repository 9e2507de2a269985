import { isAtLeast } from '@zdash/zstack-api';
import { invalidArgument, operationError } from '../../core/apiError.ts';
import type { ApiCall } from '../../core/context.ts';
import { mustGet, str } from '../../domain/common.ts';
import type { L3Row, VmNicRow, VmRow } from '../../domain/rows.ts';
import { eipAttachableVmStates, eipGates } from '../../network/eipRules.ts';
import { mustGetEip, mustGetVip, type VipRow } from '../../network/vipOps.ts';

/**
 * GetEipAttachableVmNics: NICs of UserVm VMs in an attachable state, on non-system L3s of the
 * VIP's zone that have the Eip service, other than the VIP's L3, that have no EIP yet, of VMs
 * not already on the VIP's L3.
 *
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/eip/src/main/java/org/zstack/network/service/eip/EipManagerImpl.java
 * @see https://github.com/zstackio/zstack/blob/master/plugin/eip/src/main/java/org/zstack/network/service/eip/EipManagerImpl.java
 */
function vipOfCall(call: ApiCall): VipRow {
  const { sim } = call;
  const eipUuid = str(call, 'eipUuid');
  const vipUuid = str(call, 'vipUuid');
  if (!eipUuid && !vipUuid) throw invalidArgument('either eipUuid or vipUuid must be set');
  if (!eipUuid) return mustGetVip(sim, vipUuid ?? '');
  const eip = mustGetEip(sim, eipUuid);
  if (eip.state !== 'Enabled') {
    throw operationError(
      `eip[uuid:${eipUuid}] is not in state of Enabled, cannot get attachable vm nic`,
    );
  }
  if (eip.vmNicUuid) {
    throw operationError(
      `eip[uuid:${eipUuid}] has attached to vm nic[uuid:${eip.vmNicUuid}], cannot get attachable vm nic`,
    );
  }
  return mustGetVip(sim, eip.vipUuid);
}

export function getEipAttachableVmNics(call: ApiCall) {
  const { sim } = call;
  const vip = vipOfCall(call);
  const vipL3 = mustGet<L3Row>(sim.store, 'L3Network', vip.l3NetworkUuid);
  const l3Uuids = (sim.store.find('L3Network', { zoneUuid: vipL3.zoneUuid }) as L3Row[])
    .filter((l3) => !l3.system && l3.uuid !== vipL3.uuid)
    .filter(
      (l3) =>
        sim.store.count('NetworkServiceL3NetworkRef', {
          l3NetworkUuid: l3.uuid,
          networkServiceType: 'Eip',
        }) > 0,
    )
    .map((l3) => l3.uuid);
  const nics = l3Uuids.length
    ? (sim.store.find('VmNic', { l3NetworkUuid: l3Uuids }) as VmNicRow[])
    : [];
  const taken = new Set(
    sim.store
      .find('Eip')
      .map((eip) => eip.vmNicUuid)
      .filter(Boolean),
  );
  const onVipL3 = new Set(
    isAtLeast(sim.version, eipGates.vmOnVipNetwork)
      ? sim.store.find('VmNic', { l3NetworkUuid: vipL3.uuid }).map((nic) => nic.vmInstanceUuid)
      : [],
  );
  const states = eipAttachableVmStates(sim.version);
  const inventories = nics
    .filter((nic) => !taken.has(nic.uuid) && !onVipL3.has(nic.vmInstanceUuid))
    .filter((nic) => {
      const vm = sim.store.get('VmInstance', nic.vmInstanceUuid) as VmRow | undefined;
      return !!vm && vm.type === 'UserVm' && states.includes(vm.state);
    })
    .map((nic) => sim.store.toInventory('VmNic', nic));
  return { inventories, success: true };
}
