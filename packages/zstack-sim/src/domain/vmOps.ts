import type { SimContext } from '../core/context.ts';
import { releaseHost, releasePs, vmDemand } from './capacity.ts';
import { patchRow } from './common.ts';
import { releaseIp } from './ipAllocation.ts';
import type { VmNicRow, VmRow, VolumeRow } from './rows.ts';

/**
 * State-changing primitives shared by the VM handlers and the cascades. Each keeps capacity,
 * IPs and volumes consistent in one synchronous step (callers wrap them in a transaction).
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmInstanceBase.java
 */

export function getVm(sim: SimContext, uuid: string): VmRow | undefined {
  return sim.store.get('VmInstance', uuid) as VmRow | undefined;
}

/** Gives the VM's host capacity back and leaves it without a host (Stopped, Destroyed …). */
export function leaveHost(sim: SimContext, vm: VmRow, state: string): void {
  if (vm.hostUuid) releaseHost(sim, vm.hostUuid, vmDemand(sim, vm));
  patchRow(sim, 'VmInstance', vm.uuid, {
    state,
    hostUuid: null,
    lastHostUuid: vm.hostUuid ?? vm.lastHostUuid ?? null,
  });
}

export function nicsOf(sim: SimContext, vmUuid: string): VmNicRow[] {
  return (sim.store.find('VmNic', { vmInstanceUuid: vmUuid }) as VmNicRow[]).sort(
    (a, b) => a.deviceId - b.deviceId,
  );
}

export function volumesOf(sim: SimContext, vmUuid: string): VolumeRow[] {
  return sim.store.find('Volume', { vmInstanceUuid: vmUuid }) as VolumeRow[];
}

/** Removes a NIC and frees its IP; moves the VM's default L3 to the next NIC when needed. */
export function removeNic(sim: SimContext, nic: VmNicRow): void {
  releaseIp(sim, nic.usedIpUuid);
  sim.store.remove('VmNic', nic.uuid);
  const vm = getVm(sim, nic.vmInstanceUuid);
  if (vm && vm.defaultL3NetworkUuid === nic.l3NetworkUuid) {
    const next = nicsOf(sim, vm.uuid)[0];
    patchRow(sim, 'VmInstance', vm.uuid, { defaultL3NetworkUuid: next?.l3NetworkUuid ?? null });
  }
}

/** Deletes a volume row and returns its bytes to its primary storage. */
export function removeVolume(sim: SimContext, volume: VolumeRow): void {
  if (volume.primaryStorageUuid && volume.status !== 'NotInstantiated') {
    releasePs(sim, volume.primaryStorageUuid, volume.size);
  }
  sim.store.remove('Volume', volume.uuid);
  removeTagsOf(sim, volume.uuid);
}

export function removeTagsOf(sim: SimContext, resourceUuid: string): void {
  for (const table of ['SystemTag', 'UserTag']) {
    for (const tag of sim.store.find(table, { resourceUuid })) {
      sim.store.remove(table, String(tag.uuid));
    }
  }
}

/**
 * Expunges a VM: NICs and IPs freed, root volume deleted, data volumes detached (they survive,
 * as VmExpungeRootVolumeFlow deletes only the root), tags and the row removed.
 */
export function expungeVmNow(sim: SimContext, vm: VmRow): void {
  if (vm.hostUuid) releaseHost(sim, vm.hostUuid, vmDemand(sim, vm));
  for (const nic of nicsOf(sim, vm.uuid)) {
    releaseIp(sim, nic.usedIpUuid);
    sim.store.remove('VmNic', nic.uuid);
  }
  for (const volume of volumesOf(sim, vm.uuid)) {
    if (volume.type === 'Root') removeVolume(sim, volume);
    else {
      patchRow(sim, 'Volume', volume.uuid, {
        vmInstanceUuid: null,
        deviceId: null,
        lastVmInstanceUuid: vm.uuid,
        lastDetachDate: sim.clock.now().getTime(),
      });
    }
  }
  removeTagsOf(sim, vm.uuid);
  sim.store.remove('VmInstance', vm.uuid);
}

/** Destroys a VM now (no simulated wait): Destroyed, or expunged under the Direct policy. */
export function destroyVmNow(sim: SimContext, vm: VmRow, policy: string): void {
  if (policy === 'Direct') {
    expungeVmNow(sim, vm);
    return;
  }
  leaveHost(sim, vm, 'Destroyed');
}

/** The `vm/deletionPolicy` global config. */
export function vmDeletionPolicy(sim: SimContext): string {
  try {
    return sim.configs.get('vm', 'deletionPolicy');
  } catch {
    return 'Delay';
  }
}
