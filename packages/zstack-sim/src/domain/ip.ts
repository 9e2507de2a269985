/**
 * IPv4 arithmetic used by IP ranges and the IP allocator.
 *
 * @see https://github.com/zstackio/zstack/blob/master/utils/src/main/java/org/zstack/utils/network/NetworkUtils.java
 */

const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIpv4(text: string): boolean {
  return ipv4.test(text);
}

/** `10.0.0.1` → 167772161 (unsigned). */
export function ipToLong(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

export function longToIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** True for a contiguous, non-zero netmask (`255.255.255.0`, not `255.0.255.0` nor `0.0.0.0`). */
export function isNetmask(text: string): boolean {
  if (!isIpv4(text)) return false;
  const value = ipToLong(text);
  if (value === 0) return false;
  const inverted = 2 ** 32 - 1 - value;
  // a contiguous mask inverted is 2^k - 1
  return (inverted & (inverted + 1)) === 0;
}

/** Prefix length of a valid netmask. */
export function prefixOf(netmask: string): number {
  const value = ipToLong(netmask);
  let bits = 0;
  for (let shift = 31; shift >= 0; shift--) {
    if (Math.floor(value / 2 ** shift) % 2 === 1) bits++;
    else break;
  }
  return bits;
}

/** Network address as a number. */
export function networkOf(ip: string, netmask: string): number {
  const size = 2 ** (32 - prefixOf(netmask));
  return Math.floor(ipToLong(ip) / size) * size;
}

/** `10.0.0.0/24`. */
export function cidrOf(ip: string, netmask: string): string {
  return `${longToIp(networkOf(ip, netmask))}/${prefixOf(netmask)}`;
}

export function sameSubnet(a: string, b: string, netmask: string): boolean {
  return networkOf(a, netmask) === networkOf(b, netmask);
}
