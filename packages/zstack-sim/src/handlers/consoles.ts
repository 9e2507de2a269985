import { isAtLeast, vmConsoleStates } from '@zdash/zstack-api';
import { invalidArgument, operationError } from '../core/apiError.ts';
import type { ApiCall, HandlerTable, SimContext } from '../core/context.ts';
import { inventoryOf, mustGet, nowMs, num, pause, str } from '../domain/common.ts';
import type { VmRow } from '../domain/rows.ts';
import {
  type ConsoleProxyAgentRow,
  consoleProxySettings,
  ensureConsoleAgent,
  grantConsole,
  isConsoleAgentDown,
} from '../network/consoleProxies.ts';
import { consoleProxyAgentTable, consoleProxyTable } from '../network/tables/console.ts';
import type { TableSpec } from '../store/types.ts';

/**
 * Console proxy agents and console access. QueryConsoleProxyAgent is answered by the store.
 *
 * @see https://github.com/zstackio/zstack/blob/master/console/src/main/java/org/zstack/console/ConsoleApiInterceptor.java
 * @see https://github.com/zstackio/zstack/blob/master/console/src/main/java/org/zstack/console/ManagementServerConsoleProxyBackend.java
 */
export const tables: TableSpec[] = [consoleProxyAgentTable, consoleProxyTable];

/** Simulated time an agent redeploy (Ansible) takes. */
const agentDeployMs = 5_000;

/** Versions of the rules and fields, read at the tags named. */
const consoleGates = {
  /** consoleAvailableStates replaced "Running only" (4.7.11). */
  availableStates: '4.7.11',
  /** The not-connected text gained "or you can reconnect it manually" (4.0.0). */
  longNotConnectedText: '4.0.0',
  /** ConsoleInventory.targetScheme (4.1.0). */
  targetScheme: '4.1.0',
  /** ConsoleInventory.expiredDate (5.0.0). */
  expiredDate: '5.0.0',
} as const;

const availableStates: readonly string[] = vmConsoleStates;

function checkVmState(sim: SimContext, vm: VmRow): void {
  if (!isAtLeast(sim.version, consoleGates.availableStates)) {
    if (vm.state !== 'Running') {
      throw operationError(
        `Console is only available when the VM[uuid:${vm.uuid}] is Running, but the current state is ${vm.state}`,
      );
    }
    return;
  }
  if (!availableStates.includes(vm.state)) {
    throw operationError(
      `vm[uuid:${vm.uuid}] is not in state of [${availableStates.join(', ')}], current state is ${vm.state}`,
    );
  }
}

function checkAgentConnected(sim: SimContext): void {
  if (ensureConsoleAgent(sim).status === 'Connected') return;
  throw operationError(
    isAtLeast(sim.version, consoleGates.longNotConnectedText)
      ? "the console agent is not connected; it's mostly like the management node just starts, please wait for the console agent connected, or you can reconnect it manually if disconnected for a long time."
      : "the console agent is not connected; it's mostly like the management node just starts, please wait for the console agent connected.",
  );
}

async function requestConsoleAccess(call: ApiCall) {
  const { sim } = call;
  const vmUuid = String(call.params.vmInstanceUuid);
  checkVmState(sim, mustGet<VmRow>(sim.store, 'VmInstance', vmUuid));
  checkAgentConnected(sim);
  await pause(call, 500);
  const proxy = sim.store.transaction(() => {
    const vm = mustGet<VmRow>(sim.store, 'VmInstance', vmUuid);
    checkVmState(sim, vm);
    checkAgentConnected(sim);
    return grantConsole(sim, call.session?.uuid ?? call.jobUuid, vm);
  });
  const inventory: Record<string, unknown> = {
    scheme: proxy.scheme,
    hostname: proxy.proxyHostname,
    port: proxy.proxyPort,
    token: proxy.token,
  };
  if (isAtLeast(sim.version, consoleGates.targetScheme))
    inventory.targetScheme = proxy.targetSchema;
  if (isAtLeast(sim.version, consoleGates.expiredDate)) {
    inventory.expiredDate = sim.store.toInventory('ConsoleProxy', proxy).expiredDate;
  }
  return { inventory };
}

/** Redeploys the agents; the event's `inventory` maps each uuid to `true` or its error. */
async function reconnectConsoleProxyAgent(call: ApiCall) {
  const { sim } = call;
  ensureConsoleAgent(sim);
  const known = sim.store.find('ConsoleProxyAgent').map((row) => String(row.uuid));
  const asked = call.params.agentUuids as string[] | undefined;
  const result: Record<string, unknown> = {};
  for (const uuid of asked ?? []) {
    if (!known.includes(uuid)) {
      result[uuid] = invalidArgument(`invalid management node UUID[${uuid}]`).toErrorCode();
    }
  }
  const targets = asked ? known.filter((uuid) => asked.includes(uuid)) : known;
  if (targets.length === 0) return { inventory: result };
  for (const uuid of targets) {
    sim.store.update('ConsoleProxyAgent', uuid, { status: 'Connecting', lastOpDate: nowMs(sim) });
  }
  try {
    await pause(call, agentDeployMs);
  } finally {
    for (const uuid of targets) {
      // An agent whose process is down cannot be redeployed: it stays Disconnected.
      const down = isConsoleAgentDown(sim, uuid);
      sim.store.update('ConsoleProxyAgent', uuid, {
        status: down ? 'Disconnected' : 'Connected',
        lastOpDate: nowMs(sim),
      });
      result[uuid] = down
        ? operationError(`unable to connect to the console proxy agent[uuid:${uuid}]`).toErrorCode()
        : true;
    }
  }
  return { inventory: result };
}

/** UpdateConsoleProxyAgent: a blank overridden IP means `0.0.0.0`; then the agent reconnects. */
async function updateConsoleProxyAgent(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  const agent = mustGet<ConsoleProxyAgentRow & Record<string, unknown>>(
    sim.store,
    'ConsoleProxyAgent',
    uuid,
  );
  const overridden = (str(call, 'consoleProxyOverriddenIp') ?? '').trim() || '0.0.0.0';
  const port = num(call, 'consoleProxyPort') ?? agent.consoleProxyPort ?? consoleProxySettings.port;
  sim.store.update('ConsoleProxyAgent', uuid, { status: 'Connecting', lastOpDate: nowMs(sim) });
  try {
    await pause(call, agentDeployMs);
  } finally {
    sim.store.update('ConsoleProxyAgent', uuid, {
      consoleProxyOverriddenIp: overridden,
      consoleProxyPort: port,
      status: 'Connected',
      lastOpDate: nowMs(sim),
    });
  }
  return inventoryOf(sim, 'ConsoleProxyAgent', uuid);
}

export const handlers: HandlerTable = {
  RequestConsoleAccess: requestConsoleAccess,
  ReconnectConsoleProxyAgent: reconnectConsoleProxyAgent,
  UpdateConsoleProxyAgent: updateConsoleProxyAgent,
};

/** One agent per management node, created (or settled after a restart) at every start. */
export function reconcile(sim: SimContext): void {
  ensureConsoleAgent(sim);
}
