import { newUuid } from '@zdash/zstack-api';
import { invalidArgument, operationError } from '../core/apiError.ts';
import type { ApiCall, HandlerTable } from '../core/context.ts';
import { cascadeDeleteL2 } from '../domain/cascades.ts';
import {
  insertRow,
  inventoryOf,
  mustGet,
  nowMs,
  num,
  patchRow,
  pause,
  str,
} from '../domain/common.ts';
import type { ClusterRow, L2Row, VmNicRow, VmRow } from '../domain/rows.ts';
import { l2NetworkClusterRefTable, l2NetworkTable } from '../domain/tables/network.ts';
import { timings } from '../domain/timings.ts';
import { removeNic } from '../domain/vmOps.ts';
import { attachProvidersToNewL2 } from '../network/providers.ts';
import type { TableSpec } from '../store/types.ts';

/**
 * L2 networks (no-vlan and vlan) and their cluster attachment.
 *
 * @see https://github.com/zstackio/zstack/blob/master/network/src/main/java/org/zstack/network/l2/L2NetworkApiInterceptor.java
 * @see https://github.com/zstackio/zstack/blob/master/network/src/main/java/org/zstack/network/l2/L2NoVlanNetwork.java
 */
export const tables: TableSpec[] = [l2NetworkTable, l2NetworkClusterRefTable];

function createL2(type: 'L2NoVlanNetwork' | 'L2VlanNetwork') {
  return async (call: ApiCall) => {
    const { sim } = call;
    const zoneUuid = String(call.params.zoneUuid);
    mustGet(sim.store, 'Zone', zoneUuid);
    const physicalInterface = str(call, 'physicalInterface');
    if (!physicalInterface) throw invalidArgument('physicalInterface cannot be empty');
    let vlan: number | undefined;
    if (type === 'L2VlanNetwork') {
      vlan = num(call, 'vlan');
      if (vlan === undefined || vlan < 1 || vlan > 4094 || !Number.isInteger(vlan)) {
        throw invalidArgument(
          `vlan[${String(call.params.vlan)}] must be an integer in range [1, 4094]`,
        );
      }
      const clash = (
        sim.store.find('L2Network', { zoneUuid, physicalInterface, vlan }) as L2Row[]
      )[0];
      if (clash) {
        throw invalidArgument(
          `There has been a l2Network[uuid:${clash.uuid}, name:${clash.name}] with vlan[${vlan}] on physical interface[${physicalInterface}] in zone[uuid:${zoneUuid}]`,
        );
      }
    }
    await pause(call, timings.quick);
    const row = insertRow(sim, 'L2Network', {
      ...(str(call, 'resourceUuid') ? { uuid: str(call, 'resourceUuid') } : {}),
      name: str(call, 'name'),
      description: str(call, 'description'),
      zoneUuid,
      physicalInterface,
      type,
      vlan,
      vSwitchType: str(call, 'vSwitchType') ?? 'LinuxBridge',
      isolated: call.params.isolated === true,
      pvlan: str(call, 'pvlan'),
    });
    // Every provider is attached to a new L2 (1.2+), which is why only legacy L2s lack Flat.
    attachProvidersToNewL2(sim, row.uuid);
    return inventoryOf(sim, 'L2Network', row.uuid);
  };
}

function checkInterfaceClash(call: ApiCall, l2: L2Row, clusterUuid: string): void {
  const refs = call.sim.store.find('L2NetworkClusterRef', { clusterUuid });
  for (const ref of refs) {
    const other = call.sim.store.get('L2Network', String(ref.l2NetworkUuid)) as L2Row | undefined;
    if (!other || other.physicalInterface !== l2.physicalInterface) continue;
    if (l2.type === 'L2NoVlanNetwork' && other.type === 'L2NoVlanNetwork') {
      throw invalidArgument(
        `There has been a L2NoVlanNetwork[uuid:${other.uuid}] attached to cluster[uuid:${clusterUuid}] that has physical interface[${l2.physicalInterface}], cannot attach another L2NoVlanNetwork with the same physical interface`,
      );
    }
    if (l2.type === 'L2VlanNetwork' && other.type === 'L2VlanNetwork' && other.vlan === l2.vlan) {
      throw invalidArgument(
        `There has been a L2VlanNetwork[uuid:${other.uuid}] attached to cluster[uuid:${clusterUuid}] that has physical interface[${l2.physicalInterface}], vlan[${l2.vlan}]`,
      );
    }
  }
}

