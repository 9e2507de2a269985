/**
 * The calls `jobs.retry` may send again after they failed: re-applying them after a failure
 * cannot do anything a person did not ask for. Start/Stop/Reboot leave the VM in the asked state
 * (ZStack answers at once when it already is); Reconnect* only re-establishes a connection;
 * Attach/Detach of a volume, an EIP, a network service, an L3 network or a provider either did not
 * happen (then it happens now) or fails again with "already attached/detached"; Change*State sets
 * a state; Update* and global configs set values; deletes are not in it (a failed delete may have
 * half-run and ZStack's delete modes differ), nor creates (a retry would make a second resource).
 *
 * @see ../../README.md#the-job-centre
 */
export const idempotentApis: ReadonlySet<string> = new Set([
  'StartVmInstance',
  'StopVmInstance',
  'RebootVmInstance',
  'ReconnectHost',
  'ReconnectPrimaryStorage',
  'ReconnectBackupStorage',
  'ReconnectVirtualRouter',
  'ReconnectConsoleProxyAgent',
  'AttachDataVolumeToVm',
  'DetachDataVolumeFromVm',
  'AttachEip',
  'DetachEip',
  'AttachL3NetworkToVm',
  'AttachNetworkServiceToL3Network',
  'DetachNetworkServiceFromL3Network',
  'AttachNetworkServiceProviderToL2Network',
  'DetachNetworkServiceProviderFromL2Network',
  'AttachPrimaryStorageToCluster',
  'DetachPrimaryStorageFromCluster',
  'AttachBackupStorageToZone',
  'DetachBackupStorageFromZone',
  'AttachL2NetworkToCluster',
  'DetachL2NetworkFromCluster',
  'ChangeHostState',
  'ChangeVmInstanceState',
  'ChangeImageState',
  'ChangeZoneState',
  'ChangeClusterState',
  'ChangePrimaryStorageState',
  'ChangeBackupStorageState',
  'UpdateVmInstance',
  'UpdateGlobalConfig',
  'ResetGlobalConfig',
  'SyncImageSize',
  'TriggerGCJob',
]);

/** True when a failed call of `api` may be retried as it was. */
export function isIdempotent(api: string): boolean {
  return idempotentApis.has(api);
}
