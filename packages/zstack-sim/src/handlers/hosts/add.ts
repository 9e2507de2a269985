import { invalidArgument, operationError } from '../../core/apiError.ts';
import type { ApiCall } from '../../core/context.ts';
import { insertRow, inventoryOf, mustGet, num, patchRow, str } from '../../domain/common.ts';
import { isIpv4 } from '../../domain/ip.ts';
import type { ClusterRow, HostRow } from '../../domain/rows.ts';
import { disconnectHost, runHostConnectHooks } from '../../gc/hostEvents.ts';
import { runConnectFlow } from './connect.ts';

const hostname =
  /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** HostApiInterceptor's managementIp checks. */
export function checkManagementIp(call: ApiCall, ip: string, selfUuid?: string): void {
  if (!isIpv4(ip) && (!hostname.test(ip) || /^[\d.]+$/.test(ip))) {
    throw invalidArgument(`managementIp[${ip}] is neither an IPv4 address nor a valid hostname`);
  }
  const clash = call.sim.store.find('Host', { managementIp: ip }).find((h) => h.uuid !== selfUuid);
  if (clash) throw invalidArgument(`there has been a host having managementIp[${ip}]`);
}

/**
 * AddKVMHost: the host appears at once as Connecting, the connect flow runs with progress,
 * and a failed or cancelled add removes it again, as ZStack does.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/host/HostApiInterceptor.java
 * @see https://github.com/zstackio/zstack/blob/master/plugin/kvm/src/main/java/org/zstack/kvm/KVMHostFactory.java
 */
export async function addKvmHost(call: ApiCall) {
  const { sim } = call;
  const cluster = mustGet<ClusterRow>(sim.store, 'Cluster', String(call.params.clusterUuid));
  const managementIp = String(call.params.managementIp ?? '').trim();
  checkManagementIp(call, managementIp);
  if (cluster.hypervisorType !== 'KVM') {
    throw operationError(
      `cluster[uuid:${cluster.uuid}] is of hypervisor type ${cluster.hypervisorType}, cannot add a KVM host`,
    );
  }
  const row = insertRow(sim, 'Host', {
    ...(str(call, 'resourceUuid') ? { uuid: str(call, 'resourceUuid') } : {}),
    name: str(call, 'name'),
    description: str(call, 'description'),
    zoneUuid: cluster.zoneUuid,
    clusterUuid: cluster.uuid,
    managementIp,
    hypervisorType: 'KVM',
    state: 'Enabled',
    status: 'Connecting',
    totalCpuCapacity: 0,
    availableCpuCapacity: 0,
    totalMemoryCapacity: 0,
    availableMemoryCapacity: 0,
    username: str(call, 'username') ?? 'root',
    password: str(call, 'password'),
    sshPort: num(call, 'sshPort') ?? 22,
  });
  try {
    await runConnectFlow(call, row.uuid);
  } catch (error) {
    if (sim.store.get('Host', row.uuid)) sim.store.remove('Host', row.uuid);
    throw error;
  }
  return inventoryOf(sim, 'Host', row.uuid);
}

/**
 * ReconnectHost: Connecting → Connected, capacity re-synced from the agent's facts, then the
 * host-connect hooks (VM sync, Flat services re-applied, GC jobs). A failed reconnect leaves the
 * host Disconnected with its VMs Unknown.
 */
export async function reconnectHost(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  const host = mustGet<HostRow>(sim.store, 'Host', uuid);
  if (host.status === 'Connecting') {
    throw operationError(`host[uuid:${uuid}] is connecting, cannot reconnect it now`);
  }
  patchRow(sim, 'Host', uuid, { status: 'Connecting' });
  try {
    await runConnectFlow(call, uuid);
  } catch (error) {
    if (sim.store.get('Host', uuid)) disconnectHost(sim, uuid, 'connectFailed');
    throw error;
  }
  runHostConnectHooks(sim, uuid);
  return inventoryOf(sim, 'Host', uuid);
}
