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

/**
 * L2 networks; `type` L2VlanNetwork picks the subclass that adds `vlan`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l2/L2NetworkInventory.java
 */
export const l2NetworkTable: TableSpec = {
  name: 'L2Network',
  table: 'l2_network',
  javaClass: 'org.zstack.header.network.l2.L2NetworkInventory',
  primaryKey: 'uuid',
  taggable: true,
  subtype: {
    column: 'type',
    classes: { L2VlanNetwork: 'org.zstack.header.network.l2.L2VlanNetworkInventory' },
  },
  columns: {
    ...identity,
    zoneUuid: indexedText,
    physicalInterface: indexedText,
    type: indexedText,
    vlan: indexedInt,
    vSwitchType: since(text, sinceNewer),
    virtualNetworkId: since(int, sinceNewer),
    isolated: since(bool, sinceNewer),
    pvlan: since(text, sinceNewer),
    ...timestamps,
  },
  refLists: [
    {
      field: 'attachedClusterUuids',
      table: 'L2NetworkClusterRef',
      localKey: 'l2NetworkUuid',
      valueKey: 'clusterUuid',
    },
  ],
  relations: [
    { field: 'zone', target: 'Zone', localKey: 'zoneUuid', foreignKey: 'uuid', kind: 'one' },
    {
      field: 'l3Network',
      target: 'L3Network',
      localKey: 'uuid',
      foreignKey: 'l2NetworkUuid',
      kind: 'many',
    },
  ],
};

/** L2NetworkClusterRefVO (internal). */
export const l2NetworkClusterRefTable: TableSpec = {
  name: 'L2NetworkClusterRef',
  table: 'l2_network_cluster_ref',
  primaryKey: 'id',
  columns: {
    id: { type: 'text' },
    l2NetworkUuid: indexedText,
    clusterUuid: indexedText,
    ...timestamps,
  },
};

/**
 * L3 networks. `networkServices` (NetworkServiceL3NetworkRef) is nested by the network-services
 * section (issue B); this table leaves the field to it.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/L3NetworkInventory.java
 */
export const l3NetworkTable: TableSpec = {
  name: 'L3Network',
  table: 'l3_network',
  javaClass: 'org.zstack.header.network.l3.L3NetworkInventory',
  primaryKey: 'uuid',
  owned: true,
  taggable: true,
  columns: {
    ...identity,
    type: indexedText,
    zoneUuid: indexedText,
    l2NetworkUuid: indexedText,
    state: indexedText,
    dnsDomain: text,
    system: bool,
    category: since(indexedText, since23),
    ipVersion: since(int, sinceNewer),
    enableIPAM: since(bool, sinceNewer),
    isolated: since(bool, sinceNewer),
    // L3NetworkInventory.hostRoute (tag 2.4.0): the simulator has no host routes, ZStack's [].
    hostRoute: { type: 'json', since: '2.4.0', whenNull: [] },
    ...timestamps,
  },
  refLists: [{ field: 'dns', table: 'L3NetworkDns', localKey: 'l3NetworkUuid', valueKey: 'dns' }],
  relations: [
    {
      field: 'ipRanges',
      target: 'IpRange',
      localKey: 'uuid',
      foreignKey: 'l3NetworkUuid',
      kind: 'many',
      nested: true,
    },
    {
      // Rows of the network-service section's NetworkServiceL3NetworkRef table.
      field: 'networkServices',
      target: 'NetworkServiceL3NetworkRef',
      localKey: 'uuid',
      foreignKey: 'l3NetworkUuid',
      kind: 'many',
      nested: true,
    },
    { field: 'zone', target: 'Zone', localKey: 'zoneUuid', foreignKey: 'uuid', kind: 'one' },
    {
      field: 'l2Network',
      target: 'L2Network',
      localKey: 'l2NetworkUuid',
      foreignKey: 'uuid',
      kind: 'one',
    },
    {
      field: 'vmNic',
      target: 'VmNic',
      localKey: 'uuid',
      foreignKey: 'l3NetworkUuid',
      kind: 'many',
    },
  ],
};

/** L3NetworkDnsVO (internal); `id` keeps the order DNS servers were added in. */
export const l3NetworkDnsTable: TableSpec = {
  name: 'L3NetworkDns',
  table: 'l3_network_dns',
  primaryKey: 'id',
  columns: {
    id: { type: 'text' },
    l3NetworkUuid: indexedText,
    dns: indexedText,
    ...timestamps,
  },
};

/** @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/IpRangeInventory.java */
export const ipRangeTable: TableSpec = {
  name: 'IpRange',
  table: 'ip_range',
  javaClass: 'org.zstack.header.network.l3.IpRangeInventory',
  primaryKey: 'uuid',
  owned: true,
  taggable: true,
  columns: {
    ...identity,
    l3NetworkUuid: indexedText,
    startIp: indexedText,
    endIp: indexedText,
    netmask: text,
    gateway: text,
    networkCidr: indexedText,
    ipVersion: since(int, sinceNewer),
    addressMode: since(text, sinceNewer),
    prefixLen: since(int, sinceNewer),
    ipRangeType: since(text, sinceNewer),
    ...timestamps,
  },
  relations: [
    {
      field: 'l3Network',
      target: 'L3Network',
      localKey: 'l3NetworkUuid',
      foreignKey: 'uuid',
      kind: 'one',
    },
  ],
};

/**
 * UsedIpVO: one row per allocated address, unique per (l3NetworkUuid, ipInLong).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/UsedIpVO.java
 */
export const usedIpTable: TableSpec = {
  name: 'UsedIp',
  table: 'used_ip',
  javaClass: 'org.zstack.header.network.l3.UsedIpInventory',
  primaryKey: 'uuid',
  columns: {
    uuid: indexedText,
    ip: indexedText,
    l3NetworkUuid: indexedText,
    ipRangeUuid: indexedText,
    ipInLong: indexedInt,
    vmNicUuid: indexedText,
    gateway: text,
    netmask: text,
    ipVersion: int,
    usedFor: text,
    ...timestamps,
  },
  indexes: [['l3NetworkUuid', 'ipInLong']],
};
