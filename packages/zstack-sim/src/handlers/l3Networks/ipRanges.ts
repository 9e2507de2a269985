import type { ApiCall } from '../../core/context.ts';
import { cascadeDeleteIpRange } from '../../domain/cascades.ts';
import { insertRow, inventoryOf, mustGet, ownerOf, pause, str } from '../../domain/common.ts';
import type { L3Row } from '../../domain/rows.ts';
import { timings } from '../../domain/timings.ts';
import { checkIpRange, type IpRangeInput, rangeOfCidr } from './ipRangeRules.ts';

async function addRange(call: ApiCall, input: IpRangeInput) {
  const { sim } = call;
  const l3 = mustGet<L3Row>(sim.store, 'L3Network', String(call.params.l3NetworkUuid));
  const networkCidr = checkIpRange(sim, l3, input);
  await pause(call, timings.quick);
  const row = insertRow(
    sim,
    'IpRange',
    {
      ...(str(call, 'resourceUuid') ? { uuid: str(call, 'resourceUuid') } : {}),
      name: str(call, 'name'),
      description: str(call, 'description'),
      l3NetworkUuid: l3.uuid,
      ...input,
      networkCidr,
      ipVersion: 4,
      prefixLen: Number(networkCidr.split('/')[1]),
      ipRangeType: str(call, 'ipRangeType') ?? 'Normal',
    },
    ownerOf(call),
  );
  return inventoryOf(sim, 'IpRange', row.uuid);
}

/** AddIpRange. @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/APIAddIpRangeMsg.java */
export function addIpRange(call: ApiCall) {
  return addRange(call, {
    startIp: String(call.params.startIp ?? ''),
    endIp: String(call.params.endIp ?? ''),
    netmask: String(call.params.netmask ?? ''),
    gateway: String(call.params.gateway ?? ''),
  });
}

export function addIpRangeByNetworkCidr(call: ApiCall) {
  return addRange(call, rangeOfCidr(String(call.params.networkCidr ?? '')));
}

/** DeleteIpRange: NICs holding addresses of the range are detached (VmCascadeExtension). */
export async function deleteIpRange(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  if (!sim.store.get('IpRange', uuid)) return {};
  await pause(call, timings.quick);
  sim.store.transaction(() => cascadeDeleteIpRange(sim, uuid));
  return {};
}
