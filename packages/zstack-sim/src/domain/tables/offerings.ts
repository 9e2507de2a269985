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
