/**
 * Catalogue section `primaryStorage`: Primary storage (local, NFS, shared mount point).
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/storage/primary
 */

import type { PrimaryStorageInventory } from '../inventories/primaryStorage.ts';
import type { EmptyResult, InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const primarySrc = 'header/src/main/java/org/zstack/header/storage/primary';
const localSrc = 'plugin/localstorage/src/main/java/org/zstack/storage/primary/local';
const nfsSrc = 'plugin/nfsPrimaryStorage/src/main/java/org/zstack/storage/primary/nfs';
const smpSrc = 'plugin/sharedMountPointPrimaryStorage/src/main/java/org/zstack/storage/primary/smp';

/**
 * `QueryPrimaryStorage`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/primary/APIQueryPrimaryStorageMsg.java
 */
export const queryPrimaryStorage = defineApi<QueryResult<PrimaryStorageInventory>>()({
  name: 'QueryPrimaryStorage',
  fqn: 'org.zstack.header.storage.primary.APIQueryPrimaryStorageMsg',
  replyFqn: 'org.zstack.header.storage.primary.APIQueryPrimaryStorageReply',
  section: 'primaryStorage',
  rest: { method: 'GET', path: '/primary-storage', bodyKey: null },
  async: false,
  response: 'inventories',
  queryInventory: 'PrimaryStorage',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${primarySrc}/APIQueryPrimaryStorageMsg.java`,
});

/**
 * `AddLocalPrimaryStorage`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/localstorage/src/main/java/org/zstack/storage/primary/local/APIAddLocalPrimaryStorageMsg.java
 */
export const addLocalPrimaryStorage = defineApi<InventoryResult<PrimaryStorageInventory>>()({
  name: 'AddLocalPrimaryStorage',
  fqn: 'org.zstack.storage.primary.local.APIAddLocalPrimaryStorageMsg',
  replyFqn: 'org.zstack.header.storage.primary.APIAddPrimaryStorageEvent',
  section: 'primaryStorage',
  rest: { method: 'POST', path: '/primary-storage/local-storage', bodyKey: 'params' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    url: { type: 'string', required: true, maxLength: 2048 },
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    type: { type: 'string' },
    zoneUuid: { type: 'string', required: true },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.8.0',
  restSince: '1.9.0',
  source: `${localSrc}/APIAddLocalPrimaryStorageMsg.java`,
});

/**
 * `AddNfsPrimaryStorage`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/nfsPrimaryStorage/src/main/java/org/zstack/storage/primary/nfs/APIAddNfsPrimaryStorageMsg.java
 */
export const addNfsPrimaryStorage = defineApi<InventoryResult<PrimaryStorageInventory>>()({
  name: 'AddNfsPrimaryStorage',
  fqn: 'org.zstack.storage.primary.nfs.APIAddNfsPrimaryStorageMsg',
  replyFqn: 'org.zstack.header.storage.primary.APIAddPrimaryStorageEvent',
  section: 'primaryStorage',
  rest: { method: 'POST', path: '/primary-storage/nfs', bodyKey: 'params' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    url: { type: 'string', required: true, maxLength: 2048 },
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    type: { type: 'string' },
    zoneUuid: { type: 'string', required: true },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${nfsSrc}/APIAddNfsPrimaryStorageMsg.java`,
});

/**
 * `AddSharedMountPointPrimaryStorage`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/sharedMountPointPrimaryStorage/src/main/java/org/zstack/storage/primary/smp/APIAddSharedMountPointPrimaryStorageMsg.java
 */
export const addSharedMountPointPrimaryStorage = defineApi<
  InventoryResult<PrimaryStorageInventory>
>()({
  name: 'AddSharedMountPointPrimaryStorage',
  fqn: 'org.zstack.storage.primary.smp.APIAddSharedMountPointPrimaryStorageMsg',
  replyFqn: 'org.zstack.header.storage.primary.APIAddPrimaryStorageEvent',
  section: 'primaryStorage',
  rest: { method: 'POST', path: '/primary-storage/smp', bodyKey: 'params' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    /** The local mount path, already mounted on every host. */
    url: { type: 'string', required: true, maxLength: 2048 },
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    type: { type: 'string' },
    zoneUuid: { type: 'string', required: true },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '1.2.0',
  restSince: '1.9.0',
  source: `${smpSrc}/APIAddSharedMountPointPrimaryStorageMsg.java`,
});

/**
 * `AttachPrimaryStorageToCluster`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/primary/APIAttachPrimaryStorageToClusterMsg.java
 */
export const attachPrimaryStorageToCluster = defineApi<InventoryResult<PrimaryStorageInventory>>()({
  name: 'AttachPrimaryStorageToCluster',
  fqn: 'org.zstack.header.storage.primary.APIAttachPrimaryStorageToClusterMsg',
  replyFqn: 'org.zstack.header.storage.primary.APIAttachPrimaryStorageToClusterEvent',
  section: 'primaryStorage',
  rest: {
    method: 'POST',
    path: '/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}',
    bodyKey: 'params',
  },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    clusterUuid: { type: 'string', required: true },
    primaryStorageUuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${primarySrc}/APIAttachPrimaryStorageToClusterMsg.java`,
});

/**
 * `DetachPrimaryStorageFromCluster`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/primary/APIDetachPrimaryStorageFromClusterMsg.java
 */
export const detachPrimaryStorageFromCluster = defineApi<
  InventoryResult<PrimaryStorageInventory>
>()({
  name: 'DetachPrimaryStorageFromCluster',
  fqn: 'org.zstack.header.storage.primary.APIDetachPrimaryStorageFromClusterMsg',
  replyFqn: 'org.zstack.header.storage.primary.APIDetachPrimaryStorageFromClusterEvent',
  section: 'primaryStorage',
  rest: {
    method: 'DELETE',
    path: '/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}',
    bodyKey: null,
  },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    primaryStorageUuid: { type: 'string', required: true },
    clusterUuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${primarySrc}/APIDetachPrimaryStorageFromClusterMsg.java`,
});

/**
 * `DeletePrimaryStorage`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/primary/APIDeletePrimaryStorageMsg.java
 */
export const deletePrimaryStorage = defineApi<EmptyResult>()({
  name: 'DeletePrimaryStorage',
  fqn: 'org.zstack.header.storage.primary.APIDeletePrimaryStorageMsg',
  replyFqn: 'org.zstack.header.storage.primary.APIDeletePrimaryStorageEvent',
  section: 'primaryStorage',
  rest: { method: 'DELETE', path: '/primary-storage/{uuid}', bodyKey: null },
  async: true,
  adminOnly: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${primarySrc}/APIDeletePrimaryStorageMsg.java`,
});

/**
 * `ReconnectPrimaryStorage`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/primary/APIReconnectPrimaryStorageMsg.java
 */
export const reconnectPrimaryStorage = defineApi<InventoryResult<PrimaryStorageInventory>>()({
  name: 'ReconnectPrimaryStorage',
  fqn: 'org.zstack.header.storage.primary.APIReconnectPrimaryStorageMsg',
  replyFqn: 'org.zstack.header.storage.primary.APIReconnectPrimaryStorageEvent',
  section: 'primaryStorage',
  rest: {
    method: 'PUT',
    path: '/primary-storage/{uuid}/actions',
    bodyKey: 'reconnectPrimaryStorage',
  },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
  },
  since: '0.7.0',
  restSince: '1.9.0',
  source: `${primarySrc}/APIReconnectPrimaryStorageMsg.java`,
});

/**
 * `ChangePrimaryStorageState`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/primary/APIChangePrimaryStorageStateMsg.java
 */
export const changePrimaryStorageState = defineApi<InventoryResult<PrimaryStorageInventory>>()({
  name: 'ChangePrimaryStorageState',
  fqn: 'org.zstack.header.storage.primary.APIChangePrimaryStorageStateMsg',
  replyFqn: 'org.zstack.header.storage.primary.APIChangePrimaryStorageStateEvent',
  section: 'primaryStorage',
  rest: {
    method: 'PUT',
    path: '/primary-storage/{uuid}/actions',
    bodyKey: 'changePrimaryStorageState',
  },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    stateEvent: {
      type: 'string',
      required: true,
      validValues: ['enable', 'disable', 'maintain', 'deleting'],
    },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${primarySrc}/APIChangePrimaryStorageStateMsg.java`,
});

/**
 * `UpdatePrimaryStorage`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/primary/APIUpdatePrimaryStorageMsg.java
 */
export const updatePrimaryStorage = defineApi<InventoryResult<PrimaryStorageInventory>>()({
  name: 'UpdatePrimaryStorage',
  fqn: 'org.zstack.header.storage.primary.APIUpdatePrimaryStorageMsg',
  replyFqn: 'org.zstack.header.storage.primary.APIUpdatePrimaryStorageEvent',
  section: 'primaryStorage',
  rest: { method: 'PUT', path: '/primary-storage/{uuid}/actions', bodyKey: 'updatePrimaryStorage' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    name: { type: 'string', maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    url: { type: 'string', maxLength: 2048, since: '1.6.0' },
  },
  since: '0.7.0',
  restSince: '1.9.0',
  source: `${primarySrc}/APIUpdatePrimaryStorageMsg.java`,
});
