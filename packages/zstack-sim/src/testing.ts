/**
 * The simulator's public test entry (`@zdash/zstack-sim/testing`): what other packages' tests
 * may use to check a simulated cloud, without reaching into the simulator's sources.
 */
export { checkInvariants, type InvariantOptions } from './domain/invariants.ts';
