/**
 * Enums and state machines of ZStack resources, as data. Values are HEAD's; where a value is
 * newer than 1.2 its first version is noted.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/VmInstanceState.java
 */

/**
 * VM states. 1.2.x had Created…Expunging, Error and Unknown; Pausing, Paused and Resuming came
 * by 1.9, VolumeMigrating by 2.3; VolumeRecovering, NoState and Crashed are newer.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/VmInstanceState.java
 */
export const vmInstanceStates = [
  'Created',
  'Starting',
  'Running',
  'Stopping',
  'Stopped',
  'Rebooting',
  'Destroying',
  'Destroyed',
  'Migrating',
  'Expunging',
  'Pausing',
  'Paused',
  'Resuming',
  'VolumeMigrating',
  'VolumeRecovering',
  'Error',
  'NoState',
  'Unknown',
  'Crashed',
] as const;
export type VmInstanceState = (typeof vmInstanceStates)[number];

/**
 * VM states in which an operation is in flight; UIs poll while a VM is in one of them.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/VmInstanceState.java
 */
export const vmIntermediateStates: readonly VmInstanceState[] = [
  'Starting',
  'Stopping',
  'Rebooting',
  'Destroying',
  'Migrating',
  'Pausing',
  'Resuming',
  'VolumeMigrating',
  'VolumeRecovering',
];

/**
 * Events that drive the VM state machine.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/VmInstanceStateEvent.java
 */
export const vmInstanceStateEvents = [
  'starting',
  'stopping',
  'migrating',
  'migrated',
  'destroying',
  'rebooting',
  'destroyed',
  'expunging',
  'pausing',
  'resuming',
  'volumeMigrating',
  'volumeMigrated',
  'volumeRecovering',
  'volumeRecovered',
  'unknown',
  'running',
  'stopped',
  'paused',
  'crashed',
  'noState',
] as const;
export type VmInstanceStateEvent = (typeof vmInstanceStateEvents)[number];

/**
 * The VM state machine of HEAD: `from → event → to`, exactly the `transactions(...)` table of
 * `VmInstanceState`. A transition not listed is refused (`nextState` throws). Created and Error
 * have no event of their own. A Destroyed VM leaves the table only by `stopped` (RecoverVmInstance);
 * ExpungeVmInstance accepts Destroyed VMs and deletes the row when done.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/VmInstanceState.java
 */
export const vmStateTransitions: Readonly<
  Partial<Record<VmInstanceState, Readonly<Partial<Record<VmInstanceStateEvent, VmInstanceState>>>>>
