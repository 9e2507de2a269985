import type {
  ConsoleProxyAgentInventory,
  HostInventory,
  ManagementNodeInventory,
  PrimaryStorageInventory,
} from '@zdash/zstack-api';
import { type ZStackClient, ZStackError } from '@zdash/zstack-client';
import type { AuditLogRepo } from '../../db/auditLogRepo.ts';
import type { StoredSession } from '../../db/sessionsRepo.ts';

/** VM states the dashboard counts (the live ones; Destroyed VMs are in the recycle bin). */
export const dashboardVmStates = [
  'Running',
  'Stopped',
  'Starting',
  'Stopping',
  'Rebooting',
  'Migrating',
  'Paused',
  'Unknown',
  'Error',
] as const;
/** Host connection statuses the dashboard counts. */
export const dashboardHostStatuses = ['Connected', 'Connecting', 'Disconnected'] as const;

/** A part that could not be loaded (e.g. ID.1002 for a normal account): the rest still shows. */
export interface PartError {
  part: string;
  code: string;
  message: string;
}

const alertLimit = 10;

function failure(part: string, error: unknown): PartError {
  if (error instanceof ZStackError) return { part, code: error.code, message: error.description };
  return { part, code: 'INTERNAL', message: 'could not be loaded' };
}

/**
 * The dashboard in one call: each upstream query is small (counts, ≤ 10 rows) and they all run in
 * parallel with the person's own session, so a normal account sees only its own resources.
 */
export async function loadDashboardSummary(
  zs: ZStackClient,
  audit: AuditLogRepo,
  session: StoredSession,
  now: number,
) {
  const errors: PartError[] = [];
  const settle = async <T>(part: string, run: () => Promise<T>): Promise<T | null> => {
    try {
      return await run();
    } catch (error) {
      // A dead session fails the whole call: the UI must ask for the password again.
      if (error instanceof ZStackError && error.code === 'ID.1001') throw error;
      errors.push(failure(part, error));
      return null;
    }
  };
  const countBy = (
    api: 'QueryVmInstance' | 'QueryHost',
    field: string,
    values: readonly string[],
  ) =>
    Promise.all(
      values.map(
        async (value) => [value, await zs.count(api, [{ name: field, op: '=', value }])] as const,
      ),
    ).then((pairs) => Object.fromEntries(pairs) as Record<string, number>);

  const [
    cpuMemory,
    primaryStorage,
    vmsByState,
    hostsByStatus,
    disconnectedHosts,
    agents,
    nodes,
    version,
    failed,
  ] = await Promise.all([
    settle('cpuMemory', () => zs.call('GetCpuMemoryCapacity', { all: true })),
    settle('primaryStorage', () => zs.query('QueryPrimaryStorage', { limit: 50 })),
    settle('vmsByState', () => countBy('QueryVmInstance', 'state', dashboardVmStates)),
    settle('hostsByStatus', () => countBy('QueryHost', 'status', dashboardHostStatuses)),
    settle('disconnectedHosts', () =>
      zs.query('QueryHost', {
        conditions: [{ name: 'status', op: '=', value: 'Disconnected' }],
        limit: alertLimit,
      }),
    ),
    session.isAdmin
      ? settle('consoleProxyAgents', () =>
          zs.query('QueryConsoleProxyAgent', {
            conditions: [{ name: 'status', op: '!=', value: 'Connected' }],
            limit: alertLimit,
          }),
        )
      : Promise.resolve(null),
    settle('managementNodes', () => zs.query('QueryManagementNode', { limit: alertLimit })),
    settle('version', () => zs.capabilities().then((c) => c.version)),
    settle('failedOperations', () =>
      audit.list({
        ...(session.isAdmin ? {} : { accountUuid: session.accountUuid }),
        result: 'failure',
        from: new Date(now - 24 * 3600_000),
        limit: alertLimit,
        offset: 0,
      }),
    ),
  ]);

  return {
    capacity: cpuMemory && {
      totalCpu: cpuMemory.totalCpu,
      availableCpu: cpuMemory.availableCpu,
      totalMemory: cpuMemory.totalMemory,
      availableMemory: cpuMemory.availableMemory,
    },
    primaryStorage:
      primaryStorage &&
      (primaryStorage.inventories as PrimaryStorageInventory[]).map((p) => ({
        uuid: p.uuid,
        name: p.name,
        type: p.type,
        status: p.status,
        totalCapacity: p.totalCapacity,
        availableCapacity: p.availableCapacity,
      })),
    vmsByState,
    hostsByStatus,
    alerts: {
      disconnectedHosts:
        disconnectedHosts &&
        (disconnectedHosts.inventories as HostInventory[]).map((h) => ({
          uuid: h.uuid,
          name: h.name,
          managementIp: h.managementIp,
        })),
      consoleProxyAgents:
        agents &&
        (agents.inventories as ConsoleProxyAgentInventory[]).map((a) => ({
          uuid: a.uuid,
          managementIp: a.managementIp,
          status: a.status,
        })),
      failedOperations:
        failed?.items.map((f) => ({
          id: f.id,
          at: f.at,
          actor: f.actor,
          procedure: f.procedure,
          errorCode: f.errorCode,
        })) ?? null,
    },
    managementNode: {
      version,
      status: nodes ? ('up' as const) : ('unreachable' as const),
      nodes: nodes
        ? (nodes.inventories as ManagementNodeInventory[]).map((n) => ({
            uuid: n.uuid,
            hostName: n.hostName,
            heartBeat: (n.heartBeat as string | undefined) ?? null,
          }))
        : [],
    },
    errors,
  };
}

/** The output of `dashboard.summary`. */
export type DashboardSummary = Awaited<ReturnType<typeof loadDashboardSummary>>;
