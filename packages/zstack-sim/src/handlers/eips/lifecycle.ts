import { operationError } from '../../core/apiError.ts';
import type { ApiCall, SimContext } from '../../core/context.ts';
import { insertRow, inventoryOf, ownerOf, patchRow, pause, str } from '../../domain/common.ts';
import { timings } from '../../domain/timings.ts';
import {
  checkGuestSide,
  checkNicFront,
  checkVipUsable,
  type NicSide,
  nicSide,
} from '../../network/eipRules.ts';
import { applyFlatServices } from '../../network/flatApplied.ts';
import {
  deleteEipNow,
  detachEipRow,
  type EipRow,
  lockVip,
  mustGetEip,
  mustGetVip,
} from '../../network/vipOps.ts';

/**
 * CreateEip, AttachEip, DetachEip, DeleteEip. The interceptor rules run before the simulated
 * wait and again inside the write transaction, so a concurrent job cannot slip past them; a
 * rejected call changes nothing. An EIP on a Running VM is applied by the provider the NIC's L3
 * names for Eip; with Flat (distributed EIP) that is a record on the VM's host.
 *
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/eip/src/main/java/org/zstack/network/service/eip/EipManagerImpl.java
 * @see https://github.com/zstackio/zstack/blob/master/plugin/flatNetworkProvider/src/main/java/org/zstack/network/service/flat/FlatEipBackend.java
 */

/** Binds the EIP to the NIC; a Running VM gets it applied (VIP acquired by the provider). */
function bindEip(sim: SimContext, eipUuid: string, side: NicSide): void {
  const eip = mustGetEip(sim, eipUuid);
  patchRow(sim, 'Eip', eip.uuid, { vmNicUuid: side.nic.uuid, guestIp: side.nic.ip ?? null });
  lockVip(sim, eip.vipUuid, 'Eip');
  if (side.vm.state === 'Running') {
    patchRow(sim, 'Vip', eip.vipUuid, { serviceProvider: side.provider.type });
    applyFlatServices(sim, side.vm.uuid);
  }
}

function vmOfNic(sim: SimContext, nicUuid: string | undefined): string | undefined {
  const nic = nicUuid ? sim.store.get('VmNic', nicUuid) : undefined;
  return nic ? String(nic.vmInstanceUuid) : undefined;
}

export async function createEip(call: ApiCall) {
  const { sim } = call;
  const vipUuid = String(call.params.vipUuid);
  const nicUuid = str(call, 'vmNicUuid');
  const validate = () => {
    const vip = mustGetVip(sim, vipUuid);
    const side = nicUuid ? nicSide(sim, nicUuid) : undefined;
    if (side) checkNicFront(sim, side, vip);
    checkVipUsable(sim, vip);
    if (side) checkGuestSide(sim, side, vip);
    return { vip, side };
  };
  validate();
  await pause(call, timings.quick);
  const row = sim.store.transaction(() => {
    const { vip, side } = validate();
    const eip = insertRow(
      sim,
      'Eip',
      {
        ...(str(call, 'resourceUuid') ? { uuid: str(call, 'resourceUuid') } : {}),
        name: str(call, 'name'),
        description: str(call, 'description'),
        vipUuid: vip.uuid,
        vipIp: vip.ip,
        state: 'Enabled',
      },
      ownerOf(call),
    );
    lockVip(sim, vip.uuid, 'Eip');
    if (side) bindEip(sim, eip.uuid, side);
    return eip;
  });
  return inventoryOf(sim, 'Eip', row.uuid);
}

function validateAttach(sim: SimContext, eipUuid: string, nicUuid: string): NicSide {
  const eip = mustGetEip(sim, eipUuid);
  const side = nicSide(sim, nicUuid);
  const vip = mustGetVip(sim, eip.vipUuid);
  checkNicFront(sim, side, vip);
  if (eip.vmNicUuid) {
    throw operationError(
      `eip[uuid:${eip.uuid}] has attached to another vm nic[uuid:${eip.vmNicUuid}], can't attach again`,
    );
  }
  if (eip.state !== 'Enabled') {
    throw operationError(
      `eip[uuid: ${eip.uuid}] can only be attached when state is Enabled, current state is ${eip.state}`,
    );
  }
  checkGuestSide(sim, side, vip, eip);
  return side;
}

export async function attachEip(call: ApiCall) {
  const { sim } = call;
  const eipUuid = String(call.params.eipUuid);
  const nicUuid = String(call.params.vmNicUuid);
  validateAttach(sim, eipUuid, nicUuid);
  await pause(call, timings.quick);
  sim.store.transaction(() => bindEip(sim, eipUuid, validateAttach(sim, eipUuid, nicUuid)));
  return inventoryOf(sim, 'Eip', eipUuid);
}

function attachedEip(sim: SimContext, uuid: string): EipRow {
  const eip = mustGetEip(sim, uuid);
  if (!eip.vmNicUuid) throw operationError(`eip[uuid:${uuid}] has not attached to any vm nic`);
  return eip;
}

export async function detachEip(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  attachedEip(sim, uuid);
  await pause(call, timings.quick);
  sim.store.transaction(() => {
    const eip = attachedEip(sim, uuid);
    const vmUuid = vmOfNic(sim, eip.vmNicUuid);
    detachEipRow(sim, eip);
    if (vmUuid) applyFlatServices(sim, vmUuid);
  });
  return inventoryOf(sim, 'Eip', uuid);
}

/** A missing EIP is already deleted: `{}` (the interceptor's StopRoutingException). */
export async function deleteEip(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  if (!sim.store.get('Eip', uuid)) return {};
  await pause(call, timings.quick);
  sim.store.transaction(() => {
    const eip = sim.store.get('Eip', uuid) as EipRow | undefined;
    if (!eip) return;
    const vmUuid = vmOfNic(sim, eip.vmNicUuid);
    deleteEipNow(sim, eip);
    if (vmUuid) applyFlatServices(sim, vmUuid);
  });
  return {};
}
