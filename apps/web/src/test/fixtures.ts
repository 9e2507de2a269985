import type { RouterOutputs } from '../lib/trpc.ts';

type SessionInfo = NonNullable<RouterOutputs['auth']['session']>;

/** A live admin session as auth.session answers it. */
export function sessionInfo(overrides: Partial<SessionInfo> = {}): SessionInfo {
  const now = Date.now();
  return {
    kind: 'account',
    accountName: 'admin',
    userName: null,
    accountUuid: '36c27e8ff05c4780bf6d2fa65700f22e',
    userUuid: '36c27e8ff05c4780bf6d2fa65700f22e',
    isAdmin: true,
    defaultPassword: false,
    signedInAt: new Date(now),
    idleExpiresAt: new Date(now + 30 * 60_000),
    absoluteExpiresAt: new Date(now + 8 * 3600_000),
    idleRemainingMs: 30 * 60_000,
    absoluteRemainingMs: 8 * 3600_000,
    reauthOffered: false,
    ...overrides,
  };
}

/** A dashboard.summary answer shaped like the demo cloud. */
export function dashboardSummary(): RouterOutputs['dashboard']['summary'] {
  return {
    capacity: {
      totalCpu: 64,
      availableCpu: 40,
      totalMemory: 256 * 1024 ** 3,
      availableMemory: 192 * 1024 ** 3,
    },
    primaryStorage: [
      {
        uuid: 'ps1',
        name: 'local-ps',
        type: 'LocalStorage',
        status: 'Connected',
        totalCapacity: 4 * 1024 ** 4,
        availableCapacity: 3 * 1024 ** 4,
      },
    ],
    vmsByState: {
      Running: 5,
      Stopped: 2,
      Starting: 0,
      Stopping: 0,
      Rebooting: 0,
      Migrating: 0,
      Paused: 0,
      Unknown: 0,
      Error: 0,
    },
    hostsByStatus: { Connected: 3, Connecting: 0, Disconnected: 1 },
    alerts: {
      disconnectedHosts: [{ uuid: 'h4', name: 'host-4', managementIp: '192.168.0.14' }],
      consoleProxyAgents: [],
      failedOperations: [],
    },
    managementNode: {
      version: '4.8.0',
      status: 'up',
      nodes: [{ uuid: 'mn1', hostName: '127.0.0.1', heartBeat: null }],
    },
    errors: [],
  } as RouterOutputs['dashboard']['summary'];
}
