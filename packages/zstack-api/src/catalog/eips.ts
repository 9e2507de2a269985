/**
 * Catalogue section `eips`: Elastic IPs.
 *
 * @see https://github.com/zstackio/zstack/tree/master/plugin/eip/src/main/java/org/zstack/network/service/eip
 */

import type { EipInventory } from '../inventories/eip.ts';
import type { VmNicInventory } from '../inventories/vm.ts';
import type { EmptyResult, InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const eipSrc = 'plugin/eip/src/main/java/org/zstack/network/service/eip';

/**
 * `CreateEip`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/eip/src/main/java/org/zstack/network/service/eip/APICreateEipMsg.java
 */
export const createEip = defineApi<InventoryResult<EipInventory>>()({
  name: 'CreateEip',
  fqn: 'org.zstack.network.service.eip.APICreateEipMsg',
  replyFqn: 'org.zstack.network.service.eip.APICreateEipEvent',
  section: 'eips',
  rest: { method: 'POST', path: '/eips', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    vipUuid: { type: 'string', required: true },
    vmNicUuid: { type: 'string' },
    usedIpUuid: { type: 'string', since: '3.1.0' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${eipSrc}/APICreateEipMsg.java`,
});

/**
 * `QueryEip`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/eip/src/main/java/org/zstack/network/service/eip/APIQueryEipMsg.java
 */
export const queryEip = defineApi<QueryResult<EipInventory>>()({
  name: 'QueryEip',
  fqn: 'org.zstack.network.service.eip.APIQueryEipMsg',
  replyFqn: 'org.zstack.network.service.eip.APIQueryEipReply',
  section: 'eips',
  rest: { method: 'GET', path: '/eips', optionalPaths: ['/eips/{uuid}'], bodyKey: null },
  async: false,
  response: 'inventories',
  queryInventory: 'Eip',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${eipSrc}/APIQueryEipMsg.java`,
});

/**
 * `AttachEip`: async.
 * The 1.9.x–2.0.x annotation had a broken path (`{vmNicUuid"`), so use the legacy RPC there.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/eip/src/main/java/org/zstack/network/service/eip/APIAttachEipMsg.java
 */
export const attachEip = defineApi<InventoryResult<EipInventory>>()({
  name: 'AttachEip',
  fqn: 'org.zstack.network.service.eip.APIAttachEipMsg',
  replyFqn: 'org.zstack.network.service.eip.APIAttachEipEvent',
  section: 'eips',
  rest: {
    method: 'POST',
    path: '/eips/{eipUuid}/vm-instances/nics/{vmNicUuid}',
    bodyKey: 'params',
  },
  async: true,
  response: 'inventory',
  params: {
    eipUuid: { type: 'string', required: true },
    vmNicUuid: { type: 'string', required: true },
    usedIpUuid: { type: 'string', since: '3.1.0' },
  },
  since: '0.6.0',
  restSince: '2.1.0',
  source: `${eipSrc}/APIAttachEipMsg.java`,
});

/**
 * `DetachEip`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/eip/src/main/java/org/zstack/network/service/eip/APIDetachEipMsg.java
 */
export const detachEip = defineApi<InventoryResult<EipInventory>>()({
  name: 'DetachEip',
  fqn: 'org.zstack.network.service.eip.APIDetachEipMsg',
  replyFqn: 'org.zstack.network.service.eip.APIDetachEipEvent',
  section: 'eips',
  rest: { method: 'DELETE', path: '/eips/{uuid}/vm-instances/nics', bodyKey: null },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${eipSrc}/APIDetachEipMsg.java`,
});

/**
 * `DeleteEip`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/eip/src/main/java/org/zstack/network/service/eip/APIDeleteEipMsg.java
 */
export const deleteEip = defineApi<EmptyResult>()({
  name: 'DeleteEip',
  fqn: 'org.zstack.network.service.eip.APIDeleteEipMsg',
  replyFqn: 'org.zstack.network.service.eip.APIDeleteEipEvent',
  section: 'eips',
  rest: { method: 'DELETE', path: '/eips/{uuid}', bodyKey: null },
  async: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${eipSrc}/APIDeleteEipMsg.java`,
});

/**
 * `UpdateEip`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/eip/src/main/java/org/zstack/network/service/eip/APIUpdateEipMsg.java
 */
export const updateEip = defineApi<InventoryResult<EipInventory>>()({
  name: 'UpdateEip',
  fqn: 'org.zstack.network.service.eip.APIUpdateEipMsg',
  replyFqn: 'org.zstack.network.service.eip.APIUpdateEipEvent',
  section: 'eips',
  rest: { method: 'PUT', path: '/eips/{uuid}/actions', bodyKey: 'updateEip' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    name: { type: 'string', maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
  },
  since: '0.7.0',
  restSince: '1.9.0',
  source: `${eipSrc}/APIUpdateEipMsg.java`,
});

/**
 * `ChangeEipState`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/eip/src/main/java/org/zstack/network/service/eip/APIChangeEipStateMsg.java
 */
export const changeEipState = defineApi<InventoryResult<EipInventory>>()({
  name: 'ChangeEipState',
  fqn: 'org.zstack.network.service.eip.APIChangeEipStateMsg',
  replyFqn: 'org.zstack.network.service.eip.APIChangeEipStateEvent',
  section: 'eips',
  rest: { method: 'PUT', path: '/eips/{uuid}/actions', bodyKey: 'changeEipState' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    stateEvent: { type: 'string', required: true, validValues: ['enable', 'disable'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${eipSrc}/APIChangeEipStateMsg.java`,
});

/**
 * `GetEipAttachableVmNics`: sync.
 * 1.9.x routed it at `GET /eips/vm-instances/candidate-nics`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/eip/src/main/java/org/zstack/network/service/eip/APIGetEipAttachableVmNicsMsg.java
 */
export const getEipAttachableVmNics = defineApi<{
  inventories: VmNicInventory[];
  start?: number;
  more?: boolean;
  success: boolean;
}>()({
  name: 'GetEipAttachableVmNics',
  fqn: 'org.zstack.network.service.eip.APIGetEipAttachableVmNicsMsg',
  replyFqn: 'org.zstack.network.service.eip.APIGetEipAttachableVmNicsReply',
  section: 'eips',
  rest: { method: 'GET', path: '/eips/{eipUuid}/vm-instances/candidate-nics', bodyKey: null },
  async: false,
  response: 'all',
  params: {
    eipUuid: { type: 'string', required: true },
    vipUuid: { type: 'string' },
    vmUuid: { type: 'string', since: '3.8.0' },
    vmName: { type: 'string', since: '3.8.0' },
    networkServiceProvider: { type: 'string', since: '3.9.0' },
    attachedToVm: { type: 'boolean', since: '3.9.0' },
  },
  since: '0.6.0',
  restSince: '2.0.0',
  source: `${eipSrc}/APIGetEipAttachableVmNicsMsg.java`,
});
