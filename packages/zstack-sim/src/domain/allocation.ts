import { ApiError } from '../core/apiError.ts';
import type { SimContext } from '../core/context.ts';
import { type CpuMem, hostHasRoom } from './capacity.ts';
import type { ClusterRow, HostRow, L3Row, PrimaryStorageRow, ZoneRow } from './rows.ts';

/**
 * Host and primary-storage allocation, following the flow chain of ZStack's host allocator:
 * L2/L3 attachment, state Enabled + status Connected, CPU/memory, then primary storage
 * attached to the host's cluster with room for the volumes.
 *
 * @see https://github.com/zstackio/zstack/tree/master/compute/src/main/java/org/zstack/compute/allocator
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmAllocateHostAndPrimaryStorageFlow.java
 */

export interface PlacementRequest {
  readonly l3Uuids: readonly string[];
  readonly demand: CpuMem;
  /** Bytes of new volumes to create on one primary storage (root + data). */
  readonly newVolumeBytes: number;
  readonly zoneUuid?: string;
  readonly clusterUuid?: string;
  readonly hostUuid?: string;
  readonly excludeHostUuids?: readonly string[];
  /** Preferred primary storage for new volumes (primaryStorageUuidForRootVolume). */
  readonly primaryStorageUuid?: string;
  /** Primary storages of existing volumes: the host's cluster must reach all of them. */
  readonly existingPsUuids?: readonly string[];
  /** LocalStorage volumes pin the VM to their host. */
  readonly pinnedHostUuid?: string;
}

export interface Placement {
  readonly host: HostRow;
  /** Where new volumes go; undefined when none are created. */
  readonly primaryStorage?: PrimaryStorageRow;
}

/** HOST_ALLOCATION.1000 with the allocator flow's detail. */
export function noHost(details: string): ApiError {
  return new ApiError('HOST_ALLOCATION.1000', details);
}

function attachedClusters(
  sim: SimContext,
  refTable: string,
  key: string,
  uuid: string,
): Set<string> {
  return new Set(sim.store.find(refTable, { [key]: uuid }).map((r) => String(r.clusterUuid)));
}

export function psAttachedTo(sim: SimContext, clusterUuid: string): PrimaryStorageRow[] {
  const refs = sim.store.find('PrimaryStorageClusterRef', { clusterUuid });
  const uuids = refs.map((r) => String(r.primaryStorageUuid));
  return uuids.length
    ? (sim.store.find('PrimaryStorage', { uuid: uuids }) as PrimaryStorageRow[])
    : [];
}

function usablePs(ps: PrimaryStorageRow): boolean {
  return ps.state === 'Enabled' && ps.status === 'Connected';
}

/** Clusters that reach every L3's L2 (all clusters when there are no L3s). */
function clustersForL3s(sim: SimContext, l3Uuids: readonly string[]): Set<string> | undefined {
  let result: Set<string> | undefined;
  for (const l3Uuid of l3Uuids) {
    const l3 = sim.store.get('L3Network', l3Uuid) as L3Row | undefined;
    const clusters = l3
      ? attachedClusters(sim, 'L2NetworkClusterRef', 'l2NetworkUuid', l3.l2NetworkUuid)
      : new Set<string>();
    result = result ? new Set([...result].filter((c) => clusters.has(c))) : clusters;
  }
  return result;
}

/** Candidate hosts for a VM, best first (fewest VMs, then most free memory), or HOST_ALLOCATION.1000. */
export function candidateHosts(sim: SimContext, req: PlacementRequest): Placement[] {
  const { store } = sim;
  const where: Record<string, unknown> = {};
  if (req.zoneUuid) where.zoneUuid = req.zoneUuid;
  if (req.clusterUuid) where.clusterUuid = req.clusterUuid;
  if (req.hostUuid) where.uuid = req.hostUuid;
  if (req.pinnedHostUuid) where.uuid = req.pinnedHostUuid;
  let hosts = (store.find('Host', where) as HostRow[]).filter(
    (h) => !req.excludeHostUuids?.includes(h.uuid),
  );
  const total = hosts.length;

  const l3Clusters = clustersForL3s(sim, req.l3Uuids);
  if (l3Clusters) {
    hosts = hosts.filter((h) => l3Clusters.has(h.clusterUuid));
    if (!hosts.length) {
      throw noHost(
        `no host found in clusters that has attached to L2Networks which have L3Networks[${req.l3Uuids.join(',')}]`,
      );
    }
  }
  const enabledClusters = new Set(
    (store.find('Cluster', { state: 'Enabled' }) as ClusterRow[]).map((c) => c.uuid),
  );
  const enabledZones = new Set(
    (store.find('Zone', { state: 'Enabled' }) as ZoneRow[]).map((z) => z.uuid),
  );
  hosts = hosts.filter((h) => enabledClusters.has(h.clusterUuid) && enabledZones.has(h.zoneUuid));
  const usable = hosts.filter((h) => h.state === 'Enabled' && h.status === 'Connected');
  if (!usable.length) {
    throw noHost(
      `no host having state=Enabled status=Connected found in the [${total}] candidate hosts`,
    );
  }
  const roomy = usable.filter((h) => hostHasRoom(h, req.demand));
  if (!roomy.length) {
    throw noHost(`no host having cpu[${req.demand.cpu}], memory[${req.demand.memory} bytes] found`);
  }

  const placements: Placement[] = [];
  for (const host of roomy) {
    const attached = psAttachedTo(sim, host.clusterUuid).filter(usablePs);
    const ids = new Set(attached.map((p) => p.uuid));
    if (req.existingPsUuids?.some((uuid) => !ids.has(uuid))) continue;
    if (req.newVolumeBytes <= 0) {
      placements.push({ host });
      continue;
    }
    const fits = attached
      .filter((p) => !req.primaryStorageUuid || p.uuid === req.primaryStorageUuid)
      .filter((p) => p.availableCapacity >= req.newVolumeBytes)
      .sort((a, b) => b.availableCapacity - a.availableCapacity);
    const ps = fits[0];
    if (ps) placements.push({ host, primaryStorage: ps });
  }
  if (!placements.length) {
    throw noHost(
      req.existingPsUuids?.length
        ? `no host found in clusters which have attached to all primary storage [${req.existingPsUuids.join(',')}] where vm's volumes locate`
        : `no host found in clusters that have attached to primary storage with ${req.newVolumeBytes} bytes available`,
    );
  }
  // LeastVmPreferredHostAllocatorStrategy: fewest VMs first, then most free memory
  const vmCount = (uuid: string) => store.count('VmInstance', { hostUuid: uuid });
  const load = new Map(placements.map((p) => [p.host.uuid, vmCount(p.host.uuid)]));
  return placements.sort(
    (a, b) =>
      (load.get(a.host.uuid) ?? 0) - (load.get(b.host.uuid) ?? 0) ||
      b.host.availableMemoryCapacity - a.host.availableMemoryCapacity ||
      a.host.uuid.localeCompare(b.host.uuid),
  );
}

/** The best placement. */
export function placeVm(sim: SimContext, req: PlacementRequest): Placement {
  const first = candidateHosts(sim, req)[0];
  if (!first) throw noHost("host allocation flow doesn't indicate any details");
  return first;
}
