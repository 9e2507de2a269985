import { invalidArgument } from '../../core/apiError.ts';
import type { ApiCall } from '../../core/context.ts';
import { releaseHost, reserveHost, vmDemand } from '../../domain/capacity.ts';
import { configOr, inventoryOf, mustGet, num, patchRow, str } from '../../domain/common.ts';
import type { InstanceOfferingRow, VmRow } from '../../domain/rows.ts';
import { nicsOf } from '../../domain/vmOps.ts';
import { vmError, vmFor } from './vmState.ts';

/** Online CPU/memory change needs `vm/numa` (off by default), and only grows. */
function resize(
  call: ApiCall,
  vm: VmRow,
  cpuNum: number,
  memorySize: number,
  cpuSpeed?: number,
): void {
  const { sim } = call;
  if (vm.state !== 'Stopped' && configOr(sim, 'vm', 'numa', 'false') !== 'true') {
    throw invalidArgument(
      'the VM cannot do online cpu/memory update because of disabling Instance Offering Online Modification. Please stop the VM then do the cpu/memory update again',
    );
  }
  if (vm.state !== 'Stopped' && (cpuNum < vm.cpuNum || memorySize < vm.memorySize)) {
    throw invalidArgument(`can't decrease capacity when vm[uuid:${vm.uuid}] is running`);
  }
  const next = { cpuNum, memorySize, cpuSpeed: cpuSpeed ?? vm.cpuSpeed ?? 0 };
  sim.store.transaction(() => {
    if (vm.hostUuid) {
      const before = vmDemand(sim, vm);
      const after = vmDemand(sim, next);
      releaseHost(sim, vm.hostUuid, before);
      try {
        reserveHost(sim, vm.hostUuid, after);
      } catch (error) {
        reserveHost(sim, vm.hostUuid, before);
        throw vmError('SYS.1006', error);
      }
    }
    patchRow(sim, 'VmInstance', vm.uuid, next);
  });
}

/**
 * ChangeInstanceOffering: Stopped VMs any way; Running ones only with `vm/numa` and only up.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmInstanceApiInterceptor.java
 */
export function changeInstanceOffering(call: ApiCall) {
  const { sim } = call;
  const vm = vmFor(call, 'ChangeInstanceOffering', String(call.params.vmInstanceUuid));
  const offering = mustGet<InstanceOfferingRow>(
    sim.store,
    'InstanceOffering',
    String(call.params.instanceOfferingUuid),
  );
  resize(call, vm, offering.cpuNum, offering.memorySize, offering.cpuSpeed);
  patchRow(sim, 'VmInstance', vm.uuid, { instanceOfferingUuid: offering.uuid });
  return inventoryOf(sim, 'VmInstance', vm.uuid);
}

export function updateVmInstance(call: ApiCall) {
  const { sim } = call;
  const vm = mustGet<VmRow>(sim.store, 'VmInstance', String(call.params.uuid));
  const patch: Record<string, unknown> = {};
  for (const key of ['name', 'description', 'platform', 'guestOsType'] as const) {
    if (typeof call.params[key] === 'string') patch[key] = call.params[key];
  }
  const defaultL3 = str(call, 'defaultL3NetworkUuid');
  if (defaultL3) {
    if (!nicsOf(sim, vm.uuid).some((n) => n.l3NetworkUuid === defaultL3)) {
      throw invalidArgument(
        `the VM[uuid:${vm.uuid}] has no nic on the L3 network[uuid:${defaultL3}]`,
      );
    }
    patch.defaultL3NetworkUuid = defaultL3;
  }
  const cpuNum = num(call, 'cpuNum');
  const memorySize = num(call, 'memorySize');
  if (cpuNum !== undefined || memorySize !== undefined) {
    resize(call, vm, cpuNum ?? vm.cpuNum, memorySize ?? vm.memorySize);
  }
  patchRow(sim, 'VmInstance', vm.uuid, patch);
  return inventoryOf(sim, 'VmInstance', vm.uuid);
}
