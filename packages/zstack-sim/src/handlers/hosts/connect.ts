import { ApiError } from '../../core/apiError.ts';
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
    if (step === 'wait for agent to start') checkAgentReachable(call.sim, hostUuid);
  }
  call.progress(100, 'connected');
  syncHostFacts(call.sim, hostUuid);
}

/**
 * A host whose agent the control API took away does not answer the agent echo: the connect
 * fails as KVMHost's does, HOST.1002 UNABLE_TO_RECONNECT_HOST caused by HOST.1003.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/host/HostBase.java (reconnect)
 * @see https://github.com/zstackio/zstack/blob/master/conf/errorCodes/host.xml
 */
function checkAgentReachable(sim: SimContext, hostUuid: string): void {
  const host = sim.store.get('Host', hostUuid) as HostRow | undefined;
  if (!host?.agentLost) return;
  const details = `unable to connect to kvm host[uuid:${host.uuid}, ip:${host.managementIp}, url:http://${host.managementIp}:7070/host/echo], because Connection refused`;
  throw new ApiError('HOST.1002', details, {
    code: 'HOST.1003',
    description: 'An error happened when connecting to host',
    details,
  });
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
