import { allApis, hasCapability, isAtLeast } from '@zdash/zstack-api';

/**
 * The global configs the simulated node ships, with ZStack's defaults and validators.
 *
 * @see https://github.com/zstackio/zstack/tree/master/conf/globalConfig (identity.xml, vm.xml, kvm.xml, rest.xml, mevoco.xml, consoleConfig.xml)
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/config/GlobalConfigFacadeImpl.java
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/timeout/ApiTimeoutManagerImpl.java
 */
export interface GlobalConfigDef {
  readonly category: string;
  readonly name: string;
  readonly defaultValue: string;
  readonly description: string;
  /** The Java type the value must parse as; `duration` is ApiTimeoutManager's `30m`/`3h`/ms form. */
  readonly type: 'int' | 'double' | 'boolean' | 'string' | 'duration';
  readonly validValues?: readonly string[];
  readonly numberGreaterThan?: number;
  readonly numberLessThan?: number;
  readonly numberGreaterThanOrEqual?: number;
  readonly numberLessThanOrEqual?: number;
  /** First version with the config. */
  readonly since?: string;
}

const positive = { numberGreaterThan: 0 } as const;

const fixedDefs: readonly GlobalConfigDef[] = [
  {
    category: 'identity',
    name: 'session.timeout',
    defaultValue: '7200',
    type: 'int',
    ...positive,
    description:
      'A timeout period assigned to a session. After timeout, the session will be cleaned out.',
  },
  {
    category: 'identity',
    name: 'session.maxConcurrent',
    defaultValue: '500',
    type: 'int',
    ...positive,
    description:
      'Max number of sessions management server accepts for every user. When this limit met, new session will be rejected',
  },
  {
    category: 'identity',
    name: 'session.cleanup.interval',
    defaultValue: '3600',
    type: 'int',
    ...positive,
    description: 'The interval management server checks expired sessions, in seconds',
  },
  {
    category: 'vm',
    name: 'deletionPolicy',
    defaultValue: 'Delay',
    type: 'string',
    validValues: ['Direct', 'Delay', 'Never'],
    description:
      'the policy of deleting a VM: Direct expunges it at once, Delay after expungePeriod, Never leaves it',
  },
  {
    category: 'vm',
    name: 'expungePeriod',
    defaultValue: '604800',
    type: 'int',
    ...positive,
    description: 'how long a destroyed VM is kept before it is expunged, in seconds',
  },
  {
    category: 'vm',
    name: 'expungeInterval',
    defaultValue: '3600',
    type: 'int',
    ...positive,
    description: 'the interval the management node checks destroyed VMs to expunge, in seconds',
  },
  {
    category: 'volume',
    name: 'deletionPolicy',
    defaultValue: 'Delay',
    type: 'string',
    validValues: ['Direct', 'Delay', 'Never'],
    description: 'the policy of deleting a data volume',
  },
  {
    category: 'image',
    name: 'deletionPolicy',
    defaultValue: 'Delay',
    type: 'string',
    validValues: ['Direct', 'Delay', 'Never'],
    description: 'the policy of deleting an image',
  },
  {
    category: 'image',
    name: 'expungePeriod',
    defaultValue: '259200',
    type: 'int',
    ...positive,
    description: 'how long a deleted image is kept before it is expunged, in seconds',
  },
  {
    category: 'kvm',
    name: 'vm.cacheMode',
    defaultValue: 'none',
    type: 'string',
    validValues: ['none', 'writethrough', 'writeback'],
    description: 'the cache mode of VM root and data volumes',
  },
  {
    category: 'kvm',
    name: 'reservedMemory',
    defaultValue: '1G',
    type: 'string',
    description: 'the memory reserved on every KVM host for the hypervisor and agents',
  },
  {
    category: 'host',
    name: 'cpu.overProvisioning.ratio',
    defaultValue: '10',
    type: 'int',
    ...positive,
    description: 'the ratio of virtual CPUs to physical CPUs a host may allocate',
  },
  {
    category: 'vm',
    name: 'numa',
    defaultValue: 'false',
    type: 'boolean',
    description:
      'whether VMs are started with NUMA, allowing CPU and memory to change while running',
  },
  {
    category: 'rest',
    name: 'completedApi.expiredPeriod',
    defaultValue: '10800',
    type: 'int',
    ...positive,
    description:
      "How long a completed API can stay in the database before it's deleted, in seconds",
  },
  {
    category: 'rest',
    name: 'expiredApi.scanInterval',
    defaultValue: '3600',
    type: 'int',
    ...positive,
    description:
      'The interval the GC thread scans the database for completed, expired API records, in seconds',
  },
  {
    category: 'mevoco',
    name: 'overProvisioning.memory',
    defaultValue: '1.2',
    type: 'double',
    ...positive,
    description:
      'the over-provisioning raito of memory, which must be greater than 1. For example, 1.2 means to treat the memory as 120% of current size',
  },
  {
    category: 'mevoco',
    name: 'overProvisioning.primaryStorage',
    defaultValue: '1.2',
    type: 'double',
    ...positive,
    description:
      'the over-provisioning raito of primary storage, which must be greater than 1. For example, 1.2 means to treat the primary storage as 120% of current size',
  },
  {
    category: 'console',
    name: 'vnc.token.timeout',
    defaultValue: '1800',
    type: 'int',
    ...positive,
    description: 'how long a console token stays valid, in seconds',
  },
  {
    category: 'console',
    name: 'proxy.idleTimeout',
    defaultValue: '60',
    type: 'int',
    ...positive,
    description: 'how long an idle console connection is kept, in seconds',
  },
  {
    category: 'console',
    name: 'agent.ping.interval',
    defaultValue: '60',
    type: 'int',
    ...positive,
    description: 'the interval the management node pings the console proxy agent, in seconds',
  },
];

