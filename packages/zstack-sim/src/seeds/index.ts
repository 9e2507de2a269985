import type { SimContext } from '../core/context.ts';
import { applyDemoSeed } from './demo.ts';
import { applyScaleSeed } from './scale.ts';

/**
 * Seeds a fresh database: `demo`, or `scale:N` (N VMs). startSimulator calls it on a database
 * with no zones; the identity section has created the admin account already.
 */
export async function applySeed(sim: SimContext, seed: string): Promise<void> {
  if (seed === 'demo') {
    applyDemoSeed(sim);
    return;
  }
  const scale = /^scale:(\d+)$/.exec(seed);
  if (scale) {
    applyScaleSeed(sim, Number(scale[1]));
    return;
  }
  throw new Error(`unknown seed ${seed}; use demo or scale:N`);
}
