import type { HandlerTable } from '../core/context.ts';
import type { TableSpec } from '../store/types.ts';

/**
 * Section `managementNodes`: the node's own row, its version, time and readiness.
 *
 * @see https://github.com/zstackio/zstack/blob/master/portal/src/main/java/org/zstack/portal/managementnode/ManagementNodeManagerImpl.java
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/managementnode/ManagementNodeInventory.java
 */
export const managementNodeTable: TableSpec = {
  name: 'ManagementNode',
  table: 'management_node',
  javaClass: 'org.zstack.header.managementnode.ManagementNodeInventory',
  primaryKey: 'uuid',
  columns: {
    uuid: { type: 'text' },
    hostName: { type: 'text', index: true },
    joinDate: { type: 'date', index: true },
    heartBeat: { type: 'date', index: true },
  },
};

export const tables: TableSpec[] = [managementNodeTable];

export const handlers: HandlerTable = {
  /** `fieldsTo = {"all"}`: the version plus `success`. */
  GetVersion: (call) => ({ version: call.sim.version, success: true }),
  GetCurrentTime: (call) => {
    const ms = call.sim.clock.now().getTime();
    return { currentTime: { MillionSeconds: ms, Seconds: Math.floor(ms / 1000) }, success: true };
  },
  IsReadyToGo: () => ({}),
};
