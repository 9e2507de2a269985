import type { SimContext } from '../core/context.ts';
import { onGcHostEvent, scheduleVmGc } from '../gc/jobs.ts';
import {
  onIpRangeDeleted,
  onL2Deleted,
  onL3Deleted,
  onVmExpunged,
  onVmNicRemoved,
  onVmStateChanged,
} from '../network/cascades.ts';
import { patchRow } from './common.ts';
import type { HostRow, UsedIpRow, VmNicRow, VmRow, VolumeRow } from './rows.ts';
import { expungeVmNow, leaveHost, removeNic, removeTagsOf, removeVolume } from './vmOps.ts';

/**
 * Deletion cascades as ZStack's CascadeExtensions run them (both delete modes cascade; the
 * modes differ only in whether the check phase may veto). Callers run them in a transaction.
 *
 * - host deleted: its VMs are stopped (deleted when the root issuer is a zone);
 * - primary storage deleted: VMs whose root volume is on it are deleted, its data volumes too;
 * - L3 / IP range deleted: NICs on it are detached and their IPs freed;
 * - L2 deleted: its L3s are deleted; cluster / zone: everything below.
 *
 * Each step tells the network-service sections (`network/cascades.ts`): VIPs, EIPs, service
 * refs and Flat records follow the resources they hang on.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmCascadeExtension.java
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/host/HostCascadeExtension.java
 * @see https://github.com/zstackio/zstack/blob/master/network/src/main/java/org/zstack/network/l3/L3NetworkCascadeExtension.java
 */

type Issuer = 'Zone' | 'Cluster' | 'Host';

function removeRow(sim: SimContext, table: string, uuid: string): void {
  if (sim.store.get(table, uuid)) sim.store.remove(table, uuid);
  removeTagsOf(sim, uuid);
}

function removeRefs(sim: SimContext, table: string, where: Record<string, string>): void {
  for (const ref of sim.store.find(table, where)) sim.store.remove(table, String(ref.id));
}

function expunge(sim: SimContext, vm: VmRow): void {
  onVmExpunged(sim, vm.uuid);
  expungeVmNow(sim, vm);
}

function dropNic(sim: SimContext, nic: VmNicRow): void {
  onVmNicRemoved(sim, nic.uuid);
  removeNic(sim, nic);
}

/**
 * A host's VMs are stopped (deleted under a zone) with `gcOnFailure`: on a host that is not
 * Connected each leaves a GC job, which the host's deletion then runs.
 */
export function cascadeDeleteHost(sim: SimContext, hostUuid: string, root: Issuer = 'Host'): void {
  const host = sim.store.get('Host', hostUuid) as HostRow | undefined;
  const lost = host !== undefined && host.status !== 'Connected';
  for (const vm of sim.store.find('VmInstance', { hostUuid }) as VmRow[]) {
    if (lost) scheduleVmGc(sim, root === 'Zone' ? 'DeleteVm' : 'StopVm', vm.uuid, hostUuid);
    if (root === 'Zone') expunge(sim, vm);
    else {
      leaveHost(sim, vm, 'Stopped');
      onVmStateChanged(sim, vm.uuid, true);
    }
  }
  for (const vm of sim.store.find('VmInstance', { lastHostUuid: hostUuid }) as VmRow[]) {
    patchRow(sim, 'VmInstance', vm.uuid, { lastHostUuid: null });
  }
  removeRow(sim, 'Host', hostUuid);
  onGcHostEvent(sim, hostUuid);
}

export function cascadeDeleteCluster(
  sim: SimContext,
  clusterUuid: string,
  root: Issuer = 'Cluster',
): void {
  for (const host of sim.store.find('Host', { clusterUuid }) as HostRow[]) {
    cascadeDeleteHost(sim, host.uuid, root);
  }
  for (const vm of sim.store.find('VmInstance', { clusterUuid }) as VmRow[]) {
    patchRow(sim, 'VmInstance', vm.uuid, { clusterUuid: null });
  }
  removeRefs(sim, 'PrimaryStorageClusterRef', { clusterUuid });
  removeRefs(sim, 'L2NetworkClusterRef', { clusterUuid });
  removeRow(sim, 'Cluster', clusterUuid);
}

