/**
 * Catalogue section `tags`: System and user tags.
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/tag
 */

import type { SystemTagInventory, UserTagInventory } from '../inventories/tag.ts';
import type { EmptyResult, InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const tagSrc = 'header/src/main/java/org/zstack/header/tag';

/**
 * `QuerySystemTag`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/tag/APIQuerySystemTagMsg.java
 */
export const querySystemTag = defineApi<QueryResult<SystemTagInventory>>()({
  name: 'QuerySystemTag',
  fqn: 'org.zstack.header.tag.APIQuerySystemTagMsg',
  replyFqn: 'org.zstack.header.tag.APIQuerySystemTagReply',
  section: 'tags',
  rest: {
    method: 'GET',
    path: '/system-tags',
    optionalPaths: ['/system-tags/{uuid}'],
    bodyKey: null,
  },
  async: false,
  response: 'inventories',
  queryInventory: 'SystemTag',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${tagSrc}/APIQuerySystemTagMsg.java`,
});

/**
 * `QueryUserTag`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/tag/APIQueryUserTagMsg.java
 */
export const queryUserTag = defineApi<QueryResult<UserTagInventory>>()({
  name: 'QueryUserTag',
  fqn: 'org.zstack.header.tag.APIQueryUserTagMsg',
  replyFqn: 'org.zstack.header.tag.APIQueryUserTagReply',
  section: 'tags',
  rest: { method: 'GET', path: '/user-tags', optionalPaths: ['/user-tags/{uuid}'], bodyKey: null },
  async: false,
  response: 'inventories',
  queryInventory: 'UserTag',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${tagSrc}/APIQueryUserTagMsg.java`,
});

/**
 * `CreateSystemTag`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/tag/APICreateSystemTagMsg.java
 */
export const createSystemTag = defineApi<InventoryResult<SystemTagInventory>>()({
  name: 'CreateSystemTag',
  fqn: 'org.zstack.header.tag.APICreateSystemTagMsg',
  replyFqn: 'org.zstack.header.tag.APICreateSystemTagEvent',
  section: 'tags',
  rest: { method: 'POST', path: '/system-tags', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    resourceType: { type: 'string', required: true },
    resourceUuid: { type: 'string', required: true },
    tag: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${tagSrc}/APICreateSystemTagMsg.java`,
});

/**
 * `CreateUserTag`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/tag/APICreateUserTagMsg.java
 */
export const createUserTag = defineApi<InventoryResult<UserTagInventory>>()({
  name: 'CreateUserTag',
  fqn: 'org.zstack.header.tag.APICreateUserTagMsg',
  replyFqn: 'org.zstack.header.tag.APICreateUserTagEvent',
  section: 'tags',
  rest: { method: 'POST', path: '/user-tags', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    resourceType: { type: 'string', required: true },
    resourceUuid: { type: 'string', required: true },
    tag: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${tagSrc}/APICreateUserTagMsg.java`,
});

/**
 * `DeleteTag`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/tag/APIDeleteTagMsg.java
 */
export const deleteTag = defineApi<EmptyResult>()({
  name: 'DeleteTag',
  fqn: 'org.zstack.header.tag.APIDeleteTagMsg',
  replyFqn: 'org.zstack.header.tag.APIDeleteTagEvent',
  section: 'tags',
  rest: { method: 'DELETE', path: '/tags/{uuid}', bodyKey: null },
  async: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${tagSrc}/APIDeleteTagMsg.java`,
});

/**
 * `UpdateSystemTag`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/tag/APIUpdateSystemTagMsg.java
 */
export const updateSystemTag = defineApi<InventoryResult<SystemTagInventory>>()({
  name: 'UpdateSystemTag',
  fqn: 'org.zstack.header.tag.APIUpdateSystemTagMsg',
  replyFqn: 'org.zstack.header.tag.APIUpdateSystemTagEvent',
  section: 'tags',
  rest: { method: 'PUT', path: '/system-tags/{uuid}/actions', bodyKey: 'updateSystemTag' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    tag: { type: 'string', required: true },
  },
  since: '0.9.0',
  restSince: '1.9.0',
  source: `${tagSrc}/APIUpdateSystemTagMsg.java`,
});
