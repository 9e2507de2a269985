import type { ApiCall, HandlerTable } from '../core/context.ts';
import { cascadeDeleteZone } from '../domain/cascades.ts';
import { insertRow, inventoryOf, mustGet, patchRow, pause, str } from '../domain/common.ts';
import { enableDisable } from '../domain/stateEvents.ts';
import { zoneTable } from '../domain/tables/infra.ts';
import { timings } from '../domain/timings.ts';
import type { TableSpec } from '../store/types.ts';

/**
 * Zones.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/zone/ZoneBase.java
 */
export const tables: TableSpec[] = [zoneTable];

async function createZone(call: ApiCall) {
  const { sim } = call;
  await pause(call, timings.zoneOrCluster);
  const row = insertRow(sim, 'Zone', {
    ...(str(call, 'resourceUuid') ? { uuid: str(call, 'resourceUuid') } : {}),
    name: str(call, 'name'),
    description: str(call, 'description'),
    state: 'Enabled',
    type: 'zstack',
    isDefault: call.params.isDefault === true,
  });
  return inventoryOf(sim, 'Zone', row.uuid);
}

function updateZone(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGet(sim.store, 'Zone', uuid);
  const patch: Record<string, unknown> = {};
  for (const key of ['name', 'description'] as const) {
    if (call.params[key] !== undefined) patch[key] = call.params[key];
  }
  if (typeof call.params.isDefault === 'boolean') patch.isDefault = call.params.isDefault;
  patchRow(sim, 'Zone', uuid, patch);
  return inventoryOf(sim, 'Zone', uuid);
}

function changeZoneState(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGet(sim.store, 'Zone', uuid);
  patchRow(sim, 'Zone', uuid, { state: enableDisable(call.params.stateEvent) });
  return inventoryOf(sim, 'Zone', uuid);
}

async function deleteZone(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  if (!sim.store.get('Zone', uuid)) return {};
  await pause(call, timings.zoneOrCluster);
  sim.store.transaction(() => cascadeDeleteZone(sim, uuid));
  return {};
}

export const handlers: HandlerTable = {
  CreateZone: createZone,
  UpdateZone: updateZone,
  ChangeZoneState: changeZoneState,
  DeleteZone: deleteZone,
};
