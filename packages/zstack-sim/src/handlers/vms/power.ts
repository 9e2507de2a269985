import type { ApiCall } from '../../core/context.ts';
import { inventoryOf, patchRow, str } from '../../domain/common.ts';
import { timings } from '../../domain/timings.ts';
import { getVm, leaveHost } from '../../domain/vmOps.ts';
import { hostNotConnectedError, lostHostOf } from '../../gc/hostEvents.ts';
import { onVmStateChanged } from '../../network/cascades.ts';
import { afterVmRunning, ensureVirtualRouters } from '../../vr/lifecycle.ts';
import { awaitTransition, occupyHost, planStart } from './startFlow.ts';
import { vmError, vmFor } from './vmState.ts';

/**
 * Start, stop and reboot. A Stopped VM holds no host capacity: start reserves it (allocating a
 * host again, honouring clusterUuid/hostUuid), stop returns it.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmInstanceBase.java
 */
export async function startVmInstance(call: ApiCall) {
  const { sim } = call;
  const vm = vmFor(call, 'StartVmInstance', String(call.params.uuid));
  if (vm.state === 'Running') return inventoryOf(sim, 'VmInstance', vm.uuid);
  let placement: ReturnType<typeof planStart>;
  try {
    placement = planStart(sim, vm, {
      clusterUuid: str(call, 'clusterUuid'),
      hostUuid: str(call, 'hostUuid'),
    });
  } catch (error) {
    throw vmError('VM.1001', error);
  }
  occupyHost(sim, vm, placement);
  try {
    await ensureVirtualRouters(call, vm.uuid);
    await awaitTransition(call, vm.uuid, 'Starting', timings.vmStart);
  } catch (error) {
    const current = getVm(sim, vm.uuid);
    if (current?.state === 'Starting')
      sim.store.transaction(() => leaveHost(sim, current, 'Stopped'));
    throw vmError('VM.1001', error);
  }
  patchRow(sim, 'VmInstance', vm.uuid, { state: 'Running' });
  afterVmRunning(sim, vm.uuid);
  return inventoryOf(sim, 'VmInstance', vm.uuid);
}

/** StopVmInstance: `grace` (default) shuts down through ACPI, `cold` pulls the plug (faster). */
export async function stopVmInstance(call: ApiCall) {
  const { sim } = call;
  const vm = vmFor(call, 'StopVmInstance', String(call.params.uuid));
  if (vm.state === 'Stopped') return inventoryOf(sim, 'VmInstance', vm.uuid);
  // A person's stop is sent to the host and fails there; only cascade stops leave a GC job
  // (VmStopOnHypervisorFlow's gcOnFailure).
  const lost = lostHostOf(sim, vm);
  if (lost) throw vmError('VM.1002', hostNotConnectedError(lost));
  const previous = vm.state;
  patchRow(sim, 'VmInstance', vm.uuid, { state: 'Stopping' });
  const cold = call.params.type === 'cold';
  try {
    const current = await awaitTransition(
      call,
      vm.uuid,
      'Stopping',
      cold ? timings.vmColdStop : timings.vmStop,
    );
    sim.store.transaction(() => {
      leaveHost(sim, current, 'Stopped');
      onVmStateChanged(sim, vm.uuid, true);
    });
  } catch (error) {
    if (getVm(sim, vm.uuid)?.state === 'Stopping')
      patchRow(sim, 'VmInstance', vm.uuid, { state: previous });
    throw vmError('VM.1002', error);
  }
  return inventoryOf(sim, 'VmInstance', vm.uuid);
}

export async function rebootVmInstance(call: ApiCall) {
  const { sim } = call;
  const vm = vmFor(call, 'RebootVmInstance', String(call.params.uuid));
  patchRow(sim, 'VmInstance', vm.uuid, { state: 'Rebooting' });
  try {
    await awaitTransition(call, vm.uuid, 'Rebooting', timings.vmReboot);
  } catch (error) {
    if (getVm(sim, vm.uuid)?.state === 'Rebooting')
      patchRow(sim, 'VmInstance', vm.uuid, { state: vm.state });
    throw vmError('VM.1003', error);
  }
  patchRow(sim, 'VmInstance', vm.uuid, { state: 'Running' });
  afterVmRunning(sim, vm.uuid, true);
  return inventoryOf(sim, 'VmInstance', vm.uuid);
}
