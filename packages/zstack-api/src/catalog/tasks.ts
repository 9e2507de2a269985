/**
 * Catalogue section `tasks`: Task progress and long jobs.
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/core/progress
 */

import type { LongJobInventory, TaskProgressInventory } from '../inventories/tasks.ts';
import type { QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const progressSrc = 'header/src/main/java/org/zstack/header/core/progress';
const longjobSrc = 'header/src/main/java/org/zstack/header/longjob';

/**
 * `GetTaskProgress`: sync.
 * 1.9–1.10 had an incompatible `GET /progress/{processType}/{resourceUuid}` form; this entry is
 * the 2.0.0+ one.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/core/progress/APIGetTaskProgressMsg.java
 */
export const getTaskProgress = defineApi<{ inventories: TaskProgressInventory[] }>()({
  name: 'GetTaskProgress',
  fqn: 'org.zstack.header.core.progress.APIGetTaskProgressMsg',
  replyFqn: 'org.zstack.header.core.progress.APIGetTaskProgressReply',
  section: 'tasks',
  rest: { method: 'GET', path: '/task-progresses/{apiId}', bodyKey: null },
  async: false,
  response: 'inventories',
  params: {
    apiId: { type: 'string', required: true },
    all: { type: 'boolean' },
  },
  since: '2.0.0',
  source: `${progressSrc}/APIGetTaskProgressMsg.java`,
});

/**
 * `QueryLongJob`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/longjob/APIQueryLongJobMsg.java
 */
export const queryLongJob = defineApi<QueryResult<LongJobInventory>>()({
  name: 'QueryLongJob',
  fqn: 'org.zstack.header.longjob.APIQueryLongJobMsg',
  replyFqn: 'org.zstack.header.longjob.APIQueryLongJobReply',
  section: 'tasks',
  rest: { method: 'GET', path: '/longjobs', optionalPaths: ['/longjobs/{uuid}'], bodyKey: null },
  async: false,
  response: 'inventories',
  queryInventory: 'LongJob',
  params: {},
  since: '2.3.0',
  source: `${longjobSrc}/APIQueryLongJobMsg.java`,
});
