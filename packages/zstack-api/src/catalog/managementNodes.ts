/**
 * Catalogue section `managementNodes`: Management nodes, version and readiness.
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/managementnode
 */

import type { ManagementNodeInventory } from '../inventories/managementNode.ts';
import type { EmptyResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const managementnodeSrc = 'header/src/main/java/org/zstack/header/managementnode';
const apimediatorSrc = 'header/src/main/java/org/zstack/header/apimediator';

/**
 * `QueryManagementNode`: sync, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/managementnode/APIQueryManagementNodeMsg.java
 */
export const queryManagementNode = defineApi<QueryResult<ManagementNodeInventory>>()({
  name: 'QueryManagementNode',
  fqn: 'org.zstack.header.managementnode.APIQueryManagementNodeMsg',
  replyFqn: 'org.zstack.header.managementnode.APIQueryManagementNodeReply',
  section: 'managementNodes',
  rest: {
    method: 'GET',
    path: '/management-nodes',
    optionalPaths: ['/management-nodes/{uuid}'],
    bodyKey: null,
  },
  async: false,
  adminOnly: true,
  response: 'inventories',
  queryInventory: 'ManagementNode',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${managementnodeSrc}/APIQueryManagementNodeMsg.java`,
});

/**
 * `GetVersion`: sync, no session.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/managementnode/APIGetVersionMsg.java
 */
export const getVersion = defineApi<{ version: string; success: boolean }>()({
  name: 'GetVersion',
  fqn: 'org.zstack.header.managementnode.APIGetVersionMsg',
  replyFqn: 'org.zstack.header.managementnode.APIGetVersionReply',
  section: 'managementNodes',
  rest: { method: 'PUT', path: '/management-nodes/actions', bodyKey: 'getVersion' },
  async: false,
  noSession: true,
  response: 'all',
  params: {},
  since: '1.0.0',
  restSince: '1.9.0',
  source: `${managementnodeSrc}/APIGetVersionMsg.java`,
});

/**
 * `GetCurrentTime`: sync, no session.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/managementnode/APIGetCurrentTimeMsg.java
 */
export const getCurrentTime = defineApi<{
  currentTime: { MillionSeconds: number; Seconds: number };
  success: boolean;
}>()({
  name: 'GetCurrentTime',
  fqn: 'org.zstack.header.managementnode.APIGetCurrentTimeMsg',
  replyFqn: 'org.zstack.header.managementnode.APIGetCurrentTimeReply',
  section: 'managementNodes',
  rest: { method: 'PUT', path: '/management-nodes/actions', bodyKey: 'getCurrentTime' },
  async: false,
  noSession: true,
  response: 'all',
  params: {},
  since: '1.8.0',
  restSince: '1.9.0',
  source: `${managementnodeSrc}/APIGetCurrentTimeMsg.java`,
});

/**
 * `IsReadyToGo`: sync, no session.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/apimediator/APIIsReadyToGoMsg.java
 */
export const isReadyToGo = defineApi<EmptyResult>()({
  name: 'IsReadyToGo',
  fqn: 'org.zstack.header.apimediator.APIIsReadyToGoMsg',
  replyFqn: 'org.zstack.header.apimediator.APIIsReadyToGoReply',
  section: 'managementNodes',
  rest: { method: 'GET', path: '/management-nodes/ready', bodyKey: null },
  async: false,
  noSession: true,
  response: 'none',
  params: {
    managementNodeId: { type: 'string' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${apimediatorSrc}/APIIsReadyToGoMsg.java`,
});
