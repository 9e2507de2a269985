import type { ApiCall } from '../../core/context.ts';
import { mustGet, num, str } from '../../domain/common.ts';
import { ipToLong, isIpv4, longToIp } from '../../domain/ip.ts';
import { rangesOf } from '../../domain/ipAllocation.ts';

/**
 * GetFreeIp: free addresses of an L3 (or one of its ranges) from `start`, at most `limit`
 * (default 100), as FreeIpInventory.
 *
 * @see https://github.com/zstackio/zstack/blob/master/network/src/main/java/org/zstack/network/l3/L3NetworkManagerImpl.java
 */
export function getFreeIp(call: ApiCall) {
  const { sim } = call;
  const l3Uuid = String(call.params.l3NetworkUuid);
  mustGet(sim.store, 'L3Network', l3Uuid);
  const rangeUuid = str(call, 'ipRangeUuid');
  const limit = Math.max(0, num(call, 'limit') ?? 100);
  const start = str(call, 'start');
  const from = start && isIpv4(start) ? ipToLong(start) : 0;
  const used = new Set(
    sim.store.db
      .prepare('SELECT "ipInLong" FROM "used_ip" WHERE "l3NetworkUuid" = ?')
      .pluck()
      .all(l3Uuid) as number[],
  );
  const out: Record<string, unknown>[] = [];
  for (const range of rangesOf(sim, l3Uuid).filter((r) => !rangeUuid || r.uuid === rangeUuid)) {
    for (
      let v = Math.max(from, ipToLong(range.startIp));
      v <= ipToLong(range.endIp) && out.length < limit;
      v++
    ) {
      if (used.has(v)) continue;
      out.push({
        ipRangeUuid: range.uuid,
        ip: longToIp(v),
        netmask: range.netmask,
        gateway: range.gateway,
        ipVersion: 4,
      });
    }
  }
  return { inventories: out };
}
