import { invalidArgument } from '../core/apiError.ts';
import type { ApiCall, HandlerTable } from '../core/context.ts';
import { cascadeDeleteL3 } from '../domain/cascades.ts';
import {
  insertRow,
  inventoryOf,
  mustGet,
  ownerOf,
  patchRow,
  pause,
  str,
} from '../domain/common.ts';
import type { L2Row } from '../domain/rows.ts';
import { enableDisable } from '../domain/stateEvents.ts';
import {
  ipRangeTable,
  l3NetworkDnsTable,
  l3NetworkTable,
  usedIpTable,
} from '../domain/tables/network.ts';
import { timings } from '../domain/timings.ts';
import type { TableSpec } from '../store/types.ts';
import { addDnsToL3Network, removeDnsFromL3Network } from './l3Networks/dns.ts';
import { getFreeIp } from './l3Networks/freeIp.ts';
import { addIpRange, addIpRangeByNetworkCidr, deleteIpRange } from './l3Networks/ipRanges.ts';

/**
 * L3 networks, IP ranges and DNS.
 *
 * @see https://github.com/zstackio/zstack/blob/master/network/src/main/java/org/zstack/network/l3/L3BasicNetwork.java
 */
export const tables: TableSpec[] = [l3NetworkTable, l3NetworkDnsTable, ipRangeTable, usedIpTable];

const categories = ['Public', 'Private', 'System'];

async function createL3Network(call: ApiCall) {
  const { sim } = call;
  const l2 = mustGet<L2Row>(sim.store, 'L2Network', String(call.params.l2NetworkUuid));
  const category = str(call, 'category') ?? 'Private';
  if (!categories.includes(category)) throw invalidArgument(`invalid category[${category}]`);
  const system = call.params.system === true;
  if (category === 'System' && !system) {
    throw invalidArgument(
      'not valid combination of system and category, only (system = true, category = System) is valid for a System L3 network',
    );
  }
  await pause(call, timings.quick);
  const row = insertRow(
    sim,
    'L3Network',
    {
      ...(str(call, 'resourceUuid') ? { uuid: str(call, 'resourceUuid') } : {}),
      name: str(call, 'name'),
      description: str(call, 'description'),
      type: str(call, 'type') ?? 'L3BasicNetwork',
      zoneUuid: l2.zoneUuid,
      l2NetworkUuid: l2.uuid,
      state: 'Enabled',
      dnsDomain: str(call, 'dnsDomain'),
      system,
      category,
      ipVersion: 4,
      enableIPAM: call.params.enableIPAM !== false,
      isolated: false,
    },
    ownerOf(call),
  );
  return inventoryOf(sim, 'L3Network', row.uuid);
}

function updateL3Network(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGet(sim.store, 'L3Network', uuid);
  const patch: Record<string, unknown> = {};
  for (const key of ['name', 'description', 'dnsDomain', 'category'] as const) {
    if (typeof call.params[key] === 'string') patch[key] = call.params[key];
  }
  if (typeof call.params.system === 'boolean') patch.system = call.params.system;
  patchRow(sim, 'L3Network', uuid, patch);
  return inventoryOf(sim, 'L3Network', uuid);
}

function changeL3NetworkState(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGet(sim.store, 'L3Network', uuid);
  patchRow(sim, 'L3Network', uuid, { state: enableDisable(call.params.stateEvent) });
  return inventoryOf(sim, 'L3Network', uuid);
}

/** Deleting an L3 detaches every VM NIC on it and frees its addresses (VmCascadeExtension). */
async function deleteL3Network(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  if (!sim.store.get('L3Network', uuid)) return {};
  await pause(call, timings.quick);
  sim.store.transaction(() => cascadeDeleteL3(sim, uuid));
  return {};
}

export const handlers: HandlerTable = {
  CreateL3Network: createL3Network,
  UpdateL3Network: updateL3Network,
  ChangeL3NetworkState: changeL3NetworkState,
  DeleteL3Network: deleteL3Network,
  AddIpRange: addIpRange,
  AddIpRangeByNetworkCidr: addIpRangeByNetworkCidr,
  DeleteIpRange: deleteIpRange,
  AddDnsToL3Network: addDnsToL3Network,
  RemoveDnsFromL3Network: removeDnsFromL3Network,
  GetFreeIp: getFreeIp,
};
