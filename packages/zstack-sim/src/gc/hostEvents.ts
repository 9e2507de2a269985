import { ApiError } from '../core/apiError.ts';
import type { SimContext } from '../core/context.ts';
import { mustGet, patchRow } from '../domain/common.ts';
import type { HostRow, VmRow } from '../domain/rows.ts';
import { syncHostFacts } from '../handlers/hosts/connect.ts';
import { refreshHostFlatServices } from '../network/flatApplied.ts';
import { refreshDhcpEntries } from '../vr/dhcp.ts';
import { onGcHostEvent } from './jobs.ts';

/**
 * Host connectivity and what hangs on it: VMs go Unknown when their host is lost, and the KVM
 * host-connect hooks run when it comes back (VM state sync, the Flat provider's batch re-apply of
 * DHCP / userdata / EIP, appliance agents, garbage-collector jobs).
 *
 * @see https://github.com/zstackio/zstack/blob/1.2.x/compute/src/main/java/org/zstack/compute/vm/VmInstanceManagerImpl.java
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/kvm/src/main/java/org/zstack/kvm/KVMHost.java
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/flatNetworkProvider/src/main/java/org/zstack/network/service/flat/FlatDhcpBackend.java
 */

/** VM states putVmToUnknownState leaves alone (the VM holds no host, or is already lost). */
const notOnHypervisor = new Set(['Stopped', 'Destroyed', 'Destroying', 'Created', 'Unknown']);

/** HOST.1010 HOST_IS_DISCONNECTED, as HostBase.checkStatus raises it for work sent to the host. */
export function hostNotConnectedError(host: HostRow): ApiError {
  const details = `host[uuid:${host.uuid}, name:${host.name}] is in status[${host.status}], cannot perform required operation`;
  return new ApiError('SYS.1006', details, {
    code: 'HOST.1010',
    description: 'host is disconnected',
    details,
  });
}

/** The VM's host when it is not Connected (work sent to it would fail), else undefined. */
export function lostHostOf(sim: SimContext, vm: VmRow): HostRow | undefined {
  if (!vm.hostUuid) return undefined;
  const host = sim.store.get('Host', vm.hostUuid) as HostRow | undefined;
  return host && host.status !== 'Connected' ? host : undefined;
}

/**
 * The management node lost a host (ping failed): Disconnected; its VMs go Unknown keeping their
 * host and capacity (putVmToUnknownState); its appliance VMs' agents are Disconnected too.
 *
 * `agentLost` (the default: the control API's host-disconnect) also marks the host's agent as
 * unreachable, so an ordinary ReconnectHost keeps failing until {@link reconnectHostNow} brings
 * the agent back; a failed connect flow passes `connectFailed` and leaves the mark as it was.
 */
export function disconnectHost(
  sim: SimContext,
  hostUuid: string,
  cause: 'agentLost' | 'connectFailed' = 'agentLost',
): void {
  mustGet<HostRow>(sim.store, 'Host', hostUuid);
  sim.store.transaction(() => {
    const patch: Record<string, unknown> = { status: 'Disconnected' };
    if (cause === 'agentLost') patch.agentLost = true;
    patchRow(sim, 'Host', hostUuid, patch);
    for (const vm of sim.store.find('VmInstance', { hostUuid }) as VmRow[]) {
      if (notOnHypervisor.has(vm.state)) continue;
      const patch: Record<string, unknown> = { state: 'Unknown' };
      if (vm.type === 'ApplianceVm') patch.status = 'Disconnected';
      patchRow(sim, 'VmInstance', vm.uuid, patch);
    }
  });
}

/**
 * The host-connect hooks, run once a host is Connected again: Unknown VMs synced back to what
 * the hypervisor reports (Running: the simulated hypervisor never lost them), appliance agents
 * Connected, Flat DHCP / userdata / EIP re-applied for its running VMs (allocating an L3's Flat
 * DHCP server IP on first use), DHCP entries re-pushed, and its GC jobs run.
 */
export function runHostConnectHooks(sim: SimContext, hostUuid: string): void {
  sim.store.transaction(() => {
    const vms = sim.store.find('VmInstance', { hostUuid }) as VmRow[];
    for (const vm of vms.filter((v) => v.state === 'Unknown')) {
      const patch: Record<string, unknown> = { state: 'Running' };
      if (vm.type === 'ApplianceVm') patch.status = 'Connected';
      patchRow(sim, 'VmInstance', vm.uuid, patch);
    }
    refreshHostFlatServices(sim, hostUuid);
    for (const vm of sim.store.find('VmInstance', { hostUuid, state: 'Running' }) as VmRow[])
      refreshDhcpEntries(sim, vm.uuid);
    onGcHostEvent(sim, hostUuid);
  });
}

/**
 * The lost host's agent answers again, but the node has not reconnected it yet: the host stays
 * Disconnected until a ReconnectHost (or {@link reconnectHostNow}).
 */
export function restoreHostAgent(sim: SimContext, hostUuid: string): void {
  mustGet<HostRow>(sim.store, 'Host', hostUuid);
  patchRow(sim, 'Host', hostUuid, { agentLost: false });
}

/**
 * Brings a lost host's agent back and reconnects it at once (no simulated wait): facts and
 * capacity synced, hooks run.
 */
export function reconnectHostNow(sim: SimContext, hostUuid: string): void {
  sim.store.transaction(() => {
    restoreHostAgent(sim, hostUuid);
    syncHostFacts(sim, hostUuid);
    runHostConnectHooks(sim, hostUuid);
  });
}
