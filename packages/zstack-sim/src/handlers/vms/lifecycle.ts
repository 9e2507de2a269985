import type { ApiCall, SimContext } from '../../core/context.ts';
import { inventoryOf, patchRow, pause } from '../../domain/common.ts';
import type { VmRow } from '../../domain/rows.ts';
import { timings } from '../../domain/timings.ts';
import { destroyVmNow, expungeVmNow, getVm, vmDeletionPolicy } from '../../domain/vmOps.ts';
import { lostHostOf } from '../../gc/hostEvents.ts';
import { onGcVmDeleted, scheduleVmGc } from '../../gc/jobs.ts';
import { onVmExpunged, onVmStateChanged } from '../../network/cascades.ts';
import { dropDhcpEntries } from '../../vr/dhcp.ts';
import { isAppliance } from '../../vr/lifecycle.ts';
import { vmError, vmFor } from './vmState.ts';

/**
 * Destroy, recover, expunge. `vm/deletionPolicy`: Delay (default) and Never leave the VM
 * Destroyed (recoverable; its IPs and volumes kept), Direct expunges at once. Expunge frees
 * IPs, deletes the root volume and the row; data volumes are detached and survive.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmInstanceDeletionPolicyManager.java
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmInstanceBase.java
 * @see https://github.com/zstackio/zstack/blob/1.2.x/compute/src/main/java/org/zstack/compute/vm/VmDestroyOnHypervisorFlow.java
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
  if (current) sim.store.transaction(() => destroyNow(sim, current));
  return {};
}

/**
 * The destroy's effects: an appliance VM is always expunged (IPs, capacity and root volume
 * freed); a user VM follows `vm/deletionPolicy`. When the host is not Connected the hypervisor
 * part is left to an event-based GC job and the destroy still succeeds.
 */
function destroyNow(sim: SimContext, vm: VmRow): void {
  const lost = lostHostOf(sim, vm);
  const policy = vmDeletionPolicy(sim);
  if (isAppliance(vm) || policy === 'Direct') expungeVm(sim, vm);
  else {
    destroyVmNow(sim, vm, policy);
    onVmStateChanged(sim, vm.uuid, true);
  }
  if (lost) scheduleVmGc(sim, 'DeleteVm', vm.uuid, lost.uuid);
}

/** Expunges with the network-service and GC bookkeeping (a stop job waiting on the VM runs). */
function expungeVm(sim: SimContext, vm: VmRow): void {
  onVmExpunged(sim, vm.uuid);
  dropDhcpEntries(sim, vm.uuid);
  expungeVmNow(sim, vm);
  onGcVmDeleted(sim, vm.uuid);
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
  if (current) sim.store.transaction(() => expungeVm(sim, current));
  return {};
}
