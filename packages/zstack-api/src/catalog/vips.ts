/**
 * Catalogue section `vips`: Virtual IPs.
 *
 * @see https://github.com/zstackio/zstack/tree/master/plugin/vip/src/main/java/org/zstack/network/service/vip
 */

import type { VipInventory } from '../inventories/vip.ts';
import type { EmptyResult, InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const vipSrc = 'plugin/vip/src/main/java/org/zstack/network/service/vip';

/**
 * `CreateVip`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/vip/src/main/java/org/zstack/network/service/vip/APICreateVipMsg.java
 */
export const createVip = defineApi<InventoryResult<VipInventory>>()({
  name: 'CreateVip',
  fqn: 'org.zstack.network.service.vip.APICreateVipMsg',
  replyFqn: 'org.zstack.network.service.vip.APICreateVipEvent',
  section: 'vips',
  rest: { method: 'POST', path: '/vips', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    l3NetworkUuid: { type: 'string', required: true },
    allocatorStrategy: { type: 'string' },
    ipRangeUuid: { type: 'string', since: '3.9.0' },
    requiredIp: { type: 'string' },
    ipVersion: { type: 'int', since: '3.10.0' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${vipSrc}/APICreateVipMsg.java`,
});

/**
 * `QueryVip`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/vip/src/main/java/org/zstack/network/service/vip/APIQueryVipMsg.java
 */
export const queryVip = defineApi<QueryResult<VipInventory>>()({
  name: 'QueryVip',
  fqn: 'org.zstack.network.service.vip.APIQueryVipMsg',
  replyFqn: 'org.zstack.network.service.vip.APIQueryVipReply',
  section: 'vips',
  rest: { method: 'GET', path: '/vips', optionalPaths: ['/vips/{uuid}'], bodyKey: null },
  async: false,
  response: 'inventories',
  queryInventory: 'Vip',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${vipSrc}/APIQueryVipMsg.java`,
});

/**
 * `DeleteVip`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/vip/src/main/java/org/zstack/network/service/vip/APIDeleteVipMsg.java
 */
export const deleteVip = defineApi<EmptyResult>()({
  name: 'DeleteVip',
  fqn: 'org.zstack.network.service.vip.APIDeleteVipMsg',
  replyFqn: 'org.zstack.network.service.vip.APIDeleteVipEvent',
  section: 'vips',
  rest: { method: 'DELETE', path: '/vips/{uuid}', bodyKey: null },
  async: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${vipSrc}/APIDeleteVipMsg.java`,
});

/**
 * `UpdateVip`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/vip/src/main/java/org/zstack/network/service/vip/APIUpdateVipMsg.java
 */
export const updateVip = defineApi<InventoryResult<VipInventory>>()({
  name: 'UpdateVip',
  fqn: 'org.zstack.network.service.vip.APIUpdateVipMsg',
  replyFqn: 'org.zstack.network.service.vip.APIUpdateVipEvent',
  section: 'vips',
  rest: { method: 'PUT', path: '/vips/{uuid}/actions', bodyKey: 'updateVip' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    name: { type: 'string', maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
  },
  since: '0.7.0',
  restSince: '1.9.0',
  source: `${vipSrc}/APIUpdateVipMsg.java`,
});

/**
 * `ChangeVipState`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/vip/src/main/java/org/zstack/network/service/vip/APIChangeVipStateMsg.java
 */
export const changeVipState = defineApi<InventoryResult<VipInventory>>()({
  name: 'ChangeVipState',
  fqn: 'org.zstack.network.service.vip.APIChangeVipStateMsg',
  replyFqn: 'org.zstack.network.service.vip.APIChangeVipStateEvent',
  section: 'vips',
  rest: { method: 'PUT', path: '/vips/{uuid}/actions', bodyKey: 'changeVipState' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    stateEvent: { type: 'string', required: true, validValues: ['enable', 'disable'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${vipSrc}/APIChangeVipStateMsg.java`,
});
