/**
 * Row shapes of the resource tables as handlers read them (store rows: dates are epoch ms).
 * Only the fields domain logic relies on are typed; the tables in `tables/` are authoritative.
 */

export interface BaseRow {
  uuid: string;
  createDate: number;
  lastOpDate: number;
  [field: string]: unknown;
}

export interface ZoneRow extends BaseRow {
  name: string;
  state: 'Enabled' | 'Disabled';
}

export interface ClusterRow extends BaseRow {
  name: string;
  zoneUuid: string;
  state: 'Enabled' | 'Disabled';
  hypervisorType: string;
}

export type HostState = 'Enabled' | 'Disabled' | 'PreMaintenance' | 'Maintenance';
export type HostStatus = 'Connecting' | 'Connected' | 'Disconnected';

export interface HostRow extends BaseRow {
  name: string;
  zoneUuid: string;
  clusterUuid: string;
  managementIp: string;
  state: HostState;
  status: HostStatus;
  totalCpuCapacity: number;
  availableCpuCapacity: number;
  totalMemoryCapacity: number;
  availableMemoryCapacity: number;
  /** Hidden: the control API took the agent away; connects fail until it is brought back. */
  agentLost?: boolean;
}

export interface PrimaryStorageRow extends BaseRow {
  name: string;
  zoneUuid: string;
  type: string;
  url: string;
  state: string;
  status: string;
  totalCapacity: number;
  availableCapacity: number;
  totalPhysicalCapacity: number;
  availablePhysicalCapacity: number;
  systemUsedCapacity: number;
}

export interface ImageRow extends BaseRow {
  name: string;
  state: string;
  status: string;
  size: number;
  actualSize?: number;
  mediaType: string;
  platform?: string;
  format?: string;
  system?: boolean;
  guestOsType?: string;
  architecture?: string;
}

export interface InstanceOfferingRow extends BaseRow {
  name: string;
  cpuNum: number;
  cpuSpeed?: number;
  memorySize: number;
  state: string;
  allocatorStrategy?: string;
}

export interface DiskOfferingRow extends BaseRow {
  name: string;
  diskSize: number;
  state: string;
}

export interface L2Row extends BaseRow {
  name: string;
  zoneUuid: string;
  type: string;
  physicalInterface: string;
  vlan?: number;
}

export interface L3Row extends BaseRow {
  name: string;
  zoneUuid: string;
  l2NetworkUuid: string;
  state: string;
  system?: boolean;
  category?: string;
}

export interface IpRangeRow extends BaseRow {
  l3NetworkUuid: string;
  startIp: string;
  endIp: string;
  netmask: string;
  gateway: string;
  networkCidr: string;
}

export interface UsedIpRow extends BaseRow {
  ip: string;
  l3NetworkUuid: string;
  ipRangeUuid: string;
  ipInLong: number;
  vmNicUuid?: string;
  gateway: string;
  netmask: string;
}

export interface VmRow extends BaseRow {
  name: string;
  state: string;
  zoneUuid?: string;
  clusterUuid?: string;
  hostUuid?: string;
  lastHostUuid?: string;
  imageUuid?: string;
  instanceOfferingUuid?: string;
  rootVolumeUuid?: string;
  defaultL3NetworkUuid?: string;
  cpuNum: number;
  cpuSpeed?: number;
  memorySize: number;
  internalId: number;
  type: string;
}

export interface VmNicRow extends BaseRow {
  vmInstanceUuid: string;
  l3NetworkUuid: string;
  usedIpUuid?: string;
  ip?: string;
  mac: string;
  deviceId: number;
  internalName: string;
}

export interface VolumeRow extends BaseRow {
  name: string;
  type: 'Root' | 'Data';
  size: number;
  state: string;
  status: string;
  primaryStorageUuid?: string;
  vmInstanceUuid?: string;
  diskOfferingUuid?: string;
  deviceId?: number;
  localHostUuid?: string;
  isShareable?: boolean;
}
