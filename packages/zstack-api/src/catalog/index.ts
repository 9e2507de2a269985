import * as backupStorage from './backupStorage.ts';
import * as capacity from './capacity.ts';
import * as clusters from './clusters.ts';
import * as consoles from './consoles.ts';
import * as eips from './eips.ts';
import * as gc from './gc.ts';
import * as globalConfigs from './globalConfigs.ts';
import * as hosts from './hosts.ts';
import * as identity from './identity.ts';
import * as images from './images.ts';
import * as l2Networks from './l2Networks.ts';
import * as l3Networks from './l3Networks.ts';
import * as managementNodes from './managementNodes.ts';
import * as networkServices from './networkServices.ts';
import * as offerings from './offerings.ts';
import * as premium from './premium.ts';
import * as primaryStorage from './primaryStorage.ts';
import * as tags from './tags.ts';
import * as tasks from './tasks.ts';
import type { ApiSpec, CatalogSection } from './types.ts';
import * as vips from './vips.ts';
import * as virtualRouters from './virtualRouters.ts';
import * as vms from './vms.ts';
import * as volumes from './volumes.ts';
import * as zones from './zones.ts';

/**
 * Every API zdash uses, keyed by its zstack-cli name. Sections add their module here; a module
 * exports catalogue entries only.
 */
const modules = [
  identity,
  managementNodes,
  globalConfigs,
  gc,
  tasks,
  zones,
  clusters,
  hosts,
  primaryStorage,
  backupStorage,
  images,
  offerings,
  l2Networks,
  l3Networks,
  networkServices,
  vips,
  eips,
  virtualRouters,
  vms,
  volumes,
  consoles,
  tags,
  capacity,
  premium,
] as const;

type ModuleEntries<TModule> = TModule extends unknown ? TModule[keyof TModule] : never;
type AllEntries = ModuleEntries<(typeof modules)[number]>;

/** The catalogue as a map from API name to entry, typed per name. */
export type Catalog = {
  [TEntry in AllEntries as TEntry extends { name: infer N extends string } ? N : never]: TEntry;
};

/** API names the catalogue knows. */
export type ApiName = keyof Catalog;

function collect(): Catalog {
  const out: Record<string, ApiSpec> = {};
  for (const mod of modules) {
    for (const entry of Object.values(mod) as ApiSpec[]) {
      if (out[entry.name]) throw new Error(`duplicate catalogue entry ${entry.name}`);
      out[entry.name] = entry;
    }
  }
  return out as Catalog;
}

export const catalog: Catalog = collect();

/** Looks an entry up by zstack-cli name, FQN, or the lower-camel REST action name. */
export function findApi(name: string): ApiSpec | undefined {
  return (catalog as Record<string, ApiSpec>)[name] ?? byFqn.get(name) ?? byActionName.get(name);
}

const byFqn = new Map<string, ApiSpec>(
  Object.values(catalog as Record<string, ApiSpec>).map((entry) => [entry.fqn, entry]),
);

const byActionName = new Map<string, ApiSpec>(
  Object.values(catalog as Record<string, ApiSpec>).map((entry) => [
    entry.name.charAt(0).toLowerCase() + entry.name.slice(1),
    entry,
  ]),
);

/** Every entry, in catalogue order. */
export function allApis(): ApiSpec[] {
  return Object.values(catalog as Record<string, ApiSpec>);
}

/**
 * The entries of one section.
 *
 * @example
 * apisOfSection('gc').map((api) => api.name); // ['QueryGCJob', 'TriggerGCJob', 'DeleteGCJob']
 */
export function apisOfSection(section: CatalogSection): ApiSpec[] {
  return allApis().filter((entry) => entry.section === section);
}
