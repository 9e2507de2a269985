import { isAtLeast } from '@zdash/zstack-api';
import { invalidArgument } from '../../core/apiError.ts';
import type { SimContext } from '../../core/context.ts';

/** `networkServices` of Attach/DetachNetworkServiceTo/FromL3Network: provider → service types. */
export type ServiceMap = Map<string, string[]>;

/** Provider types as map keys: AttachNetworkServiceToL3Network from 4.0.0, Detach from 4.5.0. */
export const providerTypeKeysSince = { attach: '4.0.0', detach: '4.5.0' } as const;

/**
 * Reads the map the way Gson fills `Map<String, List<String>>` (a query-string value may be a
 * single string), then, where the version accepts them, swaps provider-type keys for the
 * provider's uuid (`convertNetworkProviderTypeToUuid`).
 *
 * @see https://github.com/zstackio/zstack/blob/master/network/src/main/java/org/zstack/network/service/NetworkServiceApiInterceptor.java
 */
export function readServiceMap(
  sim: SimContext,
  raw: unknown,
  convertTypesSince: string,
): ServiceMap {
  const out: ServiceMap = new Map();
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [key, value] of Object.entries(raw)) {
      const list = Array.isArray(value)
        ? value
        : value === null || value === undefined
          ? []
          : [value];
      out.set(key, list.map(String));
    }
  }
  if (out.size === 0) throw invalidArgument('networkServices cannot be empty');
  if (!isAtLeast(sim.version, convertTypesSince)) return out;
  for (const provider of sim.store.find('NetworkServiceProvider')) {
    const type = String(provider.type);
    const types = out.get(type);
    if (types === undefined) continue;
    out.delete(type);
    out.set(String(provider.uuid), types);
  }
  return out;
}

/** Java's `List.toString()`, which ZStack's messages print lists with. */
export function javaList(items: readonly string[]): string {
  return `[${items.join(', ')}]`;
}
