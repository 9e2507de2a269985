import type { ApiCall } from '../../core/context.ts';
import { type Placement, placeVm } from '../../domain/allocation.ts';
import { vmDemand } from '../../domain/capacity.ts';
import { insertRow, inventoryOf, ownerOf, patchRow, str } from '../../domain/common.ts';
import type { VmRow } from '../../domain/rows.ts';
import { timings } from '../../domain/timings.ts';
import { expungeVmNow, getVm } from '../../domain/vmOps.ts';
import { afterVmRunning, ensureVirtualRouters } from '../../vr/lifecycle.ts';
import { createNic, createVolume, nextInternalId } from './build.ts';
import { type CreateVmInput, checkCreateVm } from './createChecks.ts';
import { awaitTransition, instantiatePending, occupyHost } from './startFlow.ts';
import { vmError } from './vmState.ts';
import { parseVmTags, saveVmTags } from './vmTags.ts';

function place(call: ApiCall, input: CreateVmInput): Placement {
  const newVolumeBytes = input.rootSize + input.dataDisks.reduce((sum, d) => sum + d.size, 0);
  try {
    return placeVm(call.sim, {
      l3Uuids: input.l3Uuids,
      demand: vmDemand(call.sim, input),
      newVolumeBytes,
      zoneUuid: str(call, 'zoneUuid'),
      clusterUuid: str(call, 'clusterUuid'),
      hostUuid: str(call, 'hostUuid'),
      primaryStorageUuid: str(call, 'primaryStorageUuidForRootVolume'),
    });
  } catch (error) {
    throw vmError('VM.1000', error);
  }
}

function createRows(
  call: ApiCall,
  input: CreateVmInput,
  tags: ReturnType<typeof parseVmTags>,
): VmRow {
  const { sim } = call;
  const owner = ownerOf(call);
  const internalId = nextInternalId(sim);
  const vm = insertRow(
    sim,
    'VmInstance',
    {
      ...(str(call, 'resourceUuid') ? { uuid: str(call, 'resourceUuid') } : {}),
      name: input.name,
      description: str(call, 'description'),
      imageUuid: input.image.uuid,
      instanceOfferingUuid: input.instanceOfferingUuid,
      defaultL3NetworkUuid: input.defaultL3Uuid,
      type: str(call, 'type') ?? 'UserVm',
      hypervisorType: 'KVM',
      cpuNum: input.cpuNum,
      cpuSpeed: input.cpuSpeed,
      memorySize: input.memorySize,
      reservedMemorySize: 0,
      allocatorStrategy: 'LeastVmPreferredHostAllocatorStrategy',
      platform: str(call, 'platform') ?? input.image.platform ?? 'Linux',
      guestOsType: str(call, 'guestOsType') ?? input.image.guestOsType,
      architecture: input.image.architecture ?? 'x86_64',
      state: 'Created',
      internalId,
    },
    owner,
  ) as VmRow;
  input.l3Uuids.forEach((l3, i) => {
    createNic(sim, vm, l3, i, owner, tags.staticIps.get(l3));
  });
  const root = createVolume(
    sim,
    {
      name: `ROOT-for-${input.name}`,
      type: 'Root',
      size: input.rootSize,
      actualSize: input.image.actualSize,
      deviceId: 0,
      vmInstanceUuid: vm.uuid,
      rootImageUuid: input.image.uuid,
      diskOfferingUuid: input.rootDiskOfferingUuid,
    },
    owner,
  );
  input.dataDisks.forEach((disk, i) => {
    createVolume(
      sim,
      {
        name: `DATA-for-${input.name}`,
        type: 'Data',
        size: disk.size,
        actualSize: 0,
        deviceId: i + 1,
        vmInstanceUuid: vm.uuid,
        diskOfferingUuid: disk.diskOfferingUuid,
      },
      owner,
    );
  });
  patchRow(sim, 'VmInstance', vm.uuid, { rootVolumeUuid: root.uuid });
  saveVmTags(sim, vm.uuid, tags);
  return getVm(sim, vm.uuid) as VmRow;
}

/**
 * CreateVmInstance: interceptor checks, host + primary storage + IP allocation, then
 * Created → Starting → Running (InstantStart), Stopped (CreateStopped, volumes on storage but no
 * host capacity held) or Created (JustCreate, nothing instantiated). Any failure rolls back.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmInstanceManagerImpl.java
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmAllocateHostAndPrimaryStorageFlow.java
 */
export async function createVmInstance(call: ApiCall) {
  const { sim } = call;
  const input = checkCreateVm(call);
  const tags = parseVmTags(sim, call.systemTags, input.l3Uuids);
  const placement = input.strategy === 'JustCreate' ? undefined : place(call, input);
  const vm = sim.store.transaction(() => createRows(call, input, tags));
  try {
    if (placement && input.strategy === 'CreateStopped') {
      sim.store.transaction(() => {
        instantiatePending(sim, vm, placement);
        patchRow(sim, 'VmInstance', vm.uuid, {
          state: 'Stopped',
          lastHostUuid: placement.host.uuid,
        });
      });
    } else if (placement) {
      call.progress(20, 'allocate host and primary storage');
      occupyHost(sim, vm, placement);
      await ensureVirtualRouters(call, vm.uuid);
      await awaitTransition(call, vm.uuid, 'Starting', timings.vmCreateOverhead + timings.vmStart);
      patchRow(sim, 'VmInstance', vm.uuid, { state: 'Running' });
      afterVmRunning(sim, vm.uuid);
      call.progress(100, 'running');
    }
  } catch (error) {
    const current = getVm(sim, vm.uuid);
    if (current && current.state !== 'Destroyed')
      sim.store.transaction(() => expungeVmNow(sim, current));
    throw vmError('VM.1000', error);
  }
  return inventoryOf(sim, 'VmInstance', vm.uuid);
}
