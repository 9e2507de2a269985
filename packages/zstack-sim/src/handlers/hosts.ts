import { operationError } from '../core/apiError.ts';
import type { ApiCall, HandlerTable, SimContext } from '../core/context.ts';
import { cascadeDeleteHost } from '../domain/cascades.ts';
import { inventoryOf, mustGet, num, patchRow, pause } from '../domain/common.ts';
import type { HostRow } from '../domain/rows.ts';
import { hostTable } from '../domain/tables/infra.ts';
import { timings } from '../domain/timings.ts';
import { runHostConnectHooks } from '../gc/hostEvents.ts';
import type { TableSpec } from '../store/types.ts';
import { addKvmHost, checkManagementIp, reconnectHost } from './hosts/add.ts';
import { syncHostFacts } from './hosts/connect.ts';
import { changeHostState } from './hosts/state.ts';

/**
 * KVM hosts.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/host/HostBase.java
 */
export const tables: TableSpec[] = [hostTable];

function updateHost(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  const host = mustGet<HostRow>(sim.store, 'Host', uuid);
  const patch: Record<string, unknown> = {};
  for (const key of ['name', 'description', 'username', 'password'] as const) {
    if (typeof call.params[key] === 'string') patch[key] = call.params[key];
  }
  const sshPort = num(call, 'sshPort');
  if (sshPort !== undefined) patch.sshPort = sshPort;
  const ip = call.params.managementIp;
  if (typeof ip === 'string' && ip !== host.managementIp) {
    checkManagementIp(call, ip, uuid);
    patch.managementIp = ip;
  }
  patchRow(sim, 'Host', uuid, patch);
  return inventoryOf(sim, 'Host', uuid);
}

async function deleteHost(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  const host = sim.store.get('Host', uuid) as HostRow | undefined;
  if (!host) return {};
  if (host.state === 'PreMaintenance') {
    throw operationError(`host[uuid:${uuid}] is entering maintenance mode, cannot delete it now`);
  }
  await pause(call, timings.quick);
  // On a lost host the cascade's stops leave GC jobs, which the deletion then runs.
  sim.store.transaction(() => cascadeDeleteHost(sim, uuid));
  return {};
}

export const handlers: HandlerTable = {
  AddKVMHost: addKvmHost,
  ReconnectHost: reconnectHost,
  ChangeHostState: changeHostState,
  UpdateHost: updateHost,
  UpdateKVMHost: updateHost,
  DeleteHost: deleteHost,
};

/**
 * After a restart: hosts caught Connecting finish connecting (the agent is simulated and
 * always answers); a PreMaintenance host whose migrations were cut short returns to Enabled.
 */
export function reconcile(sim: SimContext): void {
  sim.store.transaction(() => {
    for (const host of sim.store.find('Host', { status: 'Connecting' }) as HostRow[]) {
      syncHostFacts(sim, host.uuid);
      runHostConnectHooks(sim, host.uuid);
    }
    for (const host of sim.store.find('Host', { state: 'PreMaintenance' }) as HostRow[]) {
      patchRow(sim, 'Host', host.uuid, { state: 'Enabled' });
    }
  });
}
