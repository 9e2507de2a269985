import { newUuid } from '@zdash/zstack-api';
import type { SimContext } from '../core/context.ts';
import { configOr, nowMs } from '../domain/common.ts';
import type { HostRow, VmRow } from '../domain/rows.ts';
import type { Store } from '../store/types.ts';

/**
 * The management-server console proxy: its agent row (one per management node, sharing its uuid)
 * and the console grants (ConsoleProxyVO). A grant's token is `<sessionUuid>_<vmUuid>`; a later
 * request for the same VM, by anyone, gets the same grant back (expiry pushed out) while it is
 * Active, unexpired and the VM has not changed host. The creating session's logout deletes it.
 *
 * @see https://github.com/zstackio/zstack/blob/master/console/src/main/java/org/zstack/console/AbstractConsoleProxyBackend.java
 * @see https://github.com/zstackio/zstack/blob/master/console/src/main/java/org/zstack/console/ManagementServerConsoleProxyBackend.java
 * @see https://github.com/zstackio/zstack/blob/master/console/src/main/java/org/zstack/console/ConsoleManagerImpl.java
 */

/**
 * `consoleProxyPort` of zstack.properties: the default for a new agent row. The simulator's
 * websockify listener writes the port it really bound into the agent row at every node start
 * ({@link setConsoleProxyPort}), so RequestConsoleAccess hands out that one.
 */
export const consoleProxySettings: { port: number } = { port: 4900 };

/**
 * A removal of console grants, for the websockify listener: it re-checks its live connections
 * (deleting a grant kills them, as the agent's delete does). `vmUuid` is set when the VM's
 * lifecycle ended them (stop, reboot, migrate, destroy).
 */
export interface ConsoleProxiesRemoved {
  readonly store: Store;
  readonly vmUuid?: string;
}

const removalListeners = new Set<(event: ConsoleProxiesRemoved) => void>();

/** Subscribes to grant removals; returns the unsubscribe. */
export function onConsoleProxiesRemoved(
  listener: (event: ConsoleProxiesRemoved) => void,
): () => void {
  removalListeners.add(listener);
  return () => removalListeners.delete(listener);
}

function notifyRemoved(event: ConsoleProxiesRemoved): void {
  for (const listener of removalListeners) listener(event);
}

/** The agent listens on `port` (the node boots with the listener already bound). */
export function setConsoleProxyPort(sim: SimContext, port: number): void {
  const agent = ensureConsoleAgent(sim);
  if (agent.consoleProxyPort !== port) {
    sim.store.update('ConsoleProxyAgent', agent.uuid, { consoleProxyPort: port });
  }
}

export const agentType = 'ManagementServerConsoleProxy';

export interface ConsoleProxyAgentRow {
  [field: string]: unknown;
  uuid: string;
  managementIp: string;
  consoleProxyOverriddenIp?: string;
  consoleProxyPort?: number;
  type: string;
  status: 'Connected' | 'Connecting' | 'Disconnected';
  state: 'Enabled' | 'Disabled';
  createDate: number;
  lastOpDate: number;
}

export interface ConsoleProxyRow {
  [field: string]: unknown;
  uuid: string;
  vmInstanceUuid: string;
  token: string;
  sessionUuid: string;
  scheme: string;
  proxyHostname: string;
  proxyPort: number;
  targetSchema: string;
  targetHostname: string;
  targetPort: number;
  status: 'Active' | 'Inactive';
  expiredDate: number;
  createDate: number;
  lastOpDate: number;
}

/**
 * The node's agent row, created when missing. A restart finds an agent left Connecting (its
 * reconnect job died with the node) Connected again, as the redeploy at boot would leave it.
 */
export function ensureConsoleAgent(sim: SimContext): ConsoleProxyAgentRow {
  const { uuid, hostName } = sim.managementNode;
  const existing = sim.store.get('ConsoleProxyAgent', uuid) as ConsoleProxyAgentRow | undefined;
  if (existing) {
    if (existing.status !== 'Connecting') return existing;
    return sim.store.update('ConsoleProxyAgent', uuid, {
      status: 'Connected',
      lastOpDate: nowMs(sim),
    }) as ConsoleProxyAgentRow;
  }
  const now = nowMs(sim);
  return sim.store.insert('ConsoleProxyAgent', {
    uuid,
    managementIp: hostName,
    consoleProxyOverriddenIp: '0.0.0.0',
    consoleProxyPort: consoleProxySettings.port,
    type: agentType,
    status: 'Connected',
    state: 'Enabled',
    createDate: now,
    lastOpDate: now,
  }) as ConsoleProxyAgentRow;
}

