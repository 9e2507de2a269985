import { newUuid } from '@zdash/zstack-api';
import type { SimContext } from '../../core/context.ts';
import { reservePs } from '../../domain/capacity.ts';
import { insertRow, patchRow } from '../../domain/common.ts';
import { allocateIp } from '../../domain/ipAllocation.ts';
import type { HostRow, PrimaryStorageRow, VmRow, VolumeRow } from '../../domain/rows.ts';

/**
 * Building blocks of a VM: NICs with an address each, and volumes on primary storage.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmAllocateNicFlow.java
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/MacOperator.java
 */

/** ZStack MACs start with `fa:` followed by five random octets. */
export function newMac(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(5));
  return ['fa', ...Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))].join(':');
}

/** The next VM internal id (VmInstanceSequenceNumberVO). */
export function nextInternalId(sim: SimContext): number {
  const max = sim.store.db.prepare('SELECT MAX("internalId") FROM "vm_instance"').pluck().get() as
    | number
    | null;
  return (max ?? 0) + 1;
}

export function createNic(
  sim: SimContext,
  vm: Pick<VmRow, 'uuid' | 'internalId'>,
  l3Uuid: string,
  deviceId: number,
  owner: string,
  staticIp?: string,
): void {
  const nicUuid = newUuid();
  const used = allocateIp(sim, l3Uuid, nicUuid, staticIp);
  insertRow(
    sim,
    'VmNic',
    {
      uuid: nicUuid,
      vmInstanceUuid: vm.uuid,
      l3NetworkUuid: l3Uuid,
      usedIpUuid: used.uuid,
      ip: used.ip,
      netmask: used.netmask,
      gateway: used.gateway,
      mac: newMac(),
      deviceId,
      internalName: `vnic${vm.internalId}.${deviceId}`,
      hypervisorType: 'KVM',
      ipVersion: 4,
      driverType: 'virtio',
      type: 'VNIC',
      state: 'enable',
    },
    owner,
  );
}

export interface VolumeSpec {
  readonly name: string;
  readonly type: 'Root' | 'Data';
  readonly size: number;
  readonly actualSize?: number;
  readonly deviceId?: number;
  readonly vmInstanceUuid?: string;
  readonly diskOfferingUuid?: string;
  readonly rootImageUuid?: string;
}

/** A volume row; NotInstantiated until {@link instantiateVolume} puts it on storage. */
export function createVolume(sim: SimContext, spec: VolumeSpec, owner: string): VolumeRow {
  return insertRow(
    sim,
    'Volume',
    {
      ...spec,
      format: 'qcow2',
      state: 'Enabled',
      status: 'NotInstantiated',
      isShareable: false,
    },
    owner,
  ) as VolumeRow;
}

/** Puts a volume on primary storage: capacity taken, install path set, status Ready. */
export function instantiateVolume(
  sim: SimContext,
  volume: VolumeRow,
  ps: PrimaryStorageRow,
  host?: HostRow,
): void {
  reservePs(sim, ps.uuid, volume.size);
  const dir = volume.type === 'Root' ? 'rootVolumes' : 'dataVolumes';
  patchRow(sim, 'Volume', volume.uuid, {
    primaryStorageUuid: ps.uuid,
    installPath: `${String(ps.mountPath ?? ps.url)}/${dir}/acct-${sim.store.ownerOf('Volume', volume.uuid) ?? 'admin'}/vol-${volume.uuid}/${volume.uuid}.qcow2`,
    status: 'Ready',
    localHostUuid: ps.type === 'LocalStorage' ? (host?.uuid ?? null) : null,
  });
}
