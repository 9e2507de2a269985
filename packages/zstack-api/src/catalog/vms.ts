/**
 * Catalogue section `vms`: VM instances and NICs.
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/vm
 */

import type { ClusterInventory } from '../inventories/cluster.ts';
import type { HostInventory } from '../inventories/host.ts';
import type { VmInstanceInventory, VmNicInventory } from '../inventories/vm.ts';
import type { VolumeInventory } from '../inventories/volume.ts';
import type { EmptyResult, InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const vmSrc = 'header/src/main/java/org/zstack/header/vm';

/**
 * `CreateVmInstance`: async.
 * 1.2.x required instanceOfferingUuid, imageUuid and l3NetworkUuids; HEAD accepts cpuNum +
 * memorySize instead of an offering. Accepts top-level systemTags such as `userdata::<base64>`
 * (plain text before 2.1.0).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APICreateVmInstanceMsg.java
 */
export const createVmInstance = defineApi<InventoryResult<VmInstanceInventory>>()({
  name: 'CreateVmInstance',
  fqn: 'org.zstack.header.vm.APICreateVmInstanceMsg',
  replyFqn: 'org.zstack.header.vm.APICreateVmInstanceEvent',
  section: 'vms',
  rest: { method: 'POST', path: '/vm-instances', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    instanceOfferingUuid: { type: 'string' },
    cpuNum: { type: 'int', since: '3.4.0' },
    memorySize: { type: 'long', since: '3.4.0' },
    reservedMemorySize: { type: 'long', numberRange: [0, Number.MAX_SAFE_INTEGER], since: '4.8.0' },
    imageUuid: { type: 'string' },
    l3NetworkUuids: { type: 'stringList' },
    vmNicParams: { type: 'string', since: '4.8.0' },
    type: { type: 'string', validValues: ['UserVm', 'ApplianceVm'] },
    rootDiskOfferingUuid: { type: 'string' },
    rootDiskSize: { type: 'long', since: '3.4.0' },
    dataDiskSizes: { type: 'json', since: '4.5.0' },
    dataDiskOfferingUuids: { type: 'stringList' },
    zoneUuid: { type: 'string' },
    clusterUuid: { type: 'string' },
    hostUuid: { type: 'string' },
    primaryStorageUuidForRootVolume: { type: 'string', since: '1.8.0' },
    description: { type: 'string', maxLength: 2048 },
    defaultL3NetworkUuid: { type: 'string' },
    strategy: {
      type: 'string',
      validValues: ['InstantStart', 'JustCreate', 'CreateStopped'],
      since: '1.7.0',
    },
    rootVolumeSystemTags: { type: 'stringList', since: '3.1.0' },
    dataVolumeSystemTags: { type: 'stringList', since: '3.1.0' },
    dataVolumeSystemTagsOnIndex: { type: 'map', since: '4.5.0' },
    sshKeyPairUuids: { type: 'stringList', since: '4.8.0' },
    platform: {
      type: 'string',
      validValues: ['Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'],
      since: '4.8.0',
    },
    guestOsType: { type: 'string', maxLength: 255, since: '4.8.0' },
    architecture: {
      type: 'string',
      validValues: ['x86_64', 'aarch64', 'mips64el', 'loongarch64'],
      maxLength: 32,
      since: '4.8.0',
    },
    virtio: { type: 'boolean', since: '4.8.0' },
    diskAOs: { type: 'json', since: '4.8.0' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${vmSrc}/APICreateVmInstanceMsg.java`,
});

/**
 * `QueryVmInstance`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIQueryVmInstanceMsg.java
 */
export const queryVmInstance = defineApi<QueryResult<VmInstanceInventory>>()({
  name: 'QueryVmInstance',
  fqn: 'org.zstack.header.vm.APIQueryVmInstanceMsg',
  replyFqn: 'org.zstack.header.vm.APIQueryVmInstanceReply',
  section: 'vms',
  rest: {
    method: 'GET',
    path: '/vm-instances',
    optionalPaths: ['/vm-instances/{uuid}'],
    bodyKey: null,
  },
  async: false,
  response: 'inventories',
  queryInventory: 'VmInstance',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${vmSrc}/APIQueryVmInstanceMsg.java`,
});

/**
 * `StartVmInstance`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIStartVmInstanceMsg.java
 */
export const startVmInstance = defineApi<InventoryResult<VmInstanceInventory>>()({
  name: 'StartVmInstance',
  fqn: 'org.zstack.header.vm.APIStartVmInstanceMsg',
  replyFqn: 'org.zstack.header.vm.APIStartVmInstanceEvent',
  section: 'vms',
  rest: { method: 'PUT', path: '/vm-instances/{uuid}/actions', bodyKey: 'startVmInstance' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    clusterUuid: { type: 'string', since: '1.3.0' },
    hostUuid: { type: 'string', since: '1.3.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${vmSrc}/APIStartVmInstanceMsg.java`,
});

/**
 * `StopVmInstance`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIStopVmInstanceMsg.java
 */
export const stopVmInstance = defineApi<InventoryResult<VmInstanceInventory>>()({
  name: 'StopVmInstance',
  fqn: 'org.zstack.header.vm.APIStopVmInstanceMsg',
  replyFqn: 'org.zstack.header.vm.APIStopVmInstanceEvent',
  section: 'vms',
  rest: { method: 'PUT', path: '/vm-instances/{uuid}/actions', bodyKey: 'stopVmInstance' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    type: { type: 'string', validValues: ['grace', 'cold'], since: '1.7.0' },
    stopHA: { type: 'string', validValues: ['true'], since: '2.3.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${vmSrc}/APIStopVmInstanceMsg.java`,
});

/**
 * `RebootVmInstance`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIRebootVmInstanceMsg.java
 */
export const rebootVmInstance = defineApi<InventoryResult<VmInstanceInventory>>()({
  name: 'RebootVmInstance',
  fqn: 'org.zstack.header.vm.APIRebootVmInstanceMsg',
  replyFqn: 'org.zstack.header.vm.APIRebootVmInstanceEvent',
  section: 'vms',
  rest: { method: 'PUT', path: '/vm-instances/{uuid}/actions', bodyKey: 'rebootVmInstance' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${vmSrc}/APIRebootVmInstanceMsg.java`,
});

/**
 * `DestroyVmInstance`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIDestroyVmInstanceMsg.java
 */
export const destroyVmInstance = defineApi<EmptyResult>()({
  name: 'DestroyVmInstance',
  fqn: 'org.zstack.header.vm.APIDestroyVmInstanceMsg',
  replyFqn: 'org.zstack.header.vm.APIDestroyVmInstanceEvent',
  section: 'vms',
  rest: { method: 'DELETE', path: '/vm-instances/{uuid}', bodyKey: null },
  async: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${vmSrc}/APIDestroyVmInstanceMsg.java`,
});

/**
 * `RecoverVmInstance`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIRecoverVmInstanceMsg.java
 */
export const recoverVmInstance = defineApi<InventoryResult<VmInstanceInventory>>()({
  name: 'RecoverVmInstance',
  fqn: 'org.zstack.header.vm.APIRecoverVmInstanceMsg',
  replyFqn: 'org.zstack.header.vm.APIRecoverVmInstanceEvent',
  section: 'vms',
  rest: { method: 'PUT', path: '/vm-instances/{uuid}/actions', bodyKey: 'recoverVmInstance' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
  },
  since: '1.0.0',
  restSince: '1.9.0',
  source: `${vmSrc}/APIRecoverVmInstanceMsg.java`,
});

/**
 * `ExpungeVmInstance`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIExpungeVmInstanceMsg.java
 */
export const expungeVmInstance = defineApi<EmptyResult>()({
  name: 'ExpungeVmInstance',
  fqn: 'org.zstack.header.vm.APIExpungeVmInstanceMsg',
  replyFqn: 'org.zstack.header.vm.APIExpungeVmInstanceEvent',
  section: 'vms',
  rest: { method: 'PUT', path: '/vm-instances/{uuid}/actions', bodyKey: 'expungeVmInstance' },
  async: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
  },
  since: '1.0.0',
  restSince: '1.9.0',
  source: `${vmSrc}/APIExpungeVmInstanceMsg.java`,
});

/**
 * `MigrateVm`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIMigrateVmMsg.java
 */
export const migrateVm = defineApi<InventoryResult<VmInstanceInventory>>()({
  name: 'MigrateVm',
  fqn: 'org.zstack.header.vm.APIMigrateVmMsg',
  replyFqn: 'org.zstack.header.vm.APIMigrateVmEvent',
  section: 'vms',
  rest: { method: 'PUT', path: '/vm-instances/{vmInstanceUuid}/actions', bodyKey: 'migrateVm' },
  async: true,
  response: 'inventory',
  params: {
    vmInstanceUuid: { type: 'string', required: true },
    hostUuid: { type: 'string' },
    migrateFromDestination: { type: 'boolean', since: '2.4.0' },
    allowUnknown: { type: 'boolean', since: '3.6.0' },
    strategy: { type: 'string', validValues: ['auto-converge'], since: '3.6.0' },
    downTime: { type: 'int', since: '4.7.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${vmSrc}/APIMigrateVmMsg.java`,
});

/**
 * `GetVmMigrationCandidateHosts`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIGetVmMigrationCandidateHostsMsg.java
 */
export const getVmMigrationCandidateHosts = defineApi<{ inventories: HostInventory[] }>()({
  name: 'GetVmMigrationCandidateHosts',
  fqn: 'org.zstack.header.vm.APIGetVmMigrationCandidateHostsMsg',
  replyFqn: 'org.zstack.header.vm.APIGetVmMigrationCandidateHostsReply',
  section: 'vms',
  rest: {
    method: 'GET',
    path: '/vm-instances/{vmInstanceUuid}/migration-target-hosts',
    bodyKey: null,
  },
  async: false,
  response: 'inventories',
  params: {
    vmInstanceUuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${vmSrc}/APIGetVmMigrationCandidateHostsMsg.java`,
});

/**
 * `UpdateVmInstance`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIUpdateVmInstanceMsg.java
 */
export const updateVmInstance = defineApi<InventoryResult<VmInstanceInventory>>()({
  name: 'UpdateVmInstance',
  fqn: 'org.zstack.header.vm.APIUpdateVmInstanceMsg',
  replyFqn: 'org.zstack.header.vm.APIUpdateVmInstanceEvent',
  section: 'vms',
  rest: { method: 'PUT', path: '/vm-instances/{uuid}/actions', bodyKey: 'updateVmInstance' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    name: { type: 'string', maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    state: { type: 'string', validValues: ['Stopped', 'Running'] },
    defaultL3NetworkUuid: { type: 'string', since: '0.8.0' },
    platform: {
      type: 'string',
      validValues: ['Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'],
      since: '1.0.0',
    },
    cpuNum: { type: 'int', numberRange: [1, 1024], since: '1.9.0' },
    memorySize: { type: 'long', numberRange: [1, Number.MAX_SAFE_INTEGER], since: '1.9.0' },
    reservedMemorySize: { type: 'long', numberRange: [0, Number.MAX_SAFE_INTEGER], since: '4.8.0' },
    guestOsType: { type: 'string', maxLength: 255, since: '4.2.0' },
  },
  since: '0.7.0',
  restSince: '1.9.0',
  source: `${vmSrc}/APIUpdateVmInstanceMsg.java`,
});

/**
 * `ChangeInstanceOffering`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIChangeInstanceOfferingMsg.java
 */
export const changeInstanceOffering = defineApi<InventoryResult<VmInstanceInventory>>()({
  name: 'ChangeInstanceOffering',
  fqn: 'org.zstack.header.vm.APIChangeInstanceOfferingMsg',
  replyFqn: 'org.zstack.header.vm.APIChangeInstanceOfferingEvent',
  section: 'vms',
  rest: {
    method: 'PUT',
    path: '/vm-instances/{vmInstanceUuid}/actions',
    bodyKey: 'changeInstanceOffering',
  },
  async: true,
  response: 'inventory',
  params: {
    vmInstanceUuid: { type: 'string', required: true },
    instanceOfferingUuid: { type: 'string', required: true },
  },
  since: '0.8.0',
  restSince: '1.9.0',
  source: `${vmSrc}/APIChangeInstanceOfferingMsg.java`,
});

/**
 * `QueryVmNic`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIQueryVmNicMsg.java
 */
export const queryVmNic = defineApi<QueryResult<VmNicInventory>>()({
  name: 'QueryVmNic',
  fqn: 'org.zstack.header.vm.APIQueryVmNicMsg',
  replyFqn: 'org.zstack.header.vm.APIQueryVmNicReply',
  section: 'vms',
  rest: {
    method: 'GET',
    path: '/vm-instances/nics',
    optionalPaths: ['/vm-instances/nics/{uuid}'],
    bodyKey: null,
  },
  async: false,
  response: 'inventories',
  queryInventory: 'VmNic',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${vmSrc}/APIQueryVmNicMsg.java`,
});

/**
 * `GetVmAttachableDataVolume`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIGetVmAttachableDataVolumeMsg.java
 */
export const getVmAttachableDataVolume = defineApi<{ inventories: VolumeInventory[] }>()({
  name: 'GetVmAttachableDataVolume',
  fqn: 'org.zstack.header.vm.APIGetVmAttachableDataVolumeMsg',
  replyFqn: 'org.zstack.header.vm.APIGetVmAttachableDataVolumeReply',
  section: 'vms',
  rest: {
    method: 'GET',
    path: '/vm-instances/{vmInstanceUuid}/data-volume-candidates',
    bodyKey: null,
  },
  async: false,
  response: 'inventories',
  params: {
    vmInstanceUuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${vmSrc}/APIGetVmAttachableDataVolumeMsg.java`,
});

/**
 * `GetVmStartingCandidateClustersHosts`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIGetVmStartingCandidateClustersHostsMsg.java
 */
export const getVmStartingCandidateClustersHosts = defineApi<{
  hosts: HostInventory[];
  clusters: ClusterInventory[];
}>()({
  name: 'GetVmStartingCandidateClustersHosts',
  fqn: 'org.zstack.header.vm.APIGetVmStartingCandidateClustersHostsMsg',
  replyFqn: 'org.zstack.header.vm.APIGetVmStartingCandidateClustersHostsReply',
  section: 'vms',
  rest: { method: 'GET', path: '/vm-instances/{uuid}/starting-target-hosts', bodyKey: null },
  async: false,
  response: { fieldsTo: { hosts: 'hostInventories', clusters: 'clusterInventories' } },
  params: {
    uuid: { type: 'string', required: true },
  },
  since: '1.3.0',
  restSince: '1.9.0',
  source: `${vmSrc}/APIGetVmStartingCandidateClustersHostsMsg.java`,
});
