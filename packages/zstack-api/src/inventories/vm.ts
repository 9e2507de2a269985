import type { VmInstanceState } from '../enums.ts';

/** `VmNicInventory` (header/.../vm/VmNicInventory.java). */
export interface VmNicInventory {
  uuid: string;
  vmInstanceUuid: string;
  l3NetworkUuid: string;
  ip?: string;
  mac: string;
  netmask?: string;
  gateway?: string;
  metaData?: string;
  ipVersion?: number;
  internalName: string;
  deviceId: number;
  type?: string;
  createDate: string;
  lastOpDate: string;
}

/** `VolumeInventory` (header/.../volume/VolumeInventory.java). */
export interface VolumeInventory {
  uuid: string;
  name: string;
  description?: string;
  primaryStorageUuid?: string;
  vmInstanceUuid?: string;
  diskOfferingUuid?: string;
  rootImageUuid?: string;
  installPath?: string;
  type: 'Root' | 'Data';
  format: string;
  size: number;
  actualSize?: number;
  deviceId?: number;
  state: 'Enabled' | 'Disabled';
  status: 'Creating' | 'Ready' | 'NotInstantiated' | 'Deleted' | 'Migrating';
  isShareable?: boolean;
  createDate: string;
  lastOpDate: string;
}

/** `VmInstanceInventory` (header/.../vm/VmInstanceInventory.java). */
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
  architecture?: string;
  defaultL3NetworkUuid?: string;
  type: 'UserVm' | 'ApplianceVm';
  hypervisorType?: string;
  memorySize: number;
  cpuNum: number;
  cpuSpeed?: number;
  allocatorStrategy?: string;
  state: VmInstanceState;
  guestOsType?: string;
  createDate: string;
  lastOpDate: string;
  vmNics: VmNicInventory[];
  allVolumes: VolumeInventory[];
}
