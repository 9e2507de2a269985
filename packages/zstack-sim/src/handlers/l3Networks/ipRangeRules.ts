import { invalidArgument } from '../../core/apiError.ts';
import type { SimContext } from '../../core/context.ts';
import {
  cidrOf,
  ipToLong,
  isIpv4,
  isNetmask,
  networkOf,
  prefixOf,
  sameSubnet,
} from '../../domain/ip.ts';
import type { IpRangeRow, L3Row } from '../../domain/rows.ts';

export interface IpRangeInput {
  readonly startIp: string;
  readonly endIp: string;
  readonly netmask: string;
  readonly gateway: string;
}

/**
 * L3NetworkApiInterceptor's IPv4 range rules: valid addresses and netmask, start ≤ end, one
 * subnet holding start, end and gateway, gateway outside the range, one CIDR per L3, and no
 * overlap with the ranges of any L3 on the same L2.
 *
 * @see https://github.com/zstackio/zstack/blob/master/network/src/main/java/org/zstack/network/l3/L3NetworkApiInterceptor.java
 * @see https://github.com/zstackio/zstack/blob/master/network/src/main/java/org/zstack/network/l3/IpRangeHelper.java
 */
export function checkIpRange(sim: SimContext, l3: L3Row, input: IpRangeInput): string {
  const { startIp, endIp, netmask, gateway } = input;
  if (!isIpv4(startIp)) throw invalidArgument(`start ip[${startIp}] is not a IPv4 address`);
  if (!isIpv4(endIp)) throw invalidArgument(`end ip[${endIp}] is not a IPv4 address`);
  if (!isNetmask(netmask)) {
    throw invalidArgument(
      `netmask[${netmask}] is not a netmask, and the IP range netmask cannot be 0.0.0.0`,
    );
  }
  if (!gateway) throw invalidArgument('adding normal ip range must specify gateway ip address');
  if (!isIpv4(gateway)) throw invalidArgument(`gateway[${gateway}] is not a IPv4 address`);
  const start = ipToLong(startIp);
  const end = ipToLong(endIp);
  if (start > end) throw invalidArgument(`start ip[${startIp}] is behind end ip[${endIp}]`);
  const cidr = cidrOf(startIp, netmask);
  if (!sameSubnet(startIp, endIp, netmask)) {
    throw invalidArgument(
      `the end ip[${endIp}] is not in the subnet ${cidr} of start ip[${startIp}]`,
    );
  }
  if (!sameSubnet(startIp, gateway, netmask)) {
    throw invalidArgument(`the gateway[${gateway}] is not in the subnet ${cidr}`);
  }
  const g = ipToLong(gateway);
  if (start <= g && g <= end) {
    throw invalidArgument(`gateway[${gateway}] can not be part of range[${startIp}, ${endIp}]`);
  }
  const broadcast = networkOf(startIp, netmask) + 2 ** (32 - prefixOf(netmask)) - 1;
  if (prefixOf(netmask) < 31 && (start === networkOf(startIp, netmask) || end === broadcast)) {
    throw invalidArgument(
      `ip range[${startIp}, ${endIp}] cannot contain the network address or the broadcast address of ${cidr}`,
    );
  }
  const own = sim.store.find('IpRange', { l3NetworkUuid: l3.uuid }) as IpRangeRow[];
  const first = own[0];
  if (first && first.networkCidr !== cidr) {
    throw invalidArgument(
      `multiple CIDR on the same L3 network is not allowed. There has been a IP range[uuid:${first.uuid}, CIDR:${first.networkCidr}], the new IP range[CIDR:${cidr}] is not in the CIDR with the existing one`,
    );
  }
  const siblings = sim.store
    .find('L3Network', { l2NetworkUuid: l3.l2NetworkUuid })
    .map((r) => String(r.uuid));
  const ranges = sim.store.find('IpRange', { l3NetworkUuid: siblings }) as IpRangeRow[];
  for (const r of ranges) {
    if (ipToLong(r.startIp) <= end && start <= ipToLong(r.endIp)) {
      throw invalidArgument(
        `overlap with ip range[uuid:${r.uuid}, start ip:${r.startIp}, end ip: ${r.endIp}]`,
      );
    }
  }
  return cidr;
}

/** AddIpRangeByNetworkCidr: gateway = first address, range = the rest minus broadcast. */
export function rangeOfCidr(networkCidr: string): IpRangeInput {
  const [address = '', bitsText = ''] = networkCidr.split('/');
  const bits = Number(bitsText);
  if (!isIpv4(address) || !Number.isInteger(bits) || bits < 1 || bits > 30) {
    throw invalidArgument(`${networkCidr} is not a valid network cidr`);
  }
  const size = 2 ** (32 - bits);
  const network = Math.floor(ipToLong(address) / size) * size;
  const toIp = (v: number) => [24, 16, 8, 0].map((s) => Math.floor(v / 2 ** s) % 256).join('.');
  const mask = toIp(2 ** 32 - size);
  return {
    gateway: toIp(network + 1),
    startIp: toIp(network + 2),
    endIp: toIp(network + size - 2),
    netmask: mask,
  };
}
