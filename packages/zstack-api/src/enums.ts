/**
 * Enums and state machines (reference: header/.../vm/VmInstanceState.java and friends).
 */

export const vmInstanceStates = [
  'Created',
  'Starting',
  'Running',
  'Stopping',
  'Stopped',
  'Rebooting',
  'Destroying',
  'Destroyed',
  'Migrating',
  'Expunging',
  'Pausing',
  'Paused',
  'Resuming',
  'VolumeMigrating',
  'VolumeRecovering',
  'Error',
  'NoState',
  'Unknown',
  'Crashed',
] as const;
export type VmInstanceState = (typeof vmInstanceStates)[number];
