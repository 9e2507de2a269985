import * as identity from './identity.ts';
import type { ApiSpec } from './types.ts';
import * as vms from './vms.ts';

/**
 * Every API zdash uses, keyed by its zstack-cli name. Sections add their module here.
 */
const modules = [identity, vms] as const;

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
  return (catalog as Record<string, ApiSpec>)[name] ?? byFqn.get(name);
}

const byFqn = new Map<string, ApiSpec>(
  Object.values(catalog as Record<string, ApiSpec>).map((entry) => [entry.fqn, entry]),
);

/** Every entry, in catalogue order. */
export function allApis(): ApiSpec[] {
  return Object.values(catalog as Record<string, ApiSpec>);
}
