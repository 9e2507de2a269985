/**
 * Catalogue section `consoles`: Consoles and console proxy agents.
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/console
 */

import type {
  ConsoleInventory,
  ConsoleProxyAgentInventory,
  VmConsoleAddressResult,
} from '../inventories/console.ts';
import type { InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const consoleSrc = 'header/src/main/java/org/zstack/header/console';
const vmSrc = 'header/src/main/java/org/zstack/header/vm';

/**
 * `RequestConsoleAccess`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/console/APIRequestConsoleAccessMsg.java
 */
export const requestConsoleAccess = defineApi<InventoryResult<ConsoleInventory>>()({
  name: 'RequestConsoleAccess',
  fqn: 'org.zstack.header.console.APIRequestConsoleAccessMsg',
  replyFqn: 'org.zstack.header.console.APIRequestConsoleAccessEvent',
  section: 'consoles',
  rest: { method: 'POST', path: '/consoles', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    vmInstanceUuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${consoleSrc}/APIRequestConsoleAccessMsg.java`,
});

/**
 * `QueryConsoleProxyAgent`: sync, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/console/APIQueryConsoleProxyAgentMsg.java
 */
export const queryConsoleProxyAgent = defineApi<QueryResult<ConsoleProxyAgentInventory>>()({
  name: 'QueryConsoleProxyAgent',
  fqn: 'org.zstack.header.console.APIQueryConsoleProxyAgentMsg',
  replyFqn: 'org.zstack.header.console.APIQueryConsoleProxyAgentReply',
  section: 'consoles',
  rest: {
    method: 'GET',
    path: '/consoles/agents',
    optionalPaths: ['/consoles/agents/{uuid}'],
    bodyKey: null,
  },
  async: false,
  adminOnly: true,
  response: 'inventories',
  queryInventory: 'ConsoleProxyAgent',
  params: {},
  since: '1.2.0',
  restSince: '1.9.0',
  source: `${consoleSrc}/APIQueryConsoleProxyAgentMsg.java`,
});

/**
 * `ReconnectConsoleProxyAgent`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/console/APIReconnectConsoleProxyAgentMsg.java
 */
export const reconnectConsoleProxyAgent = defineApi<{ inventory: Record<string, unknown> }>()({
  name: 'ReconnectConsoleProxyAgent',
  fqn: 'org.zstack.header.console.APIReconnectConsoleProxyAgentMsg',
  replyFqn: 'org.zstack.header.console.APIReconnectConsoleProxyAgentEvent',
  section: 'consoles',
  rest: { method: 'PUT', path: '/consoles/agents', bodyKey: 'reconnectConsoleProxyAgent' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    agentUuids: { type: 'stringList', nonempty: true },
  },
  since: '1.2.0',
  restSince: '1.9.0',
  source: `${consoleSrc}/APIReconnectConsoleProxyAgentMsg.java`,
});

/**
 * `GetVmConsoleAddress`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIGetVmConsoleAddressMsg.java
 */
export const getVmConsoleAddress = defineApi<VmConsoleAddressResult>()({
  name: 'GetVmConsoleAddress',
  fqn: 'org.zstack.header.vm.APIGetVmConsoleAddressMsg',
  replyFqn: 'org.zstack.header.vm.APIGetVmConsoleAddressReply',
  section: 'consoles',
  rest: { method: 'GET', path: '/vm-instances/{uuid}/console-addresses', bodyKey: null },
  async: false,
  response: 'all',
  params: {
    uuid: { type: 'string', required: true },
  },
  since: '1.0.0',
  restSince: '1.9.0',
  source: `${vmSrc}/APIGetVmConsoleAddressMsg.java`,
});

/**
 * `UpdateConsoleProxyAgent`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/console/APIUpdateConsoleProxyAgentMsg.java
 */
export const updateConsoleProxyAgent = defineApi<InventoryResult<ConsoleProxyAgentInventory>>()({
  name: 'UpdateConsoleProxyAgent',
  fqn: 'org.zstack.header.console.APIUpdateConsoleProxyAgentMsg',
  replyFqn: 'org.zstack.header.console.APIUpdateConsoleProxyAgentEvent',
  section: 'consoles',
  rest: {
    method: 'PUT',
    path: '/consoles/agents/{uuid}/actions',
    bodyKey: 'updateConsoleProxyAgent',
  },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    consoleProxyOverriddenIp: { type: 'string', required: true },
    consoleProxyPort: { type: 'int', since: '4.1.0' },
  },
  since: '2.4.0',
  source: `${consoleSrc}/APIUpdateConsoleProxyAgentMsg.java`,
});
