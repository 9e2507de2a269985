import type { SimContext } from '../core/context.ts';
import { placeVm } from '../domain/allocation.ts';
import { reserveHost, vmDemand } from '../domain/capacity.ts';
import { adminAccountUuid, insertRow, nowMs, patchRow } from '../domain/common.ts';
import type { ImageRow, InstanceOfferingRow, VmRow } from '../domain/rows.ts';
import { writeTag } from '../domain/systemTags.ts';
import {
  createNic,
  createVolume,
  instantiateVolume,
  nextInternalId,
} from '../handlers/vms/build.ts';

const admin = adminAccountUuid;

export interface SeedVm {
  name: string;
  imageUuid: string;
  offeringUuid: string;
  l3Uuids: string[];
  state: 'Running' | 'Stopped' | 'Destroyed';
  clusterUuid?: string;
  dataDiskOfferingUuids?: string[];
  systemTags?: string[];
  /** How long ago it was created, in ms. */
  age: number;
}

/** A VM placed by the real allocator, with NICs, volumes and (when Running) host capacity. */
export function seedVm(sim: SimContext, spec: SeedVm): string {
  const image = sim.store.get('Image', spec.imageUuid) as ImageRow;
  const offering = sim.store.get('InstanceOffering', spec.offeringUuid) as InstanceOfferingRow;
  const disks = (spec.dataDiskOfferingUuids ?? []).map((u) =>
    Number(sim.store.get('DiskOffering', u)?.diskSize),
  );
  const demand = vmDemand(sim, offering);
  const placement = placeVm(sim, {
    l3Uuids: spec.l3Uuids,
    demand,
    newVolumeBytes: image.size + disks.reduce((a, b) => a + b, 0),
    clusterUuid: spec.clusterUuid,
  });
  const created = nowMs(sim) - spec.age;
  const vm = insertRow(
    sim,
    'VmInstance',
    {
      name: spec.name,
      zoneUuid: placement.host.zoneUuid,
      clusterUuid: placement.host.clusterUuid,
      imageUuid: image.uuid,
      instanceOfferingUuid: offering.uuid,
      defaultL3NetworkUuid: spec.l3Uuids[0],
      type: 'UserVm',
      hypervisorType: 'KVM',
      cpuNum: offering.cpuNum,
      cpuSpeed: offering.cpuSpeed ?? 0,
      memorySize: offering.memorySize,
      reservedMemorySize: 0,
      allocatorStrategy: 'LeastVmPreferredHostAllocatorStrategy',
      platform: 'Linux',
      architecture: 'x86_64',
      state: spec.state,
      lastHostUuid: placement.host.uuid,
      internalId: nextInternalId(sim),
      createDate: created,
      lastOpDate: created,
    },
    admin,
  ) as VmRow;
  spec.l3Uuids.forEach((l3, i) => {
    createNic(sim, vm, l3, i, admin);
  });
  const root = createVolume(
    sim,
    {
      name: `ROOT-for-${spec.name}`,
      type: 'Root',
      size: image.size,
      actualSize: image.actualSize,
      deviceId: 0,
      vmInstanceUuid: vm.uuid,
      rootImageUuid: image.uuid,
    },
    admin,
  );
  const ps = placement.primaryStorage;
  if (ps) instantiateVolume(sim, root, ps, placement.host);
  disks.forEach((size, i) => {
    const data = createVolume(
      sim,
      {
        name: `DATA-for-${spec.name}`,
        type: 'Data',
        size,
        actualSize: 0,
        deviceId: i + 1,
        vmInstanceUuid: vm.uuid,
        diskOfferingUuid: spec.dataDiskOfferingUuids?.[i],
      },
      admin,
    );
    if (ps) instantiateVolume(sim, data, ps, placement.host);
  });
  if (spec.state === 'Running') {
    reserveHost(sim, placement.host.uuid, demand);
    patchRow(sim, 'VmInstance', vm.uuid, { hostUuid: placement.host.uuid });
  }
  patchRow(sim, 'VmInstance', vm.uuid, { rootVolumeUuid: root.uuid });
  for (const tag of spec.systemTags ?? []) writeTag(sim, 'System', vm.uuid, 'VmInstanceVO', tag);
  return vm.uuid;
}