> = {
  Created: {
    starting: 'Starting',
    destroying: 'Destroying',
    destroyed: 'Destroyed',
  },
  Starting: {
    running: 'Running',
    stopped: 'Stopped',
    paused: 'Paused',
    destroying: 'Destroying',
    unknown: 'Unknown',
  },
  Running: {
    running: 'Running',
    destroying: 'Destroying',
    stopping: 'Stopping',
    stopped: 'Stopped',
    rebooting: 'Rebooting',
    migrating: 'Migrating',
    volumeMigrating: 'Migrating',
    volumeRecovering: 'VolumeRecovering',
    pausing: 'Pausing',
    paused: 'Paused',
    crashed: 'Crashed',
    noState: 'NoState',
    unknown: 'Unknown',
  },
  Stopping: {
    stopped: 'Stopped',
    destroying: 'Destroying',
    running: 'Running',
    unknown: 'Unknown',
  },
  Stopped: {
    starting: 'Starting',
    stopped: 'Stopped',
    running: 'Running',
    paused: 'Paused',
    destroying: 'Destroying',
    volumeMigrating: 'VolumeMigrating',
    volumeRecovering: 'VolumeRecovering',
    noState: 'NoState',
    unknown: 'Unknown',
  },
  Migrating: {
    migrated: 'Running',
    volumeMigrated: 'Running',
    running: 'Running',
    paused: 'Paused',
    stopped: 'Stopped',
    noState: 'NoState',
    unknown: 'Unknown',
    destroying: 'Destroying',
  },
  VolumeMigrating: {
    volumeMigrated: 'Stopped',
    stopped: 'Stopped',
    noState: 'NoState',
    unknown: 'Unknown',
    destroying: 'Destroying',
  },
  VolumeRecovering: {
    starting: 'VolumeRecovering',
    running: 'VolumeRecovering',
    volumeRecovering: 'VolumeRecovering',
    volumeRecovered: 'Running',
    stopping: 'Stopping',
    stopped: 'Stopped',
    noState: 'NoState',
    unknown: 'Unknown',
    destroying: 'Destroying',
  },
  Rebooting: {
    running: 'Running',
    stopped: 'Stopped',
    noState: 'NoState',
    unknown: 'Unknown',
    destroying: 'Destroying',
  },
  Paused: {
    resuming: 'Resuming',
    stopped: 'Stopped',
    running: 'Running',
    stopping: 'Stopping',
    destroying: 'Destroying',
    noState: 'NoState',
    unknown: 'Unknown',
    migrating: 'Migrating',
    volumeMigrated: 'Running',
  },
  Pausing: {
    paused: 'Paused',
    destroying: 'Destroying',
    running: 'Running',
    noState: 'NoState',
    unknown: 'Unknown',
  },
  Resuming: {
    running: 'Running',
    destroying: 'Destroying',
    paused: 'Paused',
    noState: 'NoState',
    unknown: 'Unknown',
  },
  Unknown: {
    destroying: 'Destroying',
    stopping: 'Stopping',
    unknown: 'Unknown',
    paused: 'Paused',
    running: 'Running',
    migrating: 'Migrating',
    noState: 'NoState',
    stopped: 'Stopped',
  },
  Destroying: {
    unknown: 'Unknown',
    destroyed: 'Destroyed',
    destroying: 'Destroying',
    running: 'Running',
    expunging: 'Expunging',
  },
  Destroyed: {
    stopped: 'Stopped',
  },
  Crashed: {
    running: 'Running',
    unknown: 'Unknown',
    stopping: 'Stopping',
    stopped: 'Stopped',
    rebooting: 'Rebooting',
    crashed: 'Crashed',
    destroyed: 'Destroyed',
    noState: 'NoState',
    destroying: 'Destroying',
  },
  NoState: {
    running: 'Running',
    unknown: 'Unknown',
    stopping: 'Stopping',
    stopped: 'Stopped',
    rebooting: 'Rebooting',
    crashed: 'Crashed',
    destroyed: 'Destroyed',
    noState: 'NoState',
    destroying: 'Destroying',
  },
};

/**
 * The state a VM in `from` reaches on `event`, or `undefined` when ZStack refuses the transition.
 *
 * @example
 * nextVmState('Stopped', 'starting'); // 'Starting'
 * nextVmState('Destroyed', 'starting'); // undefined
 */
export function nextVmState(
  from: VmInstanceState,
  event: VmInstanceStateEvent,
): VmInstanceState | undefined {
  return vmStateTransitions[from]?.[event];
}

/**
 * VM states that allow console access (ConsoleApiInterceptor).
 *
 * @see https://github.com/zstackio/zstack/blob/master/console/src/main/java/org/zstack/console/ConsoleApiInterceptor.java
 */
export const vmConsoleStates: readonly VmInstanceState[] = [
  'Running',
  'Crashed',
  'VolumeRecovering',
  'Paused',
  'NoState',
];

/**
 * `type` of a VM.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/VmInstanceConstant.java
 */
export const vmTypes = ['UserVm', 'ApplianceVm'] as const;
export type VmType = (typeof vmTypes)[number];

/**
 * `strategy` of CreateVmInstance (1.7.0+); the default is InstantStart. CreatedPaused is an enum
 * value the API's `validValues` do not accept.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/VmCreationStrategy.java
 */
export const vmCreationStrategies = [
  'InstantStart',
  'JustCreate',
  'CreateStopped',
  'CreatedPaused',
] as const;
export type VmCreationStrategy = (typeof vmCreationStrategies)[number];

/**
 * `type` of StopVmInstance (1.7.0+): `grace` (default, ACPI shutdown) or `cold` (power off).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/APIStopVmInstanceMsg.java
 */
export const stopVmTypes = ['grace', 'cold'] as const;
export type StopVmType = (typeof stopVmTypes)[number];

/**
 * Host `state` (administrative), the same since 1.2.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/host/HostState.java
 */
