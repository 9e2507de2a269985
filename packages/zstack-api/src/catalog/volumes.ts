/**
 * Catalogue section `volumes`: Volumes.
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/volume
 */

import type { VmInstanceInventory } from '../inventories/vm.ts';
import type { VolumeInventory } from '../inventories/volume.ts';
import type { EmptyResult, InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const volumeSrc = 'header/src/main/java/org/zstack/header/volume';

/**
 * `CreateDataVolume`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/volume/APICreateDataVolumeMsg.java
 */
export const createDataVolume = defineApi<InventoryResult<VolumeInventory>>()({
  name: 'CreateDataVolume',
  fqn: 'org.zstack.header.volume.APICreateDataVolumeMsg',
  replyFqn: 'org.zstack.header.volume.APICreateDataVolumeEvent',
  section: 'volumes',
  rest: { method: 'POST', path: '/volumes/data', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    diskOfferingUuid: { type: 'string' },
    diskSize: { type: 'long', since: '3.4.0' },
    primaryStorageUuid: { type: 'string', since: '1.7.0' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${volumeSrc}/APICreateDataVolumeMsg.java`,
});

/**
 * `QueryVolume`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/volume/APIQueryVolumeMsg.java
 */
export const queryVolume = defineApi<QueryResult<VolumeInventory>>()({
  name: 'QueryVolume',
  fqn: 'org.zstack.header.volume.APIQueryVolumeMsg',
  replyFqn: 'org.zstack.header.volume.APIQueryVolumeReply',
  section: 'volumes',
  rest: { method: 'GET', path: '/volumes', optionalPaths: ['/volumes/{uuid}'], bodyKey: null },
  async: false,
  response: 'inventories',
  queryInventory: 'Volume',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${volumeSrc}/APIQueryVolumeMsg.java`,
});

/**
 * `AttachDataVolumeToVm`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/volume/APIAttachDataVolumeToVmMsg.java
 */
export const attachDataVolumeToVm = defineApi<InventoryResult<VolumeInventory>>()({
  name: 'AttachDataVolumeToVm',
  fqn: 'org.zstack.header.volume.APIAttachDataVolumeToVmMsg',
  replyFqn: 'org.zstack.header.volume.APIAttachDataVolumeToVmEvent',
  section: 'volumes',
  rest: {
    method: 'POST',
    path: '/volumes/{volumeUuid}/vm-instances/{vmInstanceUuid}',
    bodyKey: 'params',
  },
  async: true,
  response: 'inventory',
  params: {
    vmInstanceUuid: { type: 'string', required: true },
    volumeUuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${volumeSrc}/APIAttachDataVolumeToVmMsg.java`,
});

/**
 * `DetachDataVolumeFromVm`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/volume/APIDetachDataVolumeFromVmMsg.java
 */
export const detachDataVolumeFromVm = defineApi<InventoryResult<VolumeInventory>>()({
  name: 'DetachDataVolumeFromVm',
  fqn: 'org.zstack.header.volume.APIDetachDataVolumeFromVmMsg',
  replyFqn: 'org.zstack.header.volume.APIDetachDataVolumeFromVmEvent',
  section: 'volumes',
  rest: { method: 'DELETE', path: '/volumes/{uuid}/vm-instances', bodyKey: null },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    vmUuid: { type: 'string', since: '1.9.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${volumeSrc}/APIDetachDataVolumeFromVmMsg.java`,
});

/**
 * `DeleteDataVolume`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/volume/APIDeleteDataVolumeMsg.java
 */
export const deleteDataVolume = defineApi<EmptyResult>()({
  name: 'DeleteDataVolume',
  fqn: 'org.zstack.header.volume.APIDeleteDataVolumeMsg',
  replyFqn: 'org.zstack.header.volume.APIDeleteDataVolumeEvent',
  section: 'volumes',
  rest: { method: 'DELETE', path: '/volumes/{uuid}', bodyKey: null },
  async: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${volumeSrc}/APIDeleteDataVolumeMsg.java`,
});

/**
 * `ExpungeDataVolume`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/volume/APIExpungeDataVolumeMsg.java
 */
export const expungeDataVolume = defineApi<EmptyResult>()({
  name: 'ExpungeDataVolume',
  fqn: 'org.zstack.header.volume.APIExpungeDataVolumeMsg',
  replyFqn: 'org.zstack.header.volume.APIExpungeDataVolumeEvent',
  section: 'volumes',
  rest: { method: 'PUT', path: '/volumes/{uuid}/actions', bodyKey: 'expungeDataVolume' },
  async: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
  },
  since: '1.0.0',
  restSince: '1.9.0',
  source: `${volumeSrc}/APIExpungeDataVolumeMsg.java`,
});

/**
 * `RecoverDataVolume`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/volume/APIRecoverDataVolumeMsg.java
 */
export const recoverDataVolume = defineApi<InventoryResult<VolumeInventory>>()({
  name: 'RecoverDataVolume',
  fqn: 'org.zstack.header.volume.APIRecoverDataVolumeMsg',
  replyFqn: 'org.zstack.header.volume.APIRecoverDataVolumeEvent',
  section: 'volumes',
  rest: { method: 'PUT', path: '/volumes/{uuid}/actions', bodyKey: 'recoverDataVolume' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
  },
  since: '1.0.0',
  restSince: '1.9.0',
  source: `${volumeSrc}/APIRecoverDataVolumeMsg.java`,
});

/**
 * `UpdateVolume`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/volume/APIUpdateVolumeMsg.java
 */
export const updateVolume = defineApi<InventoryResult<VolumeInventory>>()({
  name: 'UpdateVolume',
  fqn: 'org.zstack.header.volume.APIUpdateVolumeMsg',
  replyFqn: 'org.zstack.header.volume.APIUpdateVolumeEvent',
  section: 'volumes',
  rest: { method: 'PUT', path: '/volumes/{uuid}/actions', bodyKey: 'updateVolume' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    name: { type: 'string', maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
  },
  since: '0.7.0',
  restSince: '1.9.0',
  source: `${volumeSrc}/APIUpdateVolumeMsg.java`,
});

/**
 * `ChangeVolumeState`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/volume/APIChangeVolumeStateMsg.java
 */
export const changeVolumeState = defineApi<InventoryResult<VolumeInventory>>()({
  name: 'ChangeVolumeState',
  fqn: 'org.zstack.header.volume.APIChangeVolumeStateMsg',
  replyFqn: 'org.zstack.header.volume.APIChangeVolumeStateEvent',
  section: 'volumes',
  rest: { method: 'PUT', path: '/volumes/{uuid}/actions', bodyKey: 'changeVolumeState' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    stateEvent: { type: 'string', required: true, validValues: ['enable', 'disable'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${volumeSrc}/APIChangeVolumeStateMsg.java`,
});

/**
 * `GetDataVolumeAttachableVm`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/volume/APIGetDataVolumeAttachableVmMsg.java
 */
export const getDataVolumeAttachableVm = defineApi<{ inventories: VmInstanceInventory[] }>()({
  name: 'GetDataVolumeAttachableVm',
  fqn: 'org.zstack.header.volume.APIGetDataVolumeAttachableVmMsg',
  replyFqn: 'org.zstack.header.volume.APIGetDataVolumeAttachableVmReply',
  section: 'volumes',
  rest: { method: 'GET', path: '/volumes/{volumeUuid}/candidate-vm-instances', bodyKey: null },
  async: false,
  response: 'inventories',
  params: {
    volumeUuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${volumeSrc}/APIGetDataVolumeAttachableVmMsg.java`,
});
