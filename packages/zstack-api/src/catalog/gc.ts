/**
 * Catalogue section `gc`: Garbage-collector jobs (1.10+).
 *
 * @see https://github.com/zstackio/zstack/tree/master/core/src/main/java/org/zstack/core/gc
 */

import type { GarbageCollectorInventory } from '../inventories/gc.ts';
import type { EmptyResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const gcSrc = 'core/src/main/java/org/zstack/core/gc';

/**
 * `QueryGCJob`: sync, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/gc/APIQueryGCJobMsg.java
 */
export const queryGCJob = defineApi<QueryResult<GarbageCollectorInventory>>()({
  name: 'QueryGCJob',
  fqn: 'org.zstack.core.gc.APIQueryGCJobMsg',
  replyFqn: 'org.zstack.core.gc.APIQueryGCJobReply',
  section: 'gc',
  rest: { method: 'GET', path: '/gc-jobs', optionalPaths: ['/gc-jobs/{uuid}'], bodyKey: null },
  async: false,
  adminOnly: true,
  response: 'inventories',
  queryInventory: 'GarbageCollector',
  params: {},
  since: '1.10.0',
  source: `${gcSrc}/APIQueryGCJobMsg.java`,
});

/**
 * `TriggerGCJob`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/gc/APITriggerGCJobMsg.java
 */
export const triggerGCJob = defineApi<EmptyResult>()({
  name: 'TriggerGCJob',
  fqn: 'org.zstack.core.gc.APITriggerGCJobMsg',
  replyFqn: 'org.zstack.core.gc.APITriggerGCJobEvent',
  section: 'gc',
  rest: { method: 'PUT', path: '/gc-jobs/{uuid}/actions', bodyKey: 'triggerGCJob' },
  async: true,
  adminOnly: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
  },
  since: '1.10.0',
  source: `${gcSrc}/APITriggerGCJobMsg.java`,
});

/**
 * `DeleteGCJob`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/gc/APIDeleteGCJobMsg.java
 */
export const deleteGCJob = defineApi<EmptyResult>()({
  name: 'DeleteGCJob',
  fqn: 'org.zstack.core.gc.APIDeleteGCJobMsg',
  replyFqn: 'org.zstack.core.gc.APIDeleteGCJobEvent',
  section: 'gc',
  rest: { method: 'DELETE', path: '/gc-jobs/{uuid}', bodyKey: null },
  async: true,
  adminOnly: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
  },
  since: '1.10.0',
  source: `${gcSrc}/APIDeleteGCJobMsg.java`,
});