/** The address handed to browsers: the overridden IP unless unset or `0.0.0.0`, else the node's. */
export function proxyHostnameOf(agent: ConsoleProxyAgentRow): string {
  const overridden = agent.consoleProxyOverriddenIp;
  return overridden && overridden !== '0.0.0.0' ? overridden : agent.managementIp;
}

/** `console/vnc.token.timeout` in ms (1800 s by default). */
export function tokenLifetimeMs(sim: SimContext): number {
  return Number(configOr(sim, 'console', 'vnc.token.timeout', '1800')) * 1000;
}

/**
 * Grants a console for a VM to a session: the live grant reused (its expiry refreshed) or a new
 * one. Expired grants and grants for another host are replaced. Runs in the caller's transaction.
 */
export function grantConsole(sim: SimContext, sessionUuid: string, vm: VmRow): ConsoleProxyRow {
  const now = nowMs(sim);
  const host = vm.hostUuid
    ? (sim.store.get('Host', vm.hostUuid) as HostRow | undefined)
    : undefined;
  const targetHostname = host?.managementIp ?? '127.0.0.1';
  const expiredDate = now + tokenLifetimeMs(sim);
  const live = sim.store.find('ConsoleProxy', {
    vmInstanceUuid: vm.uuid,
    status: 'Active',
  }) as ConsoleProxyRow[];
  for (const proxy of live) {
    if (proxy.expiredDate > now && proxy.targetHostname === targetHostname) {
      return sim.store.update('ConsoleProxy', proxy.uuid, {
        expiredDate,
        lastOpDate: now,
      }) as ConsoleProxyRow;
    }
    sim.store.remove('ConsoleProxy', proxy.uuid);
    notifyRemoved({ store: sim.store });
  }
  const agent = ensureConsoleAgent(sim);
  return sim.store.insert('ConsoleProxy', {
    uuid: newUuid(),
    vmInstanceUuid: vm.uuid,
    token: `${sessionUuid}_${vm.uuid}`,
    sessionUuid,
    scheme: 'http',
    proxyHostname: proxyHostnameOf(agent),
    proxyPort: agent.consoleProxyPort ?? consoleProxySettings.port,
    targetSchema: 'vnc',
    targetHostname,
    // KVM gives each VM a VNC display 5900 + n; the simulated one derives it from the VM.
    targetPort: 5900 + (Number(vm.internalId) % 100),
    agentIp: '127.0.0.1',
    agentType,
    status: 'Active',
    expiredDate,
    createDate: now,
    lastOpDate: now,
  }) as ConsoleProxyRow;
}

/** The live grant behind a token (for the websockify endpoint), or undefined. */
export function findConsoleByToken(sim: SimContext, token: string): ConsoleProxyRow | undefined {
  const [row] = sim.store.find('ConsoleProxy', { token, status: 'Active' }) as ConsoleProxyRow[];
  return row && row.expiredDate > nowMs(sim) ? row : undefined;
}

/**
 * SessionLogoutExtensionPoint: deletes the grants whose token starts with the session's uuid,
 * i.e. those it created, even when others reuse them. Returns how many went.
 */
export function onSessionLoggedOut(sim: Pick<SimContext, 'store'>, sessionUuid: string): number {
  const doomed = sim.store.find('ConsoleProxy', { sessionUuid }) as ConsoleProxyRow[];
  for (const row of doomed) sim.store.remove('ConsoleProxy', row.uuid);
  if (doomed.length > 0) notifyRemoved({ store: sim.store });
  return doomed.length;
}

/** VM stop, reboot, migrate, destroy: its console grants go (the agent kills live sessions). */
export function deleteConsoleProxiesOfVm(sim: SimContext, vmUuid: string): number {
  const doomed = sim.store.find('ConsoleProxy', { vmInstanceUuid: vmUuid }) as ConsoleProxyRow[];
  for (const row of doomed) sim.store.remove('ConsoleProxy', row.uuid);
  notifyRemoved({ store: sim.store, vmUuid });
  return doomed.length;
}

/**
 * Takes the console proxy agent down or brings it back (the control API's agent-down/up): down,
 * the node sees it Disconnected, console access fails and reconnects fail; back up, it stays
 * Disconnected until someone reconnects it, as after a real agent crash.
 */
export function setConsoleAgentDown(sim: SimContext, down: boolean): void {
  const agent = ensureConsoleAgent(sim);
  const patch: Record<string, unknown> = {
    simulatedDown: down,
    lastOpDate: sim.clock.now().getTime(),
  };
  if (down) patch.status = 'Disconnected';
  sim.store.update('ConsoleProxyAgent', agent.uuid, patch);
}

/** True while the control API holds the agent down. */
export function isConsoleAgentDown(sim: SimContext, agentUuid: string): boolean {
  return sim.store.get('ConsoleProxyAgent', agentUuid)?.simulatedDown === true;
}
