import { type ApiSpec, allApis, compareVersions, hasCapability } from '@zdash/zstack-api';
import type { ZStackClient } from '@zdash/zstack-client';
import {
  type ApiTimeoutOverride,
  formatDuration,
  longApiFqns,
  parseDuration,
  zstackDefaultMs,
  zstackDefaults,
} from '../../jobs/apiTimeoutPolicy.ts';

/** Which rule decides an API's timeout. */
export type ApiTimeoutRule = 'override' | 'nodeConfig' | 'zstackDefault';

/** One row of `apiTimeouts.list`. */
export interface ApiTimeoutRow {
  api: string;
  fqn: string;
  async: boolean;
  rule: ApiTimeoutRule;
  /** What applies, ms, and as ZStack writes it. */
  effectiveMs: number;
  effective: string;
  zstackDefaultMs: number;
  override: ApiTimeoutOverride | null;
  /** The node's `apiTimeout` global config (3.2+, admins only), when it differs from the default. */
  nodeConfig: { value: string; ms: number | null } | null;
}

/** One `apiTimeout` global config of the node. */
export interface NodeApiTimeoutConfig {
  api: string | null;
  name: string;
  value: string;
  defaultValue: string;
  ms: number | null;
}

/** The node's `apiTimeout` configs (3.2+): category `apiTimeout`, name = the message FQN. */
export async function readNodeConfigs(zs: ZStackClient): Promise<NodeApiTimeoutConfig[]> {
  const { inventories } = await zs.query('QueryGlobalConfig', {
    conditions: [{ name: 'category', op: '=', value: 'apiTimeout' }],
    limit: 10_000,
  });
  const byFqn = new Map(allApis().map((a) => [a.fqn, a.name]));
  return inventories.map((c) => ({
    api: byFqn.get(c.name) ?? null,
    name: c.name,
    value: String(c.value),
    defaultValue: String(c.defaultValue ?? ''),
    ms: parseDuration(String(c.value)),
  }));
}

/** Every async API with the rule that decides its timeout (sync APIs: the node's 5 min). */
export function timeoutRows(
  overrides: ApiTimeoutOverride[],
  nodeConfigs: NodeApiTimeoutConfig[] | null,
): ApiTimeoutRow[] {
  const byApi = new Map(overrides.map((o) => [o.api, o]));
  const configs = new Map((nodeConfigs ?? []).map((c) => [c.name, c]));
  return allApis()
    .filter((api) => api.async)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((api) => row(api, byApi.get(api.name) ?? null, configs.get(api.fqn) ?? null));
}

function row(
  api: ApiSpec,
  override: ApiTimeoutOverride | null,
  config: NodeApiTimeoutConfig | null,
): ApiTimeoutRow {
  const fallback = zstackDefaultMs(api);
  const configured = config && config.ms !== null && config.ms !== fallback ? config : null;
  const rule: ApiTimeoutRule = override ? 'override' : configured ? 'nodeConfig' : 'zstackDefault';
  const effectiveMs = override?.timeoutMs ?? configured?.ms ?? fallback;
  return {
    api: api.name,
    fqn: api.fqn,
    async: api.async,
    rule,
    effectiveMs,
    effective: formatDuration(effectiveMs),
    zstackDefaultMs: fallback,
    override,
    nodeConfig: configured ? { value: configured.value, ms: configured.ms } : null,
  };
}

/** The zstack.properties form a version reads: `relatives; 3h` up to 1.2, `timeout::3h` later. */
export function propertiesFormOf(version: string): 'relatives' | 'timeout' {
  return compareVersions(version, '1.3.0') < 0 ? 'relatives' : 'timeout';
}

/**
 * The built-in `ApiTimeout.<FQN>` lines of zstack.properties for nodes before 3.2 (where nothing
 * can be edited through the API), with admins' overrides applied. The 1.x form lists the
 * descendant messages before the `;`: that list is the node's own, so it is shown as `…` to keep.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/timeout/ApiTimeoutManagerImpl.java
 */
export function propertiesLines(
  form: 'relatives' | 'timeout',
  overrides: ApiTimeoutOverride[],
): string[] {
  const byApi = new Map(overrides.map((o) => [o.api, o.timeoutMs]));
  const fqns = new Map(Object.entries(longApiFqns));
  for (const api of allApis()) if (byApi.has(api.name)) fqns.set(api.name, api.fqn);
  return [...fqns].map(([name, fqn]) => {
    const value = formatDuration(byApi.get(name) ?? zstackDefaults.longMs);
    return form === 'relatives'
      ? `ApiTimeout.${fqn} = …; ${value}`
      : `ApiTimeout.${fqn} = timeout::${value}`;
  });
}

/** True when the node has the `apiTimeout` global configs (3.2+). */
export function hasNodeConfigs(version: string): boolean {
  return hasCapability(version, 'apiTimeoutConfigs');
}
