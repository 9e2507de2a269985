import { invalidArgument } from '../core/apiError.ts';
import type { ApiCall, HandlerTable } from '../core/context.ts';
import { cascadeDeleteCluster } from '../domain/cascades.ts';
import { insertRow, inventoryOf, mustGet, patchRow, pause, str } from '../domain/common.ts';
import { enableDisable } from '../domain/stateEvents.ts';
import { clusterTable } from '../domain/tables/infra.ts';
import { timings } from '../domain/timings.ts';
import type { TableSpec } from '../store/types.ts';

/**
 * Clusters. Attaching primary storage and L2 networks lives in their sections.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/cluster/ClusterBase.java
 */
export const tables: TableSpec[] = [clusterTable];

const hypervisorTypes = ['KVM', 'Simulator'];

async function createCluster(call: ApiCall) {
  const { sim } = call;
  const zoneUuid = String(call.params.zoneUuid);
  mustGet(sim.store, 'Zone', zoneUuid);
  const hypervisorType = String(call.params.hypervisorType ?? 'KVM');
  if (!hypervisorTypes.includes(hypervisorType)) {
    throw invalidArgument(
      `unknown hypervisor type[${hypervisorType}], valid types are ${JSON.stringify(hypervisorTypes)}`,
    );
  }
  await pause(call, timings.zoneOrCluster);
  const row = insertRow(sim, 'Cluster', {
    ...(str(call, 'resourceUuid') ? { uuid: str(call, 'resourceUuid') } : {}),
    name: str(call, 'name'),
    description: str(call, 'description'),
    zoneUuid,
    hypervisorType,
    type: str(call, 'type') ?? 'zstack',
    architecture: str(call, 'architecture') ?? 'x86_64',
    state: 'Enabled',
  });
  return inventoryOf(sim, 'Cluster', row.uuid);
}

function updateCluster(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGet(sim.store, 'Cluster', uuid);
  const patch: Record<string, unknown> = {};
  for (const key of ['name', 'description'] as const) {
    if (call.params[key] !== undefined) patch[key] = call.params[key];
  }
  patchRow(sim, 'Cluster', uuid, patch);
  return inventoryOf(sim, 'Cluster', uuid);
}

function changeClusterState(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGet(sim.store, 'Cluster', uuid);
  patchRow(sim, 'Cluster', uuid, { state: enableDisable(call.params.stateEvent) });
  return inventoryOf(sim, 'Cluster', uuid);
}

async function deleteCluster(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  if (!sim.store.get('Cluster', uuid)) return {};
  await pause(call, timings.zoneOrCluster);
  sim.store.transaction(() => cascadeDeleteCluster(sim, uuid));
  return {};
}

export const handlers: HandlerTable = {
  CreateCluster: createCluster,
  UpdateCluster: updateCluster,
  ChangeClusterState: changeClusterState,
  DeleteCluster: deleteCluster,
};
