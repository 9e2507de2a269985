/**
 * The version-capability table: which ZStack version first has a protocol feature. It drives the
 * client's feature flags (from GetVersion) and the simulator's `--zstack-version`. Each row names
 * the source file it was read from (zstackio/zstack, the first release branch or tag that has it).
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java
 */
import { isAtLeast } from './versions.ts';

/** One row of the table. */
export interface CapabilityRow {
  readonly feature: string;
  /** First ZStack version with the feature. */
  readonly since: string;
  /** Repository-relative path in zstackio/zstack. */
  readonly source: string;
  /**
   * Where the table disagrees with seed-features §16: the zstackio/zstack branches or tags
   * compared, showing `source` absent before `since` and present from it.
   */
  readonly seenAt?: string;
  readonly description: string;
}

/**
 * Every known version gate, oldest first.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestConstants.java
 */
export const capabilityTable = [
  {
    feature: 'legacyRpc',
    since: '0.6.0',
    source: 'core/src/main/java/org/zstack/core/rest/RESTApiController.java',
    description: 'POST /zstack/api with {"<FQN>": {...}}, polled at /zstack/api/result/{uuid}.',
  },
  {
    feature: 'sshPort',
    since: '1.4.0',
    source: 'plugin/kvm/src/main/java/org/zstack/kvm/APIAddKVMHostMsg.java',
    description: 'AddKVMHost and AddSftpBackupStorage accept sshPort (1.2 always used 22).',
  },
  {
    feature: 'vmCreationStrategy',
    since: '1.7.0',
    source: 'header/src/main/java/org/zstack/header/vm/APICreateVmInstanceMsg.java',
    description: 'CreateVmInstance takes strategy InstantStart | JustCreate | CreateStopped.',
  },
  {
    feature: 'restApi',
    since: '1.9.0',
    source: 'rest/src/main/java/org/zstack/rest/RestServer.java',
    description:
      'REST v1 under /zstack/v1, Authorization: OAuth <session>, 202 + /v1/api-jobs polling.',
  },
  {
    feature: 'jobUuidHeader',
    since: '1.9.0',
    source: 'rest/src/main/java/org/zstack/rest/RestConstants.java',
    description: 'X-Job-UUID: the client picks the job id (32 hex); duplicates get 400.',
  },
  {
    feature: 'webHook',
    since: '1.9.0',
    source: 'rest/src/main/java/org/zstack/rest/RestConstants.java',
    description: 'X-Web-Hook: the node POSTs the job result to the URL instead of being polled.',
  },
  {
    feature: 'queryGroupBy',
    since: '1.9.0',
    source: 'header/src/main/java/org/zstack/header/query/APIQueryMessage.java',
    description: 'The groupBy query parameter.',
  },
  {
    feature: 'gcApi',
    since: '1.10.0',
    source: 'core/src/main/java/org/zstack/core/gc/APIQueryGCJobMsg.java',
    description: 'QueryGCJob, TriggerGCJob, DeleteGCJob; 1.2 GC jobs are invisible.',
  },
  {
    feature: 'l2NetworkRoutesUnderL2Path',
    since: '1.10.0',
    source: 'header/src/main/java/org/zstack/header/network/l2/APICreateL2NoVlanNetworkMsg.java',
    description:
      'L2 creates at /l2-networks/no-vlan and /l2-networks/vlan (1.9: /l2-no-vlan-networks).',
  },
  {
    feature: 'taskProgress',
    since: '2.0.0',
    source: 'header/src/main/java/org/zstack/header/core/progress/APIGetTaskProgressMsg.java',
    seenAt:
      'branch 1.10.x: @RestRequest /progress/{processType}/{resourceUuid}; branch 2.0.x: /task-progresses/{apiId}',
    description:
      'GetTaskProgress by API id at /task-progresses/{apiId}; 1.9–1.10 had a per-resource form.',
  },
  {
    feature: 'base64Userdata',
    since: '2.1.0',
    source: 'compute/src/main/java/org/zstack/compute/vm/UserdataBuilder.java',
    description:
      'The userdata:: system tag carries base64 of the cloud-init data (plain text before).',
  },
  {
    feature: 'longJob',
    since: '2.3.0',
    source: 'header/src/main/java/org/zstack/header/longjob/APIQueryLongJobMsg.java',
    description: 'QueryLongJob and long-running job records.',
  },
  {
    feature: 'renewSession',
    since: '2.4.0',
    source: 'header/src/main/java/org/zstack/header/identity/APIRenewSessionMsg.java',
    seenAt: 'absent at tag 2.3.0; present at tags 2.3.2 and 2.4.0',
    description: 'RenewSession extends a session (also on the 2.3.2 maintenance branch).',
  },
  {
    feature: 'slidingSessions',
    since: '3.0.0',
    source: 'identity/src/main/java/org/zstack/identity/AuthorizationManager.java',
    description:
      'Every authenticated call renews the session; before, it ends session.timeout after login.',
  },
  {
    feature: 'ipv6',
    since: '3.1.0',
    source: 'header/src/main/java/org/zstack/header/network/l3/APICreateL3NetworkMsg.java',
    description: 'ipVersion on L3 networks, IP ranges and NICs.',
  },
  {
    feature: 'resetGlobalConfig',
    since: '3.1.0',
    source: 'core/src/main/java/org/zstack/core/config/APIResetGlobalConfigMsg.java',
    seenAt: 'absent at tag 3.0.0; present at tag 3.1.0',
    description: 'ResetGlobalConfig resets every global config to its default.',
  },
  {
    feature: 'apiTimeoutHeader',
    since: '3.2.0',
    source: 'rest/src/main/java/org/zstack/rest/RestConstants.java',
    description: 'X-API-Timeout: <seconds> overrides one call’s timeout.',
  },
  {
    feature: 'apiTimeoutConfigs',
    since: '3.2.0',
    source: 'core/src/main/java/org/zstack/core/timeout/ApiTimeoutManagerImpl.java',
    description:
      'Global configs category apiTimeout, name = API FQN; before, zstack.properties only.',
  },
  {
    feature: 'createVmWithoutOffering',
    since: '3.4.0',
    source: 'header/src/main/java/org/zstack/header/vm/APICreateVmInstanceMsg.java',
    description: 'CreateVmInstance accepts cpuNum + memorySize instead of an instance offering.',
  },
  {
    feature: 'apiTimeoutInReply',
    since: '4.1.0',
    source: 'rest/src/main/java/org/zstack/rest/ApiResponse.java',
    seenAt: 'no apiTimeout field at tag 4.0.0; present at tag 4.1.0',
    description: 'The 202 reply of an async API carries apiTimeout (ms) beside location.',
  },
  {
    feature: 'globalConfigOptions',
    since: '4.4.0',
    source: 'core/src/main/java/org/zstack/core/config/APIGetGlobalConfigOptionsMsg.java',
    description: 'GetGlobalConfigOptions returns one config’s validators.',
  },
  {
    feature: 'userType',
    since: '4.6.0',
    source: 'header/src/main/java/org/zstack/header/identity/SessionInventory.java',
    description: 'SessionInventory carries userType.',
  },
] as const satisfies readonly CapabilityRow[];

/** A feature name of the table. */
export type Feature = (typeof capabilityTable)[number]['feature'];

/** Every feature name, in table order. */
export const features: readonly Feature[] = capabilityTable.map((row) => row.feature);

/**
 * The first version with `feature`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java
 */
export function capabilitySince(feature: Feature): string {
  const row = capabilityTable.find((candidate) => candidate.feature === feature);
  if (!row) throw new Error(`unknown capability ${feature}`);
  return row.since;
}

/**
 * True when a node of `version` (GetVersion's answer) has `feature`.
 *
 * @example
 * hasCapability('1.2.0', 'restApi'); // false
 * hasCapability('4.8.0', 'slidingSessions'); // true
 */
export function hasCapability(version: string, feature: Feature): boolean {
  return isAtLeast(version, capabilitySince(feature));
}

/**
 * Every feature flag of a node of `version`.
 *
 * @example
 * capabilitiesOf('3.2.0').apiTimeoutHeader; // true
 */
export function capabilitiesOf(version: string): Record<Feature, boolean> {
  const flags = {} as Record<Feature, boolean>;
  for (const row of capabilityTable) flags[row.feature] = isAtLeast(version, row.since);
  return flags;
}
