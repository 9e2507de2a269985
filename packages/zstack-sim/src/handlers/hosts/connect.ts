import type { ApiCall, SimContext } from '../../core/context.ts';
import { vmDemand } from '../../domain/capacity.ts';
import { patchRow, pause } from '../../domain/common.ts';
import { hostCpuCapacity, hostProfileOf } from '../../domain/hostProfile.ts';
import type { HostRow, VmRow } from '../../domain/rows.ts';
import { timings } from '../../domain/timings.ts';

/**
 * The simulated KVM connect flow: SSH check, agent deployment (ansible), agent echo, host facts,
 * capacity sync. Each step reports progress; nothing is dialled.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/kvm/src/main/java/org/zstack/kvm/KVMHost.java
 */
const steps = [
  'check SSH connection',
  'deploy kvm agent',
  'wait for agent to start',
  'collect host facts',
  'sync host capacity',
] as const;

export async function runConnectFlow(call: ApiCall, hostUuid: string): Promise<void> {
  const per = timings.hostConnect / steps.length;
  for (const [i, step] of steps.entries()) {
    call.progress(Math.round((i * 100) / steps.length), step);
    await pause(call, per);
  }
  call.progress(100, 'connected');
  syncHostFacts(call.sim, hostUuid);
}

/** Sets the host's facts and capacity from its profile; VMs placed on it keep their share. */
export function syncHostFacts(sim: SimContext, hostUuid: string): void {
  const host = sim.store.get('Host', hostUuid) as HostRow | undefined;
  if (!host) return;
  const profile = hostProfileOf(host.managementIp);
  const totalCpu = hostCpuCapacity(sim, profile);
  let usedCpu = 0;
  let usedMemory = 0;
  for (const vm of sim.store.find('VmInstance', { hostUuid }) as VmRow[]) {
    const demand = vmDemand(sim, vm);
    usedCpu += demand.cpu;
    usedMemory += demand.memory;
  }
  patchRow(sim, 'Host', hostUuid, {
    status: 'Connected',
    cpuNum: profile.cpuNum,
    cpuSockets: profile.cpuSockets,
    totalCpuCapacity: totalCpu,
    availableCpuCapacity: totalCpu - usedCpu,
    totalMemoryCapacity: profile.memory,
    availableMemoryCapacity: profile.memory - usedMemory,
    osDistribution: profile.osDistribution,
    osRelease: profile.osRelease,
    osVersion: profile.osVersion,
    architecture: profile.architecture,
  });
}
