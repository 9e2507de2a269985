import { isAtLeast } from '@zdash/zstack-api';
import { ApiError } from '../../core/apiError.ts';
import type { ApiCall } from '../../core/context.ts';
import { mustGet } from '../../domain/common.ts';
import type { VmRow } from '../../domain/rows.ts';

/**
 * Which VM states each API may run in (AbstractVmInstance.allowedOperations). A refusal is
 * SYS.1006 caused by VM.1010 NOT_IN_CORRECT_STATE with ZStack's wording.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/AbstractVmInstance.java
 */
const allowed: Record<string, readonly string[]> = {
  StartVmInstance: ['Created', 'Stopped', 'Crashed'],
  StopVmInstance: ['Running', 'Stopped', 'Unknown', 'Paused', 'Crashed', 'NoState'],
  RebootVmInstance: ['Running', 'Crashed', 'NoState'],
  DestroyVmInstance: [
    'Created',
    'Running',
    'Stopped',
    'Unknown',
    'Crashed',
    'Starting',
    'Migrating',
    'Stopping',
    'Rebooting',
    'Paused',
    'Pausing',
    'Resuming',
    'VolumeMigrating',
    'Error',
    'NoState',
  ],
  ExpungeVmInstance: ['Destroyed'],
  RecoverVmInstance: ['Destroyed'],
  MigrateVm: ['Running', 'Unknown', 'Paused'],
  GetVmMigrationCandidateHosts: ['Running', 'Paused'],
  ChangeInstanceOffering: ['Running', 'Stopped', 'Paused'],
  AttachDataVolumeToVm: ['Running', 'Stopped', 'Paused'],
  DetachDataVolumeFromVm: ['Running', 'Stopped', 'Paused'],
  GetVmConsoleAddress: ['Running', 'Crashed'],
};

/** StartVmInstance on a Running VM is a no-op success from 3.10 (refused before). */
export const startRunningIsNoopSince = '3.10.0';

export function allowedStates(api: string, version: string): readonly string[] {
  const states = allowed[api] ?? [];
  if (api === 'StartVmInstance' && isAtLeast(version, startRunningIsNoopSince)) {
    return [...states, 'Running'];
  }
  return states;
}

/** Loads the VM and throws when `api` may not run in its current state. */
export function vmFor(call: ApiCall, api: string, uuid: string): VmRow {
  const vm = mustGet<VmRow>(call.sim.store, 'VmInstance', uuid);
  const states = allowedStates(api, call.sim.version);
  if (!states.includes(vm.state)) {
    const fqn = call.api.fqn.startsWith('stub.')
      ? `org.zstack.header.vm.API${api}Msg`
      : call.api.fqn;
    const details = `current vm instance state[${vm.state}] doesn't allow to proceed message[${fqn}], allowed states are [${states.join(', ')}]`;
    throw new ApiError('SYS.1006', details, {
      code: 'VM.1010',
      description: 'VM operation failed',
      details,
    });
  }
  return vm;
}

/** Wraps an allocation/operation failure the way VmInstanceBase wraps it (VM.1000 create, VM.1001 start …). */
export function vmError(code: string, error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError(code, error.details, error.toErrorCode());
}
