import type { ConsoleProxyAgentStatus, EnabledState } from '../enums.ts';

/**
 * `ConsoleInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/console/ConsoleInventory.java
 */
export interface ConsoleInventory {
  scheme: string;
  /** @since 4.1.0 */
  targetScheme?: string;
  hostname: string;
  /** 4900 by default; 1.2 used a random port per session. */
  port: number;
  /** `<sessionUuid>_<vmUuid>` with the management-server proxy. */
  token: string;
  /** @since 4.4.0 */
  version?: string;
  /** @since 5.0.0 */
  expiredDate?: string;
}

/**
 * `ConsoleProxyAgentInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/console/ConsoleProxyAgentInventory.java
 */
export interface ConsoleProxyAgentInventory {
  uuid: string;
  description?: string;
  managementIp: string;
  /** @since 2.2.0 */
  consoleProxyOverriddenIp?: string;
  /** @since 4.1.0 */
  consoleProxyPort?: number;
  type: string;
  status: ConsoleProxyAgentStatus;
  state: EnabledState;
  createDate: string;
  lastOpDate: string;
}

/**
 * The reply of GetVmConsoleAddress (`fieldsTo = {"all"}`): where the VM's VNC/SPICE server listens
 * on its host.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIGetVmConsoleAddressReply.java
 */
export interface VmConsoleAddressResult {
  hostIp: string;
  port: number;
  path?: string;
  protocol: string;
  vdiPortInfo?: Record<string, unknown>;
  success: boolean;
}
