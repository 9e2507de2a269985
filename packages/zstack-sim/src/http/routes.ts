import {
  type ApiSpec,
  allApis,
  capabilitySince,
  hasCapability,
  isAtLeast,
  type RestMethod,
} from '@zdash/zstack-api';

/**
 * The REST route table, built from the catalogue like RestServer#build: every `@RestRequest`
 * path and optional path, grouped by its shape (`/vm-instances/{uuid}` and `/vm-instances/{vmUuid}`
 * are one group), so one URL can carry several APIs (a query and a delete, or many actions).
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java
 */
export interface Route {
  readonly api: ApiSpec;
  readonly method: RestMethod;
  /** The template, e.g. `/v1/vm-instances/{uuid}/actions`. */
  readonly template: string;
  readonly segments: readonly Segment[];
}

type Segment = { readonly literal: string } | { readonly variable: string };

export interface RouteGroup {
  readonly shape: string;
  readonly routes: readonly Route[];
  readonly variables: number;
}

export interface RouteMatch {
  readonly group: RouteGroup;
}

/** REST v1 itself: the restApi capability. */
export const restSince = capabilitySince('restApi');

/**
 * True for an API an open-source management node serves. The catalogue's `premium` section lists
 * commercial APIs whose server code is not in zstackio/zstack: an open-source node has no route
 * (REST 404 `no api mapping to …`) and no message class (the legacy RPC's unknown-message answer).
 */
export function servedByNode(api: ApiSpec, version: string): boolean {
  return api.section !== 'premium' && isAtLeast(version, api.since);
}

export function buildRoutes(version: string, apis: readonly ApiSpec[] = allApis()): RouteGroup[] {
  if (!hasCapability(version, 'restApi')) return [];
  const groups = new Map<string, Route[]>();
  for (const api of apis) {
    if (!api.rest || !servedByNode(api, version)) continue;
    if (!isAtLeast(version, api.since) || !isAtLeast(version, api.restSince ?? restSince)) continue;
    for (const path of [api.rest.path, ...(api.rest.optionalPaths ?? [])]) {
      const template = `/v1${path}`;
      const segments = splitPath(template).map((part): Segment => {
        const variable = /^\{(.+)\}$/.exec(part)?.[1];
        return variable ? { variable } : { literal: part };
      });
      const shape = segments.map((s) => ('literal' in s ? s.literal : '{}')).join('/');
      const list = groups.get(shape) ?? [];
      list.push({ api, method: api.rest.method, template, segments });
      groups.set(shape, list);
    }
  }
  return [...groups].map(([shape, routes]) => ({
    shape,
    routes,
    variables: routes[0]?.segments.filter((s) => 'variable' in s).length ?? 0,
  }));
}

function splitPath(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

/**
 * The group whose shape matches a decoded path (`/v1/...`). A literal segment beats a variable,
 * so `/v1/vm-instances/nics` is QueryVmNic, not a VM uuid.
 */
export function matchGroup(groups: readonly RouteGroup[], path: string): RouteGroup | undefined {
  const parts = splitPath(path);
  let best: RouteGroup | undefined;
  for (const group of groups) {
    const segments = group.routes[0]?.segments ?? [];
    if (segments.length !== parts.length) continue;
    const fits = segments.every((s, i) => ('literal' in s ? s.literal === parts[i] : true));
    if (fits && (!best || group.variables < best.variables)) best = group;
  }
  return best;
}

/** Path variables of a route, by the names of its own template. */
export function pathVariables(route: Route, path: string): Record<string, string> {
  const parts = splitPath(path);
  const out: Record<string, string> = {};
  route.segments.forEach((s, i) => {
    if ('variable' in s) out[s.variable] = parts[i] ?? '';
  });
  return out;
}
