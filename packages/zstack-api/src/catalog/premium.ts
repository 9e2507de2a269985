/**
 * Catalogue section `premium`: commercial APIs whose server code is not open source (scheduler
 * jobs and triggers, database backups). Routes and parameters come from the generated Java SDK;
 * the message class names are inferred from the inventory packages the SDK's SourceClassMap
 * names and from the policy data of conf/db/upgrade/V2.2.0__schema.sql, so treat the FQNs and
 * the server behaviour as unconfirmed.
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/SourceClassMap.java
 */

import { schedulerJobTypes } from '../enums.ts';
import type {
  DatabaseBackupInventory,
  SchedulerJobInventory,
  SchedulerJobSchedulerTriggerInventory,
  SchedulerTriggerInventory,
} from '../inventories/premium.ts';
import type { InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const sdkSrc = 'sdk/src/main/java/org/zstack/sdk';
const schedulerPkg = 'org.zstack.header.scheduler';
const databaseBackupPkg = 'org.zstack.header.storage.database.backup';

/**
 * `CreateSchedulerJob`: async (`needPoll = true`); premium.
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/CreateSchedulerJobAction.java
 */
export const createSchedulerJob = defineApi<InventoryResult<SchedulerJobInventory>>()({
  name: 'CreateSchedulerJob',
  fqn: `${schedulerPkg}.APICreateSchedulerJobMsg`,
  replyFqn: `${schedulerPkg}.APICreateSchedulerJobEvent`,
  section: 'premium',
  rest: { method: 'POST', path: '/scheduler/jobs', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    targetResourceUuid: { type: 'string', required: true },
    type: { type: 'string', required: true, validValues: schedulerJobTypes },
    parameters: { type: 'map' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '2.1.0',
  source: `${sdkSrc}/CreateSchedulerJobAction.java`,
});

/**
 * `CreateSchedulerTrigger`: async; premium. `simple` triggers fire every `schedulerInterval`
 * seconds `repeatCount` times from `startTime`; `cron` triggers follow `cron`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/CreateSchedulerTriggerAction.java
 */
export const createSchedulerTrigger = defineApi<InventoryResult<SchedulerTriggerInventory>>()({
  name: 'CreateSchedulerTrigger',
  fqn: `${schedulerPkg}.APICreateSchedulerTriggerMsg`,
  replyFqn: `${schedulerPkg}.APICreateSchedulerTriggerEvent`,
  section: 'premium',
  rest: { method: 'POST', path: '/scheduler/triggers', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    schedulerInterval: { type: 'int', numberRange: [1, 2147483647] },
    repeatCount: { type: 'int', numberRange: [0, 2147483647] },
    startTime: { type: 'long' },
    schedulerType: { type: 'string', required: true, validValues: ['simple', 'cron'] },
    cron: { type: 'string' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '2.1.0',
  source: `${sdkSrc}/CreateSchedulerTriggerAction.java`,
});

/**
 * `AddSchedulerJobToSchedulerTrigger`: async; premium.
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/AddSchedulerJobToSchedulerTriggerAction.java
 */
export const addSchedulerJobToSchedulerTrigger = defineApi<
  InventoryResult<SchedulerJobSchedulerTriggerInventory>
>()({
  name: 'AddSchedulerJobToSchedulerTrigger',
  fqn: `${schedulerPkg}.APIAddSchedulerJobToSchedulerTriggerMsg`,
  replyFqn: `${schedulerPkg}.APIAddSchedulerJobToSchedulerTriggerEvent`,
  section: 'premium',
  rest: {
    method: 'POST',
    path: '/scheduler/jobs/{schedulerJobUuid}/scheduler/triggers/{schedulerTriggerUuid}',
    bodyKey: 'params',
  },
  async: true,
  response: 'inventory',
  params: {
    schedulerJobUuid: { type: 'string', required: true },
    schedulerTriggerUuid: { type: 'string', required: true },
    triggerNow: { type: 'boolean' },
  },
  since: '2.1.0',
  source: `${sdkSrc}/AddSchedulerJobToSchedulerTriggerAction.java`,
});

/**
 * `QuerySchedulerJob`: sync; premium.
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/QuerySchedulerJobAction.java
 */
export const querySchedulerJob = defineApi<QueryResult<SchedulerJobInventory>>()({
  name: 'QuerySchedulerJob',
  fqn: `${schedulerPkg}.APIQuerySchedulerJobMsg`,
  replyFqn: `${schedulerPkg}.APIQuerySchedulerJobReply`,
  section: 'premium',
  rest: { method: 'GET', path: '/scheduler/jobs', bodyKey: null },
  async: false,
  response: 'inventories',
  queryInventory: 'SchedulerJob',
  params: {},
  since: '2.1.0',
  source: `${sdkSrc}/QuerySchedulerJobAction.java`,
});

/**
 * `QuerySchedulerTrigger`: sync; premium.
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/QuerySchedulerTriggerAction.java
 */
export const querySchedulerTrigger = defineApi<QueryResult<SchedulerTriggerInventory>>()({
  name: 'QuerySchedulerTrigger',
  fqn: `${schedulerPkg}.APIQuerySchedulerTriggerMsg`,
  replyFqn: `${schedulerPkg}.APIQuerySchedulerTriggerReply`,
  section: 'premium',
  rest: { method: 'GET', path: '/scheduler/triggers', bodyKey: null },
  async: false,
  response: 'inventories',
  queryInventory: 'SchedulerTrigger',
  params: {},
  since: '2.1.0',
  source: `${sdkSrc}/QuerySchedulerTriggerAction.java`,
});

/**
 * `CreateDatabaseBackup`: async; premium. Backs up the management database to a backup storage.
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/databasebackup/CreateDatabaseBackupAction.java
 */
export const createDatabaseBackup = defineApi<InventoryResult<DatabaseBackupInventory>>()({
  name: 'CreateDatabaseBackup',
  fqn: `${databaseBackupPkg}.APICreateDatabaseBackupMsg`,
  replyFqn: `${databaseBackupPkg}.APICreateDatabaseBackupEvent`,
  section: 'premium',
  rest: { method: 'POST', path: '/database-backups', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 1024 },
    backupStorageUuid: { type: 'string', required: true },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '3.0.0',
  source: `${sdkSrc}/databasebackup/CreateDatabaseBackupAction.java`,
});

/**
 * `QueryDatabaseBackup`: sync; premium.
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/databasebackup/QueryDatabaseBackupAction.java
 */
export const queryDatabaseBackup = defineApi<QueryResult<DatabaseBackupInventory>>()({
  name: 'QueryDatabaseBackup',
  fqn: `${databaseBackupPkg}.APIQueryDatabaseBackupMsg`,
  replyFqn: `${databaseBackupPkg}.APIQueryDatabaseBackupReply`,
  section: 'premium',
  rest: { method: 'GET', path: '/database-backups', bodyKey: null },
  async: false,
  response: 'inventories',
  queryInventory: 'DatabaseBackup',
  params: {},
  since: '3.0.0',
  source: `${sdkSrc}/databasebackup/QueryDatabaseBackupAction.java`,
});
