import type { SimContext } from '../core/context.ts';
import { nonEmptySeedError } from '../index.ts';
import { ControlError } from './errors.ts';

/** `demo`, or `scale:N` with N VMs: the seeds `--seed` takes. */
export const seedPattern = /^(demo|scale:[1-9]\d*)$/;

type SeedModule = { applySeed?: (sim: SimContext, seed: string) => unknown };

/**
 * Seeds an empty cloud through the resource sections' `seeds/index.ts` (`applySeed`), as
 * `--seed` does at start-up; a cloud with a zone already is refused, never merged into.
 */
export async function seedCloud(sim: SimContext, name: string): Promise<void> {
  if (!seedPattern.test(name)) {
    throw new ControlError(400, `unknown seed ${name}: use demo or scale:N (N a positive integer)`);
  }
  if (zoneCount(sim) > 0) throw new ControlError(409, `${nonEmptySeedError}; reset first`);
  // A variable specifier: a build without the seeds module still compiles, and says so here.
  const specifier = '../seeds/index.ts';
  let mod: SeedModule;
  try {
    mod = (await import(specifier)) as SeedModule;
  } catch (error) {
    throw new ControlError(501, `this simulator has no seeds module: ${String(error)}`);
  }
  if (typeof mod.applySeed !== 'function') {
    throw new ControlError(501, 'seeds/index.ts has no applySeed');
  }
  await mod.applySeed(sim, name);
}

function zoneCount(sim: SimContext): number {
  try {
    return sim.store.count('Zone');
  } catch {
    return 0;
  }
}
