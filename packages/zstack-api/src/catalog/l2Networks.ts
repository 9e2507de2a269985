/**
 * Catalogue section `l2Networks`: L2 networks.
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/network/l2
 */

import type { L2NetworkInventory, L2VlanNetworkInventory } from '../inventories/l2Network.ts';
import type { EmptyResult, InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const l2Src = 'header/src/main/java/org/zstack/header/network/l2';

/**
 * `QueryL2Network`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l2/APIQueryL2NetworkMsg.java
 */
export const queryL2Network = defineApi<QueryResult<L2NetworkInventory | L2VlanNetworkInventory>>()(
  {
    name: 'QueryL2Network',
    fqn: 'org.zstack.header.network.l2.APIQueryL2NetworkMsg',
    replyFqn: 'org.zstack.header.network.l2.APIQueryL2NetworkReply',
    section: 'l2Networks',
    rest: {
      method: 'GET',
      path: '/l2-networks',
      optionalPaths: ['/l2-networks/{uuid}'],
      bodyKey: null,
    },
    async: false,
    response: 'inventories',
    queryInventory: 'L2Network',
    params: {},
    since: '0.6.0',
    restSince: '1.9.0',
    source: `${l2Src}/APIQueryL2NetworkMsg.java`,
  },
);

/**
 * `CreateL2NoVlanNetwork`: async, SystemAdmin only.
 * 1.9.x routed it at `POST /l2-no-vlan-networks`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l2/APICreateL2NoVlanNetworkMsg.java
 */
export const createL2NoVlanNetwork = defineApi<InventoryResult<L2NetworkInventory>>()({
  name: 'CreateL2NoVlanNetwork',
  fqn: 'org.zstack.header.network.l2.APICreateL2NoVlanNetworkMsg',
  replyFqn: 'org.zstack.header.network.l2.APICreateL2NetworkEvent',
  section: 'l2Networks',
  rest: { method: 'POST', path: '/l2-networks/no-vlan', bodyKey: 'params' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    zoneUuid: { type: 'string', required: true },
    physicalInterface: { type: 'string', required: true, maxLength: 1024 },
    type: { type: 'string' },
    vSwitchType: {
      type: 'string',
      validValues: ['LinuxBridge', 'OvsDpdk', 'MacVlan'],
      maxLength: 1024,
    },
    isolated: { type: 'boolean' },
    pvlan: { type: 'string' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.10.0',
  source: `${l2Src}/APICreateL2NoVlanNetworkMsg.java`,
});

/**
 * `CreateL2VlanNetwork`: async, SystemAdmin only.
 * 1.9.x routed it at `POST /l2-vlan-networks`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l2/APICreateL2VlanNetworkMsg.java
 */
export const createL2VlanNetwork = defineApi<InventoryResult<L2VlanNetworkInventory>>()({
  name: 'CreateL2VlanNetwork',
  fqn: 'org.zstack.header.network.l2.APICreateL2VlanNetworkMsg',
  replyFqn: 'org.zstack.header.network.l2.APICreateL2VlanNetworkEvent',
  section: 'l2Networks',
  rest: { method: 'POST', path: '/l2-networks/vlan', bodyKey: 'params' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    zoneUuid: { type: 'string', required: true },
    physicalInterface: { type: 'string', required: true, maxLength: 1024 },
    type: { type: 'string' },
    vSwitchType: {
      type: 'string',
      validValues: ['LinuxBridge', 'OvsDpdk', 'MacVlan'],
      maxLength: 1024,
    },
    isolated: { type: 'boolean' },
    pvlan: { type: 'string' },
    vlan: { type: 'int', required: true, numberRange: [1, 4094] },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.10.0',
  source: `${l2Src}/APICreateL2VlanNetworkMsg.java`,
});

/**
 * `AttachL2NetworkToCluster`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l2/APIAttachL2NetworkToClusterMsg.java
 */
export const attachL2NetworkToCluster = defineApi<InventoryResult<L2NetworkInventory>>()({
  name: 'AttachL2NetworkToCluster',
  fqn: 'org.zstack.header.network.l2.APIAttachL2NetworkToClusterMsg',
  replyFqn: 'org.zstack.header.network.l2.APIAttachL2NetworkToClusterEvent',
  section: 'l2Networks',
  rest: {
    method: 'POST',
    path: '/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}',
    bodyKey: null,
  },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    l2NetworkUuid: { type: 'string', required: true },
    clusterUuid: { type: 'string', required: true },
    l2ProviderType: { type: 'string', validValues: ['LinuxBridge'], since: '4.8.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${l2Src}/APIAttachL2NetworkToClusterMsg.java`,
});

/**
 * `DetachL2NetworkFromCluster`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l2/APIDetachL2NetworkFromClusterMsg.java
 */
export const detachL2NetworkFromCluster = defineApi<InventoryResult<L2NetworkInventory>>()({
  name: 'DetachL2NetworkFromCluster',
  fqn: 'org.zstack.header.network.l2.APIDetachL2NetworkFromClusterMsg',
  replyFqn: 'org.zstack.header.network.l2.APIDetachL2NetworkFromClusterEvent',
  section: 'l2Networks',
  rest: {
    method: 'DELETE',
    path: '/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}',
    bodyKey: null,
  },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    l2NetworkUuid: { type: 'string', required: true },
    clusterUuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${l2Src}/APIDetachL2NetworkFromClusterMsg.java`,
});

/**
 * `DeleteL2Network`: async, SystemAdmin only.
 * SystemAdmin only, except for VXLAN networks (plugin/vxlan RBACInfo).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l2/APIDeleteL2NetworkMsg.java
 */
export const deleteL2Network = defineApi<EmptyResult>()({
  name: 'DeleteL2Network',
  fqn: 'org.zstack.header.network.l2.APIDeleteL2NetworkMsg',
  replyFqn: 'org.zstack.header.network.l2.APIDeleteL2NetworkEvent',
  section: 'l2Networks',
  rest: { method: 'DELETE', path: '/l2-networks/{uuid}', bodyKey: null },
  async: true,
  adminOnly: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${l2Src}/APIDeleteL2NetworkMsg.java`,
});

/**
 * `UpdateL2Network`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l2/APIUpdateL2NetworkMsg.java
 */
export const updateL2Network = defineApi<InventoryResult<L2NetworkInventory>>()({
  name: 'UpdateL2Network',
  fqn: 'org.zstack.header.network.l2.APIUpdateL2NetworkMsg',
  replyFqn: 'org.zstack.header.network.l2.APIUpdateL2NetworkEvent',
  section: 'l2Networks',
  rest: { method: 'PUT', path: '/l2-networks/{uuid}/actions', bodyKey: 'updateL2Network' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    name: { type: 'string', maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
  },
  since: '0.7.0',
  restSince: '1.9.0',
  source: `${l2Src}/APIUpdateL2NetworkMsg.java`,
});