export const hostStates = ['Enabled', 'Disabled', 'PreMaintenance', 'Maintenance'] as const;
export type HostState = (typeof hostStates)[number];

/**
 * Host state events. The API (`ChangeHostState`) accepts enable, disable and maintain; `maintain`
 * passes through PreMaintenance (migrating or stopping VMs) to Maintenance.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/host/HostStateEvent.java
 */
export const hostStateEvents = ['enable', 'disable', 'maintain', 'preMaintain'] as const;
export type HostStateEvent = (typeof hostStateEvents)[number];

/**
 * The host state machine of HEAD (`HostState` transactions).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/host/HostState.java
 */
export const hostStateTransitions: Readonly<
  Record<HostState, Readonly<Partial<Record<HostStateEvent, HostState>>>>
> = {
  Enabled: { disable: 'Disabled', enable: 'Enabled', preMaintain: 'PreMaintenance' },
  Disabled: { disable: 'Disabled', enable: 'Enabled', preMaintain: 'PreMaintenance' },
  PreMaintenance: {
    disable: 'Disabled',
    enable: 'Enabled',
    maintain: 'Maintenance',
    preMaintain: 'PreMaintenance',
  },
  Maintenance: { disable: 'Disabled', enable: 'Enabled' },
};

/**
 * Connection status of hosts, primary/backup storage, appliance VMs and console proxy agents.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/host/HostStatus.java
 */
export const connectionStatuses = ['Connecting', 'Connected', 'Disconnected'] as const;
export type HostStatus = (typeof connectionStatuses)[number];
export type PrimaryStorageStatus = HostStatus;
export type BackupStorageStatus = HostStatus;
export type ApplianceVmStatus = HostStatus;
export type ConsoleProxyAgentStatus = HostStatus;

/**
 * The Enabled/Disabled state of zones, clusters, L3 networks, VIPs, EIPs, images, volumes,
 * offerings, backup storage and console proxy agents.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/zone/ZoneState.java
 */
export const enabledStates = ['Enabled', 'Disabled'] as const;
export type EnabledState = (typeof enabledStates)[number];

/**
 * `stateEvent` of the Change…State APIs of zones, clusters, L3 networks, VIPs, EIPs, images,
 * volumes, offerings and backup storage.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/zone/ZoneStateEvent.java
 */
export const stateEvents = ['enable', 'disable'] as const;
export type StateEvent = (typeof stateEvents)[number];

/**
 * Primary storage `state`; Deleting is newer than 1.2.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/primary/PrimaryStorageState.java
 */
export const primaryStorageStates = ['Enabled', 'Disabled', 'Maintenance', 'Deleting'] as const;
export type PrimaryStorageState = (typeof primaryStorageStates)[number];

/**
 * `stateEvent` of ChangePrimaryStorageState.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/primary/PrimaryStorageStateEvent.java
 */
export const primaryStorageStateEvents = ['enable', 'disable', 'maintain', 'deleting'] as const;
export type PrimaryStorageStateEvent = (typeof primaryStorageStateEvents)[number];

/**
 * Image `status`; Migrating is newer than 1.2.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/image/ImageStatus.java
 */
export const imageStatuses = [
  'Creating',
  'Downloading',
  'Ready',
  'Error',
  'Deleted',
  'Migrating',
] as const;
export type ImageStatus = (typeof imageStatuses)[number];

/**
 * Image `mediaType`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/image/ImageConstant.java
 */
export const imageMediaTypes = ['RootVolumeTemplate', 'DataVolumeTemplate', 'ISO'] as const;
export type ImageMediaType = (typeof imageMediaTypes)[number];

/**
 * Image and VM `platform`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/image/ImagePlatform.java
 */
export const imagePlatforms = [
  'Linux',
  'Windows',
  'WindowsVirtio',
  'Other',
  'Paravirtualization',
] as const;
export type ImagePlatform = (typeof imagePlatforms)[number];

/**
 * Known image `format`s; the API takes any string.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/image/ImageConstant.java
 */
export const imageFormats = ['qcow2', 'raw', 'iso', 'vmtx', 'vmdk'] as const;

/**
 * CPU architectures of clusters, hosts, images and VMs (4.0.0+).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/image/ImageArchitecture.java
 */
