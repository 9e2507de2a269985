import type { TableSpec } from '../../store/types.ts';
import {
  bool,
  identity,
  indexedInt,
  indexedText,
  int,
  since,
  since23,
  sinceNewer,
  text,
  timestamps,
} from '../columns.ts';

const hiddenText = { type: 'text', hidden: true } as const;

/**
 * ApplianceVmVO / VirtualRouterVmVO columns (joined tables in ZStack): stored on the VM row,
 * hidden from VmInstanceInventory; the ApplianceVm and VirtualRouterVm views show them.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/applianceVm/src/main/java/org/zstack/appliancevm/ApplianceVmVO.java
 */
export const applianceColumns = {
  applianceVmType: { type: 'text', hidden: true, index: true },
  managementNetworkUuid: hiddenText,
  defaultRouteL3NetworkUuid: hiddenText,
  publicNetworkUuid: hiddenText,
  status: { type: 'text', hidden: true, index: true },
  agentPort: { type: 'int', hidden: true },
  haStatus: { type: 'text', hidden: true },
} as const;

/** @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/VmInstanceInventory.java */
export const vmInstanceTable: TableSpec = {
  name: 'VmInstance',
  table: 'vm_instance',
  javaClass: 'org.zstack.header.vm.VmInstanceInventory',
  primaryKey: 'uuid',
  owned: true,
  taggable: true,
  columns: {
    ...identity,
    zoneUuid: indexedText,
    clusterUuid: indexedText,
    imageUuid: indexedText,
    hostUuid: indexedText,
    lastHostUuid: indexedText,
    instanceOfferingUuid: indexedText,
    rootVolumeUuid: indexedText,
    platform: indexedText,
    architecture: since(text, sinceNewer),
    defaultL3NetworkUuid: indexedText,
    type: indexedText,
    hypervisorType: indexedText,
    memorySize: indexedInt,
    cpuNum: indexedInt,
    cpuSpeed: int,
    allocatorStrategy: text,
    reservedMemorySize: since(int, sinceNewer),
    state: indexedText,
    guestOsType: since(text, sinceNewer),
    // The simulator has no CD-ROM devices: ZStack's empty list (VmInstanceInventory, tag 3.3.0).
    vmCdRoms: { type: 'json', since: '3.3.0', whenNull: [] },
    internalId: { type: 'int', hidden: true, index: true },
    ...applianceColumns,
    ...timestamps,
  },
  indexes: [['state', 'createDate']],
  // ApplianceVmInventory is VmInstanceInventory's child for type ApplianceVm (vr/tables.ts).
  typeChildren: { field: 'type', specs: { ApplianceVm: 'ApplianceVm' } },
  relations: [
    {
      field: 'vmNics',
      target: 'VmNic',
      localKey: 'uuid',
      foreignKey: 'vmInstanceUuid',
      kind: 'many',
      nested: true,
    },
    {
      field: 'allVolumes',
      target: 'Volume',
      localKey: 'uuid',
      foreignKey: 'vmInstanceUuid',
      kind: 'many',
      nested: true,
    },
    { field: 'host', target: 'Host', localKey: 'hostUuid', foreignKey: 'uuid', kind: 'one' },
    {
      field: 'cluster',
      target: 'Cluster',
      localKey: 'clusterUuid',
      foreignKey: 'uuid',
      kind: 'one',
    },
    { field: 'zone', target: 'Zone', localKey: 'zoneUuid', foreignKey: 'uuid', kind: 'one' },
    { field: 'image', target: 'Image', localKey: 'imageUuid', foreignKey: 'uuid', kind: 'one' },
    {
      field: 'instanceOffering',
      target: 'InstanceOffering',
      localKey: 'instanceOfferingUuid',
      foreignKey: 'uuid',
      kind: 'one',
    },
    {
      field: 'rootVolume',
      target: 'Volume',
      localKey: 'rootVolumeUuid',
      foreignKey: 'uuid',
      kind: 'one',
    },
  ],
};

/** @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/VmNicInventory.java */
export const vmNicTable: TableSpec = {
  name: 'VmNic',
  table: 'vm_nic',
  javaClass: 'org.zstack.header.vm.VmNicInventory',
  primaryKey: 'uuid',
  owned: true,
  taggable: true,
  columns: {
    uuid: indexedText,
    vmInstanceUuid: indexedText,
    usedIpUuid: { type: 'text', hidden: true },
    l3NetworkUuid: indexedText,
    ip: indexedText,
    mac: indexedText,
    netmask: text,
    gateway: text,
    metaData: text,
    hypervisorType: since(text, sinceNewer),
    ipVersion: since(int, sinceNewer),
    driverType: since(text, sinceNewer),
    internalName: indexedText,
    deviceId: int,
    type: since(text, sinceNewer),
    state: since(text, sinceNewer),
    ...timestamps,
  },
  relations: [
    {
      field: 'vmInstance',
      target: 'VmInstance',
      localKey: 'vmInstanceUuid',
      foreignKey: 'uuid',
      kind: 'one',
    },
    {
      field: 'l3Network',
      target: 'L3Network',
      localKey: 'l3NetworkUuid',
      foreignKey: 'uuid',
      kind: 'one',
    },
    // VmNicInventory.usedIps (tag 3.1.0, absent at 3.0.0): the NIC's UsedIpInventory list.
    {
      field: 'usedIps',
      target: 'UsedIp',
      localKey: 'uuid',
      foreignKey: 'vmNicUuid',
      kind: 'many',
      nested: true,
      since: '3.1.0',
    },
  ],
};

/**
 * Volumes. `localHostUuid` (internal) is the host a LocalStorage volume lives on
 * (LocalStorageResourceRefVO in ZStack).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/volume/VolumeInventory.java
 */
export const volumeTable: TableSpec = {
  name: 'Volume',
  table: 'volume',
  javaClass: 'org.zstack.header.volume.VolumeInventory',
  primaryKey: 'uuid',
  owned: true,
  taggable: true,
  columns: {
    ...identity,
    primaryStorageUuid: indexedText,
    vmInstanceUuid: indexedText,
    diskOfferingUuid: indexedText,
    rootImageUuid: indexedText,
    installPath: text,
    type: indexedText,
    format: text,
    size: indexedInt,
    actualSize: since(int, since23),
    deviceId: int,
    state: indexedText,
    status: indexedText,
    isShareable: since(bool, since23),
    lastDetachDate: since({ type: 'date' }, sinceNewer),
    lastVmInstanceUuid: since(text, sinceNewer),
    lastAttachDate: since({ type: 'date' }, sinceNewer),
    localHostUuid: { type: 'text', hidden: true, index: true },
    ...timestamps,
  },
  relations: [
    {
      field: 'vmInstance',
      target: 'VmInstance',
      localKey: 'vmInstanceUuid',
      foreignKey: 'uuid',
      kind: 'one',
    },
    {
      field: 'primaryStorage',
      target: 'PrimaryStorage',
      localKey: 'primaryStorageUuid',
      foreignKey: 'uuid',
      kind: 'one',
    },
    {
      field: 'diskOffering',
      target: 'DiskOffering',
      localKey: 'diskOfferingUuid',
      foreignKey: 'uuid',
      kind: 'one',
    },
    { field: 'image', target: 'Image', localKey: 'rootImageUuid', foreignKey: 'uuid', kind: 'one' },
  ],
};
