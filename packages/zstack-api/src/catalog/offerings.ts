/**
 * Catalogue section `offerings`: Instance and disk offerings.
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/configuration
 */

import type { DiskOfferingInventory, InstanceOfferingInventory } from '../inventories/offering.ts';
import type { EmptyResult, InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const configurationSrc = 'header/src/main/java/org/zstack/header/configuration';

/**
 * `QueryInstanceOffering`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/configuration/APIQueryInstanceOfferingMsg.java
 */
export const queryInstanceOffering = defineApi<QueryResult<InstanceOfferingInventory>>()({
  name: 'QueryInstanceOffering',
  fqn: 'org.zstack.header.configuration.APIQueryInstanceOfferingMsg',
  replyFqn: 'org.zstack.header.configuration.APIQueryInstanceOfferingReply',
  section: 'offerings',
  rest: {
    method: 'GET',
    path: '/instance-offerings',
    optionalPaths: ['/instance-offerings/{uuid}'],
    bodyKey: null,
  },
  async: false,
  response: 'inventories',
  queryInventory: 'InstanceOffering',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${configurationSrc}/APIQueryInstanceOfferingMsg.java`,
});

/**
 * `CreateInstanceOffering`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/configuration/APICreateInstanceOfferingMsg.java
 */
export const createInstanceOffering = defineApi<InventoryResult<InstanceOfferingInventory>>()({
  name: 'CreateInstanceOffering',
  fqn: 'org.zstack.header.configuration.APICreateInstanceOfferingMsg',
  replyFqn: 'org.zstack.header.configuration.APICreateInstanceOfferingEvent',
  section: 'offerings',
  rest: { method: 'POST', path: '/instance-offerings', bodyKey: 'params' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    cpuNum: { type: 'int', required: true, numberRange: [1, 1024] },
    memorySize: { type: 'long', required: true, numberRange: [1, Number.MAX_SAFE_INTEGER] },
    reservedMemorySize: { type: 'long', numberRange: [0, Number.MAX_SAFE_INTEGER], since: '4.8.0' },
    allocatorStrategy: { type: 'string' },
    sortKey: { type: 'int' },
    type: { type: 'string' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${configurationSrc}/APICreateInstanceOfferingMsg.java`,
});

/**
 * `DeleteInstanceOffering`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/configuration/APIDeleteInstanceOfferingMsg.java
 */
export const deleteInstanceOffering = defineApi<EmptyResult>()({
  name: 'DeleteInstanceOffering',
  fqn: 'org.zstack.header.configuration.APIDeleteInstanceOfferingMsg',
  replyFqn: 'org.zstack.header.configuration.APIDeleteInstanceOfferingEvent',
  section: 'offerings',
  rest: { method: 'DELETE', path: '/instance-offerings/{uuid}', bodyKey: null },
  async: true,
  adminOnly: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${configurationSrc}/APIDeleteInstanceOfferingMsg.java`,
});

/**
 * `UpdateInstanceOffering`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/configuration/APIUpdateInstanceOfferingMsg.java
 */
export const updateInstanceOffering = defineApi<InventoryResult<InstanceOfferingInventory>>()({
  name: 'UpdateInstanceOffering',
  fqn: 'org.zstack.header.configuration.APIUpdateInstanceOfferingMsg',
  replyFqn: 'org.zstack.header.configuration.APIUpdateInstanceOfferingEvent',
  section: 'offerings',
  rest: {
    method: 'PUT',
    path: '/instance-offerings/{uuid}/actions',
    bodyKey: 'updateInstanceOffering',
  },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    name: { type: 'string', maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    allocatorStrategy: { type: 'string', since: '2.4.0' },
  },
  since: '0.7.0',
  restSince: '1.9.0',
  source: `${configurationSrc}/APIUpdateInstanceOfferingMsg.java`,
});

/**
 * `ChangeInstanceOfferingState`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/configuration/APIChangeInstanceOfferingStateMsg.java
 */
export const changeInstanceOfferingState = defineApi<InventoryResult<InstanceOfferingInventory>>()({
  name: 'ChangeInstanceOfferingState',
  fqn: 'org.zstack.header.configuration.APIChangeInstanceOfferingStateMsg',
  replyFqn: 'org.zstack.header.configuration.APIChangeInstanceOfferingStateEvent',
  section: 'offerings',
  rest: {
    method: 'PUT',
    path: '/instance-offerings/{uuid}/actions',
    bodyKey: 'changeInstanceOfferingState',
  },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    stateEvent: { type: 'string', required: true, validValues: ['enable', 'disable'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${configurationSrc}/APIChangeInstanceOfferingStateMsg.java`,
});

/**
 * `QueryDiskOffering`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/configuration/APIQueryDiskOfferingMsg.java
 */
export const queryDiskOffering = defineApi<QueryResult<DiskOfferingInventory>>()({
  name: 'QueryDiskOffering',
  fqn: 'org.zstack.header.configuration.APIQueryDiskOfferingMsg',
  replyFqn: 'org.zstack.header.configuration.APIQueryDiskOfferingReply',
  section: 'offerings',
  rest: {
    method: 'GET',
    path: '/disk-offerings',
    optionalPaths: ['/disk-offerings/{uuid}'],
    bodyKey: null,
  },
  async: false,
  response: 'inventories',
  queryInventory: 'DiskOffering',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${configurationSrc}/APIQueryDiskOfferingMsg.java`,
});

/**
 * `CreateDiskOffering`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/configuration/APICreateDiskOfferingMsg.java
 */
export const createDiskOffering = defineApi<InventoryResult<DiskOfferingInventory>>()({
  name: 'CreateDiskOffering',
  fqn: 'org.zstack.header.configuration.APICreateDiskOfferingMsg',
  replyFqn: 'org.zstack.header.configuration.APICreateDiskOfferingEvent',
  section: 'offerings',
  rest: { method: 'POST', path: '/disk-offerings', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    diskSize: { type: 'long', required: true, numberRange: [1, Number.MAX_SAFE_INTEGER] },
    sortKey: { type: 'int' },
    allocationStrategy: { type: 'string' },
    type: { type: 'string', validValues: ['zstack'] },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${configurationSrc}/APICreateDiskOfferingMsg.java`,
});

/**
 * `DeleteDiskOffering`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/configuration/APIDeleteDiskOfferingMsg.java
 */
export const deleteDiskOffering = defineApi<EmptyResult>()({
  name: 'DeleteDiskOffering',
  fqn: 'org.zstack.header.configuration.APIDeleteDiskOfferingMsg',
  replyFqn: 'org.zstack.header.configuration.APIDeleteDiskOfferingEvent',
  section: 'offerings',
  rest: { method: 'DELETE', path: '/disk-offerings/{uuid}', bodyKey: null },
  async: true,
  adminOnly: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${configurationSrc}/APIDeleteDiskOfferingMsg.java`,
});

/**
 * `UpdateDiskOffering`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/configuration/APIUpdateDiskOfferingMsg.java
 */
export const updateDiskOffering = defineApi<InventoryResult<DiskOfferingInventory>>()({
  name: 'UpdateDiskOffering',
  fqn: 'org.zstack.header.configuration.APIUpdateDiskOfferingMsg',
  replyFqn: 'org.zstack.header.configuration.APIUpdateDiskOfferingEvent',
  section: 'offerings',
  rest: { method: 'PUT', path: '/disk-offerings/{uuid}/actions', bodyKey: 'updateDiskOffering' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    name: { type: 'string', maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
  },
  since: '0.7.0',
  restSince: '1.9.0',
  source: `${configurationSrc}/APIUpdateDiskOfferingMsg.java`,
});

/**
 * `ChangeDiskOfferingState`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/configuration/APIChangeDiskOfferingStateMsg.java
 */
export const changeDiskOfferingState = defineApi<InventoryResult<DiskOfferingInventory>>()({
  name: 'ChangeDiskOfferingState',
  fqn: 'org.zstack.header.configuration.APIChangeDiskOfferingStateMsg',
  replyFqn: 'org.zstack.header.configuration.APIChangeDiskOfferingStateEvent',
  section: 'offerings',
  rest: {
    method: 'PUT',
    path: '/disk-offerings/{uuid}/actions',
    bodyKey: 'changeDiskOfferingState',
  },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    stateEvent: { type: 'string', required: true, validValues: ['enable', 'disable'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${configurationSrc}/APIChangeDiskOfferingStateMsg.java`,
});