export const architectures = ['x86_64', 'aarch64', 'mips64el', 'loongarch64'] as const;
export type Architecture = (typeof architectures)[number];

/**
 * Volume `status`; Migrating is newer than 1.2.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/volume/VolumeStatus.java
 */
export const volumeStatuses = [
  'Creating',
  'Ready',
  'NotInstantiated',
  'Deleted',
  'Migrating',
] as const;
export type VolumeStatus = (typeof volumeStatuses)[number];

/**
 * Volume `type`; Root and Data in 1.2, Memory and Cache newer.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/volume/VolumeType.java
 */
export const volumeTypes = ['Root', 'Data', 'Memory', 'Cache'] as const;
export type VolumeType = (typeof volumeTypes)[number];

/**
 * `deleteMode` of every `APIDeleteMessage`; Permissive is the default.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/message/APIDeleteMessage.java
 */
export const deleteModes = ['Permissive', 'Enforcing'] as const;
export type DeleteMode = (typeof deleteModes)[number];

/**
 * Values of the `vm/deletionPolicy`, `volume/deletionPolicy` and `image/deletionPolicy` global
 * configs (default Delay).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/VmInstanceDeletionPolicyManager.java
 */
export const deletionPolicies = ['Direct', 'Delay', 'Never'] as const;
export type DeletionPolicy = (typeof deletionPolicies)[number];

/**
 * Account `type`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/AccountType.java
 */
export const accountTypes = ['SystemAdmin', 'Normal', 'ThirdParty'] as const;
export type AccountType = (typeof accountTypes)[number];

/**
 * L3 network `category` (0.8.0+ on the API).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/L3NetworkCategory.java
 */
export const l3NetworkCategories = ['Public', 'Private', 'System'] as const;
export type L3NetworkCategory = (typeof l3NetworkCategories)[number];

/**
 * `ipRangeType` of IP ranges (3.9.0+).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/IpRangeType.java
 */
export const ipRangeTypes = ['Normal', 'AddressPool'] as const;
export type IpRangeType = (typeof ipRangeTypes)[number];

/**
 * Network-service provider types of open source.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/flatNetworkProvider/src/main/java/org/zstack/network/service/flat/FlatNetworkServiceConstant.java
 */
export const networkServiceProviderTypes = [
  'Flat',
  'VirtualRouter',
  'vrouter',
  'SecurityGroup',
] as const;
export type NetworkServiceProviderType = (typeof networkServiceProviderTypes)[number];

/**
 * Network-service types (a provider offers a subset).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/service/NetworkServiceType.java
 */
export const networkServiceTypes = [
  'DHCP',
  'DNS',
  'SNAT',
  'PortForwarding',
  'Eip',
  'LoadBalancer',
  'Userdata',
  'SecurityGroup',
  'HostRoute',
  'CentralizedDNS',
  'VipQos',
  'IPsec',
] as const;
export type NetworkServiceType = (typeof networkServiceTypes)[number];

/**
 * Garbage-collector job `status` (the same since 1.2).
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/gc/GCStatus.java
 */
export const gcStatuses = ['Idle', 'Processing', 'Done'] as const;
export type GCStatus = (typeof gcStatuses)[number];

/**
 * Long-job `state` (2.3.0+).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/longjob/LongJobState.java
 */
export const longJobStates = [
  'Waiting',
  'Suspended',
  'Running',
  'Succeeded',
  'Canceling',
  'Canceled',
  'Failed',
] as const;
export type LongJobState = (typeof longJobStates)[number];

/**
 * Job types of the premium CreateSchedulerJob (from the generated SDK).
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/CreateSchedulerJobAction.java
 */
export const schedulerJobTypes = [
  'startVm',
  'stopVm',
  'rebootVm',
  'volumeSnapshot',
  'volumeSnapshotGroup',
  'volumeBackup',
  'rootVolumeBackup',
  'vmBackup',
  'databaseBackup',
  'localRaidSelfTest',
  'runAutoScalingGroup',
  'cancelIAM2ProjectLoginExpired',
  'takeIAM2ProjectLoginExpired',
] as const;
export type SchedulerJobType = (typeof schedulerJobTypes)[number];
