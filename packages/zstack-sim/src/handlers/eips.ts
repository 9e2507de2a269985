import type { ApiCall, HandlerTable } from '../core/context.ts';
import { inventoryOf, patchRow } from '../domain/common.ts';
import { enableDisable } from '../domain/stateEvents.ts';
import { applyFlatServices } from '../network/flatApplied.ts';
import { eipTable } from '../network/tables/eip.ts';
import { mustGetEip } from '../network/vipOps.ts';
import type { TableSpec } from '../store/types.ts';
import { getEipAttachableVmNics } from './eips/attachable.ts';
import { attachEip, createEip, deleteEip, detachEip } from './eips/lifecycle.ts';

/**
 * Elastic IPs on VIPs, attached to VM NICs.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/eip/src/main/java/org/zstack/network/service/eip/EipManagerImpl.java
 */
export const tables: TableSpec[] = [eipTable];

function updateEip(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGetEip(sim, uuid);
  const patch: Record<string, unknown> = {};
  for (const key of ['name', 'description'] as const) {
    if (typeof call.params[key] === 'string') patch[key] = call.params[key];
  }
  patchRow(sim, 'Eip', uuid, patch);
  return inventoryOf(sim, 'Eip', uuid);
}

/** A Disabled EIP stays bound but is no longer applied (its Flat record goes). */
function changeEipState(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  const eip = mustGetEip(sim, uuid);
  sim.store.transaction(() => {
    patchRow(sim, 'Eip', uuid, { state: enableDisable(call.params.stateEvent) });
    const nic = eip.vmNicUuid ? sim.store.get('VmNic', eip.vmNicUuid) : undefined;
    if (nic) applyFlatServices(sim, String(nic.vmInstanceUuid));
  });
  return inventoryOf(sim, 'Eip', uuid);
}

export const handlers: HandlerTable = {
  CreateEip: createEip,
  AttachEip: attachEip,
  DetachEip: detachEip,
  DeleteEip: deleteEip,
  UpdateEip: updateEip,
  ChangeEipState: changeEipState,
  GetEipAttachableVmNics: getEipAttachableVmNics,
};
