import { invalidArgument } from '../../core/apiError.ts';
import type { ApiCall } from '../../core/context.ts';
import { inventoryOf, mustGet, nowMs, pause } from '../../domain/common.ts';
import { isIpv4 } from '../../domain/ip.ts';
import { timings } from '../../domain/timings.ts';

let dnsSeq = 0;

/**
 * DNS servers of an L3 (L3NetworkDnsVO); the ref id sorts by insertion so the list keeps its order.
 *
 * @see https://github.com/zstackio/zstack/blob/master/network/src/main/java/org/zstack/network/l3/L3BasicNetwork.java
 */
export async function addDnsToL3Network(call: ApiCall) {
  const { sim } = call;
  const l3Uuid = String(call.params.l3NetworkUuid);
  mustGet(sim.store, 'L3Network', l3Uuid);
  const dns = String(call.params.dns ?? '');
  if (!isIpv4(dns)) throw invalidArgument(`dns[${dns}] is not a IPv4 address`);
  if (sim.store.count('L3NetworkDns', { l3NetworkUuid: l3Uuid, dns })) {
    throw invalidArgument(`there has been a DNS[${dns}] on L3 network[uuid:${l3Uuid}]`);
  }
  await pause(call, timings.quick);
  const now = nowMs(sim);
  dnsSeq = (dnsSeq + 1) % 1_000_000;
  sim.store.insert('L3NetworkDns', {
    id: `${String(now).padStart(15, '0')}-${String(dnsSeq).padStart(6, '0')}`,
    l3NetworkUuid: l3Uuid,
    dns,
    createDate: now,
    lastOpDate: now,
  });
  return inventoryOf(sim, 'L3Network', l3Uuid);
}

export async function removeDnsFromL3Network(call: ApiCall) {
  const { sim } = call;
  const l3Uuid = String(call.params.l3NetworkUuid);
  mustGet(sim.store, 'L3Network', l3Uuid);
  await pause(call, timings.quick);
  for (const ref of sim.store.find('L3NetworkDns', {
    l3NetworkUuid: l3Uuid,
    dns: String(call.params.dns),
  })) {
    sim.store.remove('L3NetworkDns', String(ref.id));
  }
  return inventoryOf(sim, 'L3Network', l3Uuid);
}
