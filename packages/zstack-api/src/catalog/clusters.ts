/**
 * Catalogue section `clusters`: Clusters.
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/cluster
 */

import type { ClusterInventory } from '../inventories/cluster.ts';
import type { EmptyResult, InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const clusterSrc = 'header/src/main/java/org/zstack/header/cluster';

/**
 * `QueryCluster`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/cluster/APIQueryClusterMsg.java
 */
export const queryCluster = defineApi<QueryResult<ClusterInventory>>()({
  name: 'QueryCluster',
  fqn: 'org.zstack.header.cluster.APIQueryClusterMsg',
  replyFqn: 'org.zstack.header.cluster.APIQueryClusterReply',
  section: 'clusters',
  rest: { method: 'GET', path: '/clusters', optionalPaths: ['/clusters/{uuid}'], bodyKey: null },
  async: false,
  response: 'inventories',
  queryInventory: 'Cluster',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${clusterSrc}/APIQueryClusterMsg.java`,
});

/**
 * `CreateCluster`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/cluster/APICreateClusterMsg.java
 */
export const createCluster = defineApi<InventoryResult<ClusterInventory>>()({
  name: 'CreateCluster',
  fqn: 'org.zstack.header.cluster.APICreateClusterMsg',
  replyFqn: 'org.zstack.header.cluster.APICreateClusterEvent',
  section: 'clusters',
  rest: { method: 'POST', path: '/clusters', bodyKey: 'params' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    zoneUuid: { type: 'string', required: true },
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    hypervisorType: {
      type: 'string',
      required: true,
      validValues: ['KVM', 'Simulator', 'baremetal', 'baremetal2', 'xdragon'],
    },
    type: { type: 'string', validValues: ['zstack', 'baremetal', 'baremetal2'] },
    architecture: {
      type: 'string',
      validValues: ['x86_64', 'aarch64', 'mips64el', 'loongarch64'],
      since: '4.0.0',
    },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${clusterSrc}/APICreateClusterMsg.java`,
});

/**
 * `DeleteCluster`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/cluster/APIDeleteClusterMsg.java
 */
export const deleteCluster = defineApi<EmptyResult>()({
  name: 'DeleteCluster',
  fqn: 'org.zstack.header.cluster.APIDeleteClusterMsg',
  replyFqn: 'org.zstack.header.cluster.APIDeleteClusterEvent',
  section: 'clusters',
  rest: { method: 'DELETE', path: '/clusters/{uuid}', bodyKey: null },
  async: true,
  adminOnly: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${clusterSrc}/APIDeleteClusterMsg.java`,
});

/**
 * `UpdateCluster`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/cluster/APIUpdateClusterMsg.java
 */
export const updateCluster = defineApi<InventoryResult<ClusterInventory>>()({
  name: 'UpdateCluster',
  fqn: 'org.zstack.header.cluster.APIUpdateClusterMsg',
  replyFqn: 'org.zstack.header.cluster.APIUpdateClusterEvent',
  section: 'clusters',
  rest: { method: 'PUT', path: '/clusters/{uuid}/actions', bodyKey: 'updateCluster' },
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
  source: `${clusterSrc}/APIUpdateClusterMsg.java`,
});

/**
 * `ChangeClusterState`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/cluster/APIChangeClusterStateMsg.java
 */
export const changeClusterState = defineApi<InventoryResult<ClusterInventory>>()({
  name: 'ChangeClusterState',
  fqn: 'org.zstack.header.cluster.APIChangeClusterStateMsg',
  replyFqn: 'org.zstack.header.cluster.APIChangeClusterStateEvent',
  section: 'clusters',
  rest: { method: 'PUT', path: '/clusters/{uuid}/actions', bodyKey: 'changeClusterState' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    stateEvent: { type: 'string', required: true, validValues: ['enable', 'disable'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${clusterSrc}/APIChangeClusterStateMsg.java`,
});
