/**
 * Catalogue section `globalConfigs`: Global configurations.
 *
 * @see https://github.com/zstackio/zstack/tree/master/core/src/main/java/org/zstack/core/config
 */

import type { GlobalConfigInventory, GlobalConfigOptions } from '../inventories/globalConfig.ts';
import type { EmptyResult, InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const configSrc = 'core/src/main/java/org/zstack/core/config';

/**
 * `QueryGlobalConfig`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/config/APIQueryGlobalConfigMsg.java
 */
export const queryGlobalConfig = defineApi<QueryResult<GlobalConfigInventory>>()({
  name: 'QueryGlobalConfig',
  fqn: 'org.zstack.core.config.APIQueryGlobalConfigMsg',
  replyFqn: 'org.zstack.core.config.APIQueryGlobalConfigReply',
  section: 'globalConfigs',
  rest: { method: 'GET', path: '/global-configurations', bodyKey: null },
  async: false,
  response: 'inventories',
  queryInventory: 'GlobalConfig',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${configSrc}/APIQueryGlobalConfigMsg.java`,
});

/**
 * `UpdateGlobalConfig`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/config/APIUpdateGlobalConfigMsg.java
 */
export const updateGlobalConfig = defineApi<InventoryResult<GlobalConfigInventory>>()({
  name: 'UpdateGlobalConfig',
  fqn: 'org.zstack.core.config.APIUpdateGlobalConfigMsg',
  replyFqn: 'org.zstack.core.config.APIUpdateGlobalConfigEvent',
  section: 'globalConfigs',
  rest: {
    method: 'PUT',
    path: '/global-configurations/{category}/{name}/actions',
    bodyKey: 'updateGlobalConfig',
  },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    category: { type: 'string', required: true },
    name: { type: 'string', required: true },
    value: { type: 'string' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${configSrc}/APIUpdateGlobalConfigMsg.java`,
});

/**
 * `ResetGlobalConfig`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/config/APIResetGlobalConfigMsg.java
 */
export const resetGlobalConfig = defineApi<EmptyResult>()({
  name: 'ResetGlobalConfig',
  fqn: 'org.zstack.core.config.APIResetGlobalConfigMsg',
  replyFqn: 'org.zstack.core.config.APIResetGlobalConfigEvent',
  section: 'globalConfigs',
  rest: { method: 'PUT', path: '/global-configurations/actions', bodyKey: 'resetGlobalConfig' },
  async: true,
  adminOnly: true,
  response: 'none',
  params: {},
  since: '3.1.0',
  source: `${configSrc}/APIResetGlobalConfigMsg.java`,
});

/**
 * `GetGlobalConfigOptions`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/config/APIGetGlobalConfigOptionsMsg.java
 */
export const getGlobalConfigOptions = defineApi<{ options: GlobalConfigOptions }>()({
  name: 'GetGlobalConfigOptions',
  fqn: 'org.zstack.core.config.APIGetGlobalConfigOptionsMsg',
  replyFqn: 'org.zstack.core.config.APIGetGlobalConfigOptionsReply',
  section: 'globalConfigs',
  rest: { method: 'GET', path: '/global-configurations/{category}/{name}', bodyKey: null },
  async: false,
  response: { fieldsTo: { options: 'options' } },
  params: {
    category: { type: 'string', required: true },
    name: { type: 'string', required: true },
  },
  since: '4.4.0',
  source: `${configSrc}/APIGetGlobalConfigOptionsMsg.java`,
});