async function attachL2NetworkToCluster(call: ApiCall) {
  const { sim } = call;
  const l2Uuid = String(call.params.l2NetworkUuid);
  const clusterUuid = String(call.params.clusterUuid);
  const l2 = mustGet<L2Row>(sim.store, 'L2Network', l2Uuid);
  const cluster = mustGet<ClusterRow>(sim.store, 'Cluster', clusterUuid);
  if (sim.store.count('L2NetworkClusterRef', { l2NetworkUuid: l2Uuid, clusterUuid })) {
    throw operationError(
      `l2Network[uuid:${l2Uuid}] has attached to cluster[uuid:${clusterUuid}], can't attach again`,
    );
  }
  if (l2.zoneUuid !== cluster.zoneUuid) {
    throw invalidArgument(
      `l2Network[uuid:${l2Uuid}] and cluster[uuid:${clusterUuid}] are not in the same zone`,
    );
  }
  checkInterfaceClash(call, l2, clusterUuid);
  await pause(call, timings.quick);
  const now = nowMs(sim);
  sim.store.insert('L2NetworkClusterRef', {
    id: newUuid(),
    l2NetworkUuid: l2Uuid,
    clusterUuid,
    createDate: now,
    lastOpDate: now,
  });
  return inventoryOf(sim, 'L2Network', l2Uuid);
}

/** Detaching removes the NICs of the cluster's VMs on this L2's L3s (VmCascadeExtension). */
async function detachL2NetworkFromCluster(call: ApiCall) {
  const { sim } = call;
  const l2Uuid = String(call.params.l2NetworkUuid);
  const clusterUuid = String(call.params.clusterUuid);
  mustGet(sim.store, 'L2Network', l2Uuid);
  const refs = sim.store.find('L2NetworkClusterRef', { l2NetworkUuid: l2Uuid, clusterUuid });
  if (!refs.length) {
    throw invalidArgument(
      `l2Network[uuid:${l2Uuid}] has not attached to cluster[uuid:${clusterUuid}]`,
    );
  }
  await pause(call, timings.quick);
  sim.store.transaction(() => {
    const l3Uuids = sim.store
      .find('L3Network', { l2NetworkUuid: l2Uuid })
      .map((l3) => String(l3.uuid));
    const nics = l3Uuids.length
      ? (sim.store.find('VmNic', { l3NetworkUuid: l3Uuids }) as VmNicRow[])
      : [];
    for (const nic of nics) {
      const vm = sim.store.get('VmInstance', nic.vmInstanceUuid) as VmRow | undefined;
      if (vm?.clusterUuid === clusterUuid) removeNic(sim, nic);
    }
    for (const ref of refs) sim.store.remove('L2NetworkClusterRef', String(ref.id));
  });
  return inventoryOf(sim, 'L2Network', l2Uuid);
}

function updateL2Network(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  mustGet(sim.store, 'L2Network', uuid);
  const patch: Record<string, unknown> = {};
  for (const key of ['name', 'description'] as const) {
    if (typeof call.params[key] === 'string') patch[key] = call.params[key];
  }
  patchRow(sim, 'L2Network', uuid, patch);
  return inventoryOf(sim, 'L2Network', uuid);
}

async function deleteL2Network(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  if (!sim.store.get('L2Network', uuid)) return {};
  await pause(call, timings.quick);
  sim.store.transaction(() => cascadeDeleteL2(sim, uuid));
  return {};
}

export const handlers: HandlerTable = {
  CreateL2NoVlanNetwork: createL2('L2NoVlanNetwork'),
  CreateL2VlanNetwork: createL2('L2VlanNetwork'),
  AttachL2NetworkToCluster: attachL2NetworkToCluster,
  DetachL2NetworkFromCluster: detachL2NetworkFromCluster,
  UpdateL2Network: updateL2Network,
  DeleteL2Network: deleteL2Network,
};