export function cascadeDeletePrimaryStorage(sim: SimContext, psUuid: string): void {
  const volumes = sim.store.find('Volume', { primaryStorageUuid: psUuid }) as VolumeRow[];
  for (const root of volumes.filter((v) => v.type === 'Root' && v.vmInstanceUuid)) {
    const vm = sim.store.get('VmInstance', root.vmInstanceUuid as string) as VmRow | undefined;
    if (vm) expunge(sim, vm);
  }
  for (const volume of sim.store.find('Volume', { primaryStorageUuid: psUuid }) as VolumeRow[]) {
    removeVolume(sim, volume);
  }
  removeRefs(sim, 'PrimaryStorageClusterRef', { primaryStorageUuid: psUuid });
  removeRow(sim, 'PrimaryStorage', psUuid);
}

export function cascadeDeleteIpRange(sim: SimContext, rangeUuid: string): void {
  onIpRangeDeleted(sim, rangeUuid);
  for (const used of sim.store.find('UsedIp', { ipRangeUuid: rangeUuid }) as UsedIpRow[]) {
    const nic = used.vmNicUuid
      ? (sim.store.get('VmNic', used.vmNicUuid) as VmNicRow | undefined)
      : undefined;
    if (nic) dropNic(sim, nic);
    else if (sim.store.get('UsedIp', used.uuid)) sim.store.remove('UsedIp', used.uuid);
  }
  removeRow(sim, 'IpRange', rangeUuid);
}

export function cascadeDeleteL3(sim: SimContext, l3Uuid: string): void {
  onL3Deleted(sim, l3Uuid);
  for (const nic of sim.store.find('VmNic', { l3NetworkUuid: l3Uuid }) as VmNicRow[]) {
    dropNic(sim, nic);
  }
  for (const range of sim.store.find('IpRange', { l3NetworkUuid: l3Uuid })) {
    cascadeDeleteIpRange(sim, String(range.uuid));
  }
  for (const used of sim.store.find('UsedIp', { l3NetworkUuid: l3Uuid })) {
    sim.store.remove('UsedIp', String(used.uuid));
  }
  removeRefs(sim, 'L3NetworkDns', { l3NetworkUuid: l3Uuid });
  removeRow(sim, 'L3Network', l3Uuid);
}

export function cascadeDeleteL2(sim: SimContext, l2Uuid: string): void {
  for (const l3 of sim.store.find('L3Network', { l2NetworkUuid: l2Uuid })) {
    cascadeDeleteL3(sim, String(l3.uuid));
  }
  onL2Deleted(sim, l2Uuid);
  removeRefs(sim, 'L2NetworkClusterRef', { l2NetworkUuid: l2Uuid });
  removeRow(sim, 'L2Network', l2Uuid);
}

export function cascadeDeleteZone(sim: SimContext, zoneUuid: string): void {
  for (const cluster of sim.store.find('Cluster', { zoneUuid })) {
    cascadeDeleteCluster(sim, String(cluster.uuid), 'Zone');
  }
  for (const vm of sim.store.find('VmInstance', { zoneUuid }) as VmRow[]) expunge(sim, vm);
  for (const ps of sim.store.find('PrimaryStorage', { zoneUuid })) {
    cascadeDeletePrimaryStorage(sim, String(ps.uuid));
  }
  for (const l2 of sim.store.find('L2Network', { zoneUuid })) cascadeDeleteL2(sim, String(l2.uuid));
  removeRefs(sim, 'BackupStorageZoneRef', { zoneUuid });
  removeRow(sim, 'Zone', zoneUuid);
}
