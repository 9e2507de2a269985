import type { ApiCall } from '../../core/context.ts';
import { inventoryOf, patchRow, pause } from '../../domain/common.ts';
import { timings } from '../../domain/timings.ts';
import { destroyVmNow, expungeVmNow, getVm, vmDeletionPolicy } from '../../domain/vmOps.ts';
import { vmError, vmFor } from './vmState.ts';

/**
 * Destroy, recover, expunge. `vm/deletionPolicy`: Delay (default) and Never leave the VM
 * Destroyed (recoverable; its IPs and volumes kept), Direct expunges at once. Expunge frees
 * IPs, deletes the root volume and the row; data volumes are detached and survive.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmInstanceDeletionPolicyManager.java
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmInstanceBase.java
 */
export async function destroyVmInstance(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  if (!getVm(sim, uuid)) return {};
  const vm = vmFor(call, 'DestroyVmInstance', uuid);
  const previous = vm.state;
  patchRow(sim, 'VmInstance', uuid, { state: 'Destroying' });
  try {
    await pause(call, timings.vmDestroy);
  } catch (error) {
    if (getVm(sim, uuid)?.state === 'Destroying')
      patchRow(sim, 'VmInstance', uuid, { state: previous });
    throw vmError('VM.1004', error);
  }
  const current = getVm(sim, uuid);
  if (current) sim.store.transaction(() => destroyVmNow(sim, current, vmDeletionPolicy(sim)));
  return {};
}

export function recoverVmInstance(call: ApiCall) {
  const { sim } = call;
  const vm = vmFor(call, 'RecoverVmInstance', String(call.params.uuid));
  patchRow(sim, 'VmInstance', vm.uuid, { state: 'Stopped' });
  return inventoryOf(sim, 'VmInstance', vm.uuid);
}

export async function expungeVmInstance(call: ApiCall) {
  const { sim } = call;
  const vm = vmFor(call, 'ExpungeVmInstance', String(call.params.uuid));
  patchRow(sim, 'VmInstance', vm.uuid, { state: 'Expunging' });
  try {
    await pause(call, timings.vmExpunge);
  } catch (error) {
    if (getVm(sim, vm.uuid)) patchRow(sim, 'VmInstance', vm.uuid, { state: 'Destroyed' });
    throw error;
  }
  const current = getVm(sim, vm.uuid);
  if (current) sim.store.transaction(() => expungeVmNow(sim, current));
  return {};
}
