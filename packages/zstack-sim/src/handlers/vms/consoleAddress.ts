import { operationError } from '../../core/apiError.ts';
import type { ApiCall } from '../../core/context.ts';
import { mustGet } from '../../domain/common.ts';
import type { HostRow, VmRow } from '../../domain/rows.ts';
import { vmFor } from './vmState.ts';

/** The first VNC display port libvirt hands out (`-vnc :0`). */
const firstVncPort = 5900;

/**
 * GetVmConsoleAddress: the VNC endpoint of a VM on its KVM host. VmInstanceBase checks the VM
 * state (SYS.1006 caused by VM.1010 outside Running and Crashed), then asks the host's agent;
 * KVMHost answers with the host's managementIp and the agent's port and protocol.
 *
 * The simulator has no libvirt, so the port is derived the way libvirt's autoport assigns
 * displays — the lowest free one from 5900 — from the VM's rank among the VMs holding a display
 * on the host (ordered by uuid, so the answer is stable across calls).
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmInstanceBase.java (handle APIGetVmConsoleAddressMsg)
 * @see https://github.com/zstackio/zstack/blob/master/plugin/kvm/src/main/java/org/zstack/kvm/KVMHost.java (handle GetVmConsoleAddressFromHostMsg)
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIGetVmConsoleAddressReply.java
 */
export function getVmConsoleAddress(call: ApiCall) {
  const { sim } = call;
  const vm = vmFor(call, 'GetVmConsoleAddress', String(call.params.uuid));
  const host = mustGet<HostRow>(sim.store, 'Host', String(vm.hostUuid));
  if (host.status !== 'Connected') {
    // The agent call fails before any port is read.
    throw operationError(
      `the host[uuid:${host.uuid}, status:${host.status}] is not Connected, unable to get the console address of vm[uuid:${vm.uuid}]`,
    );
  }
  const withDisplay = (sim.store.find('VmInstance', { hostUuid: host.uuid }) as VmRow[])
    .filter((other) => displayStates.has(other.state))
    .map((other) => other.uuid)
    .sort();
  return {
    hostIp: host.managementIp,
    port: firstVncPort + withDisplay.indexOf(vm.uuid),
    protocol: 'vnc',
    success: true,
  };
}

/** States whose qemu process holds a VNC display. */
const displayStates = new Set(['Running', 'Crashed', 'Paused', 'Migrating', 'Rebooting']);
