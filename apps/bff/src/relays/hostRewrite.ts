/**
 * `ZDASH_CONSOLE_HOST_REWRITE`: where the BFF dials a console proxy whose ConsoleInventory names an
 * address it cannot reach (NAT), as `consoleProxyOverriddenIp` does on the node. Comma-separated
 * `from=to` pairs; `*=to` rewrites every other hostname. The port always comes from the inventory.
 *
 * @example
 * const rewrite = parseHostRewrite('10.0.0.5=127.0.0.1, *=mn.internal');
 * rewrite('10.0.0.5'); // '127.0.0.1'
 */
export type HostRewrite = (hostname: string) => string;

const hostPattern = /^[A-Za-z0-9.:_[\]-]+$/;

/** Parses the setting; throws a readable error on a malformed pair. Empty: no rewrite. */
export function parseHostRewrite(setting: string | undefined): HostRewrite {
  const exact = new Map<string, string>();
  let fallback: string | undefined;
  for (const raw of (setting ?? '').split(',')) {
    const pair = raw.trim();
    if (!pair) continue;
    const [from, to, ...rest] = pair.split('=').map((part) => part.trim());
    if (!from || !to || rest.length > 0 || !hostPattern.test(to)) {
      throw new Error(`bad console host rewrite "${pair}": expected from=to or *=to`);
    }
    if (from === '*') fallback = to;
    else if (hostPattern.test(from)) exact.set(from.toLowerCase(), to);
    else throw new Error(`bad console host rewrite "${pair}": bad hostname`);
  }
  return (hostname) => exact.get(hostname.toLowerCase()) ?? fallback ?? hostname;
}
