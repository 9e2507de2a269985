import { indexedText, int, since, since23, text, timestamps } from '../../domain/columns.ts';
import type { TableSpec } from '../../store/types.ts';

/**
 * The console proxy agent of each management node (its uuid is the node's).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/console/ConsoleProxyAgentInventory.java
 */
export const consoleProxyAgentTable: TableSpec = {
  name: 'ConsoleProxyAgent',
  table: 'console_proxy_agent',
  javaClass: 'org.zstack.header.console.ConsoleProxyAgentInventory',
  primaryKey: 'uuid',
  columns: {
    uuid: indexedText,
    description: text,
    managementIp: indexedText,
    consoleProxyOverriddenIp: since(text, since23),
    consoleProxyPort: since(int, '4.1.0'),
    type: indexedText,
    status: indexedText,
    state: indexedText,
    /** Simulation only: the agent process is down, so reconnects fail until it is back. */
    simulatedDown: { type: 'bool', hidden: true },
    ...timestamps,
  },
};

/**
 * ConsoleProxyVO (internal): one granted console per VM, reused by later requesters until it
 * expires; `sessionUuid` is the session that created it (its token's prefix).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/console/ConsoleProxyVO.java
 */
export const consoleProxyTable: TableSpec = {
  name: 'ConsoleProxy',
  table: 'console_proxy',
  primaryKey: 'uuid',
  columns: {
    uuid: indexedText,
    vmInstanceUuid: indexedText,
    token: indexedText,
    sessionUuid: indexedText,
    scheme: text,
    proxyHostname: text,
    proxyPort: int,
    targetSchema: text,
    targetHostname: text,
    targetPort: int,
    agentIp: text,
    agentType: text,
    status: indexedText,
    version: text,
    expiredDate: { type: 'date', index: true },
    ...timestamps,
  },
};
