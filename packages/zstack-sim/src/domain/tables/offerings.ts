import type { TableSpec } from '../../store/types.ts';
import {
  identity,
  indexedInt,
  indexedText,
  int,
  since,
  sinceNewer,
  text,
  timestamps,
} from '../columns.ts';

/**
 * VirtualRouterOfferingVO columns (a joined table in ZStack): stored on the offering row, hidden
 * from InstanceOfferingInventory; the VirtualRouterOffering view (type VirtualRouter) shows them.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/VirtualRouterOfferingVO.java
 */
export const virtualRouterOfferingColumns = {
  managementNetworkUuid: { type: 'text', hidden: true },
  publicNetworkUuid: { type: 'text', hidden: true },
  zoneUuid: { type: 'text', hidden: true, index: true },
  isDefault: { type: 'bool', hidden: true },
  imageUuid: { type: 'text', hidden: true },
} as const;

/** @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/configuration/InstanceOfferingInventory.java */
export const instanceOfferingTable: TableSpec = {
  name: 'InstanceOffering',
  table: 'instance_offering',
  javaClass: 'org.zstack.header.configuration.InstanceOfferingInventory',
  primaryKey: 'uuid',
  owned: true,
  taggable: true,
  columns: {
    ...identity,
    cpuNum: indexedInt,
    cpuSpeed: int,
    memorySize: indexedInt,
    reservedMemorySize: since(int, sinceNewer),
    type: text,
    allocatorStrategy: text,
    sortKey: indexedInt,
    state: indexedText,
    ...virtualRouterOfferingColumns,
    ...timestamps,
  },
};

/** @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/configuration/DiskOfferingInventory.java */
export const diskOfferingTable: TableSpec = {
  name: 'DiskOffering',
  table: 'disk_offering',
  javaClass: 'org.zstack.header.configuration.DiskOfferingInventory',
  primaryKey: 'uuid',
  owned: true,
  taggable: true,
  columns: {
    ...identity,
    diskSize: indexedInt,
    sortKey: indexedInt,
    state: indexedText,
    type: text,
    allocatorStrategy: text,
    ...timestamps,
  },
};
