import { newUuid } from '@zdash/zstack-api';
import { invalidArgument, operationError } from '../../core/apiError.ts';
import type { ApiCall } from '../../core/context.ts';
import { inventoryOf, mustGet, nowMs, pause } from '../../domain/common.ts';
import type { ClusterRow, PrimaryStorageRow, VmRow, VolumeRow } from '../../domain/rows.ts';
import { timings } from '../../domain/timings.ts';
import { leaveHost } from '../../domain/vmOps.ts';

/**
 * Attach / detach primary storage and clusters.
 *
 * @see https://github.com/zstackio/zstack/blob/master/storage/src/main/java/org/zstack/storage/primary/PrimaryStorageApiInterceptor.java
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmCascadeExtension.java
 */
export async function attachPrimaryStorageToCluster(call: ApiCall) {
  const { sim } = call;
  const psUuid = String(call.params.primaryStorageUuid);
  const clusterUuid = String(call.params.clusterUuid);
  const ps = mustGet<PrimaryStorageRow>(sim.store, 'PrimaryStorage', psUuid);
  const cluster = mustGet<ClusterRow>(sim.store, 'Cluster', clusterUuid);
  if (sim.store.count('PrimaryStorageClusterRef', { primaryStorageUuid: psUuid, clusterUuid })) {
    throw operationError(
      `primary storage[uuid:${psUuid}] has been attached to cluster[uuid:${clusterUuid}]`,
    );
  }
  if (ps.zoneUuid !== cluster.zoneUuid) {
    throw invalidArgument(
      `primary storage[uuid:${psUuid}] and cluster[uuid:${clusterUuid}] are not in the same zone`,
    );
  }
  if (ps.type === 'SharedMountPoint') {
    const refs = sim.store.find('PrimaryStorageClusterRef', { clusterUuid });
    const smp = refs
      .map(
        (r) =>
          sim.store.get('PrimaryStorage', String(r.primaryStorageUuid)) as
            | PrimaryStorageRow
            | undefined,
      )
      .find((p) => p?.type === 'SharedMountPoint');
    if (smp) {
      throw operationError(
        `cluster[uuid:${clusterUuid}] already has a SharedMountPoint primary storage[uuid:${smp.uuid}] attached; only one is allowed`,
      );
    }
  }
  await pause(call, timings.quick);
  const now = nowMs(sim);
  sim.store.insert('PrimaryStorageClusterRef', {
    id: newUuid(),
    primaryStorageUuid: psUuid,
    clusterUuid,
    createDate: now,
    lastOpDate: now,
  });
  return inventoryOf(sim, 'PrimaryStorage', psUuid);
}

/** Detaching stops the cluster's VMs that use the storage (VmCascadeExtension PRIMARY_STORAGE_DETACH). */
export async function detachPrimaryStorageFromCluster(call: ApiCall) {
  const { sim } = call;
  const psUuid = String(call.params.primaryStorageUuid);
  const clusterUuid = String(call.params.clusterUuid);
  mustGet(sim.store, 'PrimaryStorage', psUuid);
  const refs = sim.store.find('PrimaryStorageClusterRef', {
    primaryStorageUuid: psUuid,
    clusterUuid,
  });
  if (!refs.length) {
    throw invalidArgument(
      `primary storage[uuid:${psUuid}] has not been attached to cluster[uuid:${clusterUuid}] yet`,
    );
  }
  await pause(call, timings.quick);
  sim.store.transaction(() => {
    const vmUuids = new Set(
      (sim.store.find('Volume', { primaryStorageUuid: psUuid }) as VolumeRow[])
        .map((v) => v.vmInstanceUuid)
        .filter((u): u is string => typeof u === 'string'),
    );
    for (const vmUuid of vmUuids) {
      const vm = sim.store.get('VmInstance', vmUuid) as VmRow | undefined;
      if (vm?.hostUuid && vm.clusterUuid === clusterUuid) leaveHost(sim, vm, 'Stopped');
    }
    for (const ref of refs) sim.store.remove('PrimaryStorageClusterRef', String(ref.id));
  });
  return inventoryOf(sim, 'PrimaryStorage', psUuid);
}
