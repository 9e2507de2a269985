import { invalidArgument, operationError } from '../core/apiError.ts';
import type { ApiCall, HandlerTable } from '../core/context.ts';
import {
  insertRow,
  inventoryOf,
  mustGet,
  ownerOf,
  patchRow,
  pause,
  str,
} from '../domain/common.ts';
import { isIpv4, prefixOf } from '../domain/ip.ts';
import { allocateIp } from '../domain/ipAllocation.ts';
import type { L3Row } from '../domain/rows.ts';
import { enableDisable } from '../domain/stateEvents.ts';
import { timings } from '../domain/timings.ts';
import { vipTable } from '../network/tables/eip.ts';
import { deleteVipNow, mustGetVip } from '../network/vipOps.ts';
import type { TableSpec } from '../store/types.ts';

/**
 * Virtual IPs.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/vip/src/main/java/org/zstack/network/service/vip/VipManagerImpl.java
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/vip/src/main/java/org/zstack/network/service/vip/VipApiInterceptor.java
 */
export const tables: TableSpec[] = [vipTable];

/** IpAllocatorType names of open source. */
const allocatorStrategies = ['RandomIpAllocatorStrategy', 'FirstAvailableIpAllocatorStrategy'];

function validateCreate(call: ApiCall, l3Uuid: string): void {
  const strategy = str(call, 'allocatorStrategy');
  if (strategy && !allocatorStrategies.includes(strategy)) {
    throw invalidArgument(`unsupported ip allocation strategy[${strategy}]`);
  }
  const requiredIp = str(call, 'requiredIp');
  if (requiredIp === undefined) return;
  if (!isIpv4(requiredIp)) {
    throw invalidArgument(`requiredIp[${requiredIp}] is not in valid IPv4 mediaType`);
  }
  if (call.sim.store.count('Vip', { ip: requiredIp, l3NetworkUuid: l3Uuid }) > 0) {
    throw operationError(`there is already a vip[${requiredIp}] on l3Network[uuid:${l3Uuid}]`);
  }
}

/** Allocates the address on the L3 (requiredIp honoured) and records the VIP, Enabled. */
async function createVip(call: ApiCall) {
  const { sim } = call;
  const l3 = mustGet<L3Row>(sim.store, 'L3Network', String(call.params.l3NetworkUuid));
  validateCreate(call, l3.uuid);
  await pause(call, timings.quick);
  const row = sim.store.transaction(() => {
    const ip = allocateIp(sim, l3.uuid, undefined, str(call, 'requiredIp'));
    sim.store.update('UsedIp', ip.uuid, { usedFor: 'Vip' });
    return insertRow(
      sim,
      'Vip',
      {
        ...(str(call, 'resourceUuid') ? { uuid: str(call, 'resourceUuid') } : {}),
        name: str(call, 'name'),
        description: str(call, 'description'),
        l3NetworkUuid: l3.uuid,
        ip: ip.ip,
        state: 'Enabled',
        gateway: ip.gateway,
        netmask: ip.netmask,
        prefixLen: prefixOf(ip.netmask),
        system: false,
        ipRangeUuid: ip.ipRangeUuid,
        usedIpUuid: ip.uuid,
      },
      ownerOf(call),
    );
  });
  return inventoryOf(sim, 'Vip', row.uuid);
}

/** Both delete modes release the VIP's services (its EIP is deleted) and return its address. */
async function deleteVip(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  if (!sim.store.get('Vip', uuid)) return {};
  await pause(call, timings.quick);
  sim.store.transaction(() => {
    // Another job may have deleted it during the pause.
    if (sim.store.get('Vip', uuid)) deleteVipNow(sim, mustGetVip(sim, uuid));
  });
  return {};
}

function updateVip(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGetVip(sim, uuid);
  const patch: Record<string, unknown> = {};
  for (const key of ['name', 'description'] as const) {
    if (typeof call.params[key] === 'string') patch[key] = call.params[key];
  }
  patchRow(sim, 'Vip', uuid, patch);
  return inventoryOf(sim, 'Vip', uuid);
}

function changeVipState(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGetVip(sim, uuid);
  patchRow(sim, 'Vip', uuid, { state: enableDisable(call.params.stateEvent) });
  return inventoryOf(sim, 'Vip', uuid);
}

export const handlers: HandlerTable = {
  CreateVip: createVip,
  DeleteVip: deleteVip,
  UpdateVip: updateVip,
  ChangeVipState: changeVipState,
};