/** APIs with `@DefaultTimeout(3h)` (seed-features §3); every other async API defaults to 30m. */
const longApis = new Set([
  'AddImage',
  'CreateRootVolumeTemplateFromRootVolume',
  'CreateDataVolumeTemplateFromVolume',
  'CreateDataVolumeFromVolumeSnapshot',
  'LocalStorageMigrateVolume',
  'CreateRootVolumeTemplateFromVolumeSnapshot',
  'CreateVolumeSnapshot',
]);

/** The default timeout of an API as ApiTimeoutManager's duration text. */
export function defaultApiTimeout(apiName: string): string {
  return longApis.has(apiName) ? '3h' : '30m';
}

/** `api.timeout.minimal`: UpdateGlobalConfig refuses a shorter API timeout. */
export const minimalApiTimeoutMs = 5 * 60 * 1000;

/** The configs of an emulated version: the fixed ones plus, from 3.2.0, one `apiTimeout` row per async API. */
export function globalConfigDefs(version: string): GlobalConfigDef[] {
  const defs = fixedDefs.filter((def) => !def.since || isAtLeast(version, def.since));
  if (!hasCapability(version, 'apiTimeoutConfigs')) return defs;
  for (const api of allApis()) {
    if (!api.async || !isAtLeast(version, api.since)) continue;
    defs.push({
      category: 'apiTimeout',
      name: api.fqn,
      defaultValue: defaultApiTimeout(api.name),
      type: 'duration',
      description: `timeout for API ${api.fqn}`,
    });
  }
  return defs;
}

/**
 * Parses a duration the way ApiTimeoutManager does: a plain number is milliseconds; the suffixes
 * s, m, h and d (either case) scale it. Returns `null` for anything else.
 */
export function parseDuration(text: string): number | null {
  const match = /^\s*(\d+)\s*([smhdSMHD]?)\s*$/.exec(text);
  if (!match) return null;
  const amount = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  const factor = { '': 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit] ?? 1;
  return amount * factor;
}
