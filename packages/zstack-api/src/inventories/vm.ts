import type { VmInstanceState, VmType } from '../enums.ts';
import type { UsedIpInventory } from './l3Network.ts';
import type { VolumeInventory } from './volume.ts';

/**
 * `VmInstanceInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/VmInstanceInventory.java
 */
export interface VmInstanceInventory {
  uuid: string;
  name: string;
  description?: string;
  zoneUuid?: string;
  clusterUuid?: string;
  imageUuid?: string;
  hostUuid?: string;
  lastHostUuid?: string;
  instanceOfferingUuid?: string;
  rootVolumeUuid?: string;
  platform?: string;
  /** @since 4.2.0 */
  architecture?: string;
  defaultL3NetworkUuid?: string;
  type: VmType;
  hypervisorType?: string;
  /** Bytes. */
  memorySize: number;
  /** @since 4.8.0 */
  reservedMemorySize?: number;
  cpuNum: number;
  cpuSpeed?: number;
  allocatorStrategy?: string;
  createDate: string;
  lastOpDate: string;
  state: VmInstanceState;
  vmNics: VmNicInventory[];
  allVolumes: VolumeInventory[];
  /** @since 3.3.0 */
  vmCdRoms?: VmCdRomInventory[];
  /** @since 4.2.0 */
  guestOsType?: string;
}

/**
 * `VmNicInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/VmNicInventory.java
 */
export interface VmNicInventory {
  uuid: string;
  vmInstanceUuid: string;
  l3NetworkUuid: string;
  ip?: string;
  mac: string;
  /** @since 3.1.0 */
  hypervisorType?: string;
  netmask?: string;
  gateway?: string;
  metaData?: string;
  /** @since 3.1.0 */
  ipVersion?: number;
  /** @since 3.9.0 */
  driverType?: string;
  /** @since 3.1.0 */
  usedIps?: UsedIpInventory[];
  internalName: string;
  deviceId: number;
  /** @since 3.9.0 */
  type?: string;
  /** @since 4.6.0 */
  state?: string;
  createDate: string;
  lastOpDate: string;
}

/**
 * `VmCdRomInventory` (3.3.0+).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/cdrom/VmCdRomInventory.java
 */
export interface VmCdRomInventory {
  uuid: string;
  vmInstanceUuid?: string;
  deviceId?: number;
  isoUuid?: string;
  isoInstallPath?: string;
  name: string;
  description?: string;
  /** @since 5.0.0 */
  protocol?: string;
  createDate: string;
  lastOpDate: string;
}
