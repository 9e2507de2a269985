import type { ColumnSpec, TableSpec } from './types.ts';

/**
 * Small TableSpecs mirroring VmInstance / VmNic / Volume / Host / Cluster / PrimaryStorage, for
 * the store's own tests (the real ones live with the resource sections).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/VmInstanceInventory.java
 */
const text: ColumnSpec = { type: 'text', index: true };
const dates = {
  createDate: { type: 'date', index: true },
  lastOpDate: { type: 'date', index: true },
} as const;

/** `ClusterInventory`-like. */
export const testClusterTable: TableSpec = {
  name: 'Cluster',
  table: 'test_cluster',
  javaClass: 'org.zstack.header.cluster.ClusterInventory',
  primaryKey: 'uuid',
  columns: { uuid: text, name: text, ...dates },
};

/** `HostInventory` with a KVM subclass chosen by `hypervisorType`. */
export const testHostTable: TableSpec = {
  name: 'Host',
  table: 'test_host',
  javaClass: 'org.zstack.header.host.HostInventory',
  primaryKey: 'uuid',
  taggable: true,
  columns: {
    uuid: text,
    name: text,
    clusterUuid: text,
    managementIp: text,
    hypervisorType: text,
    username: { type: 'text' },
    ...dates,
  },
  subtype: {
    column: 'hypervisorType',
    classes: { KVM: 'org.zstack.kvm.KVMHostInventory' },
  },
  relations: [
    {
      field: 'cluster',
      target: 'Cluster',
      localKey: 'clusterUuid',
      foreignKey: 'uuid',
      kind: 'one',
    },
  ],
};

/** `VmInstanceInventory`-like, owned, with nested NICs and volumes. */
export const testVmTable: TableSpec = {
  name: 'VmInstance',
  table: 'test_vm',
  javaClass: 'org.zstack.header.vm.VmInstanceInventory',
  primaryKey: 'uuid',
  owned: true,
  taggable: true,
  columns: {
    uuid: text,
    name: text,
    state: text,
    hostUuid: text,
    memorySize: { type: 'int', index: true },
    cpuSpeed: { type: 'real' },
    haEnabled: { type: 'bool', index: true },
    metadata: { type: 'json' },
    internalId: { type: 'int', hidden: true },
    guestOsType: { type: 'text', since: '5.0.0' },
    ...dates,
  },
  indexes: [['state', 'createDate']],
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
  ],
};

/** `VmNicInventory`-like. */
export const testNicTable: TableSpec = {
  name: 'VmNic',
  table: 'test_nic',
  javaClass: 'org.zstack.header.vm.VmNicInventory',
  primaryKey: 'uuid',
  columns: {
    uuid: text,
    vmInstanceUuid: text,
    l3NetworkUuid: text,
    ip: text,
    deviceId: { type: 'int' },
    ...dates,
  },
};

/** `VolumeInventory`-like. */
export const testVolumeTable: TableSpec = {
  name: 'Volume',
  table: 'test_volume',
  javaClass: 'org.zstack.header.volume.VolumeInventory',
  primaryKey: 'uuid',
  columns: {
    uuid: text,
    vmInstanceUuid: text,
    primaryStorageUuid: text,
    type: text,
    size: { type: 'int' },
    ...dates,
  },
};

/** The internal table behind PrimaryStorage.attachedClusterUuids. */
export const testPsClusterRefTable: TableSpec = {
  name: 'PrimaryStorageClusterRef',
  table: 'test_ps_cluster_ref',
  primaryKey: 'id',
  columns: { id: { type: 'int' }, primaryStorageUuid: text, clusterUuid: text },
};

/** `PrimaryStorageInventory`-like with a ref list. */
export const testPrimaryStorageTable: TableSpec = {
  name: 'PrimaryStorage',
  table: 'test_ps',
  javaClass: 'org.zstack.header.storage.primary.PrimaryStorageInventory',
  primaryKey: 'uuid',
  columns: { uuid: text, name: text, ...dates },
  refLists: [
    {
      field: 'attachedClusterUuids',
      table: 'PrimaryStorageClusterRef',
      localKey: 'primaryStorageUuid',
      valueKey: 'clusterUuid',
    },
  ],
};

/** Every test spec, in an order where some relations point at specs defined later. */
export const testTables: readonly TableSpec[] = [
  testVmTable,
  testNicTable,
  testVolumeTable,
  testClusterTable,
  testHostTable,
  testPrimaryStorageTable,
  testPsClusterRefTable,
];
