import { invalidArgument } from '../core/apiError.ts';
import type { ApiCall, HandlerTable } from '../core/context.ts';
import {
  insertRow,
  inventoryOf,
  mustGet,
  num,
  ownerOf,
  patchRow,
  pause,
  str,
} from '../domain/common.ts';
import { enableDisable } from '../domain/stateEvents.ts';
import { diskOfferingTable, instanceOfferingTable } from '../domain/tables/offerings.ts';
import { timings } from '../domain/timings.ts';
import type { TableSpec } from '../store/types.ts';

/**
 * Instance and disk offerings. Deleting an instance offering leaves its VMs running with
 * their CPU/memory and no offering (VmCascadeExtension OP_REMOVE_INSTANCE_OFFERING).
 *
 * @see https://github.com/zstackio/zstack/blob/master/configuration/src/main/java/org/zstack/configuration/ConfigurationApiInterceptor.java
 * @see https://github.com/zstackio/zstack/blob/master/configuration/src/main/java/org/zstack/configuration/InstanceOfferingBase.java
 */
export const tables: TableSpec[] = [instanceOfferingTable, diskOfferingTable];

async function createInstanceOffering(call: ApiCall) {
  const { sim } = call;
  const cpuNum = num(call, 'cpuNum') ?? 0;
  const memorySize = num(call, 'memorySize') ?? 0;
  if (cpuNum < 1 || cpuNum > 1024)
    throw invalidArgument(`cpuNum[${cpuNum}] must be in range [1, 1024]`);
  if (memorySize < 1) throw invalidArgument(`memorySize[${memorySize}] must be greater than 0`);
  await pause(call, timings.quick);
  const row = insertRow(
    sim,
    'InstanceOffering',
    {
      ...(str(call, 'resourceUuid') ? { uuid: str(call, 'resourceUuid') } : {}),
      name: str(call, 'name'),
      description: str(call, 'description'),
      cpuNum,
      cpuSpeed: num(call, 'cpuSpeed') ?? 0,
      memorySize,
      reservedMemorySize: num(call, 'reservedMemorySize') ?? 0,
      type: str(call, 'type') ?? 'UserVm',
      allocatorStrategy: str(call, 'allocatorStrategy') ?? 'LeastVmPreferredHostAllocatorStrategy',
      sortKey: num(call, 'sortKey') ?? 0,
      state: 'Enabled',
    },
    ownerOf(call),
  );
  return inventoryOf(sim, 'InstanceOffering', row.uuid);
}

async function createDiskOffering(call: ApiCall) {
  const { sim } = call;
  const diskSize = num(call, 'diskSize') ?? 0;
  if (diskSize < 1) throw invalidArgument(`diskSize[${diskSize}] must be greater than 0`);
  await pause(call, timings.quick);
  const row = insertRow(
    sim,
    'DiskOffering',
    {
      ...(str(call, 'resourceUuid') ? { uuid: str(call, 'resourceUuid') } : {}),
      name: str(call, 'name'),
      description: str(call, 'description'),
      diskSize,
      sortKey: num(call, 'sortKey') ?? 0,
      type: str(call, 'type') ?? 'zstack',
      allocatorStrategy:
        str(call, 'allocationStrategy') ?? 'DefaultPrimaryStorageAllocationStrategy',
      state: 'Enabled',
    },
    ownerOf(call),
  );
  return inventoryOf(sim, 'DiskOffering', row.uuid);
}

function update(table: string) {
  return (call: ApiCall) => {
    const uuid = String(call.params.uuid);
    mustGet(call.sim.store, table, uuid);
    const patch: Record<string, unknown> = {};
    for (const key of ['name', 'description'] as const) {
      if (typeof call.params[key] === 'string') patch[key] = call.params[key];
    }
    patchRow(call.sim, table, uuid, patch);
    return inventoryOf(call.sim, table, uuid);
  };
}

function changeState(table: string) {
  return (call: ApiCall) => {
    const uuid = String(call.params.uuid);
    mustGet(call.sim.store, table, uuid);
    patchRow(call.sim, table, uuid, { state: enableDisable(call.params.stateEvent) });
    return inventoryOf(call.sim, table, uuid);
  };
}

function remove(table: string, vmColumn?: string) {
  return async (call: ApiCall) => {
    const { sim } = call;
    const uuid = String(call.params.uuid);
    if (!sim.store.get(table, uuid)) return {};
    await pause(call, timings.quick);
    sim.store.transaction(() => {
      if (vmColumn) {
        for (const vm of sim.store.find('VmInstance', { [vmColumn]: uuid })) {
          patchRow(sim, 'VmInstance', String(vm.uuid), { [vmColumn]: null });
        }
      }
      sim.store.remove(table, uuid);
    });
    return {};
  };
}

export const handlers: HandlerTable = {
  CreateInstanceOffering: createInstanceOffering,
  UpdateInstanceOffering: update('InstanceOffering'),
  ChangeInstanceOfferingState: changeState('InstanceOffering'),
  DeleteInstanceOffering: remove('InstanceOffering', 'instanceOfferingUuid'),
  CreateDiskOffering: createDiskOffering,
  UpdateDiskOffering: update('DiskOffering'),
  ChangeDiskOfferingState: changeState('DiskOffering'),
  DeleteDiskOffering: remove('DiskOffering'),
};
