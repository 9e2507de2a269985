import { describe, expect, it } from 'vitest';
import * as capacity from './capacity.ts';
import * as identity from './identity.ts';
import { allApis, apisOfSection, catalog, findApi } from './index.ts';
import * as premium from './premium.ts';
import type { ApiSpec, CatalogSection } from './types.ts';

const sections: CatalogSection[] = [
  'identity',
  'managementNodes',
  'globalConfigs',
  'gc',
  'zones',
  'clusters',
  'hosts',
  'primaryStorage',
  'backupStorage',
  'images',
  'offerings',
  'l2Networks',
  'l3Networks',
  'networkServices',
  'vips',
  'eips',
  'virtualRouters',
  'vms',
  'volumes',
  'consoles',
  'tags',
  'capacity',
  'tasks',
  'premium',
];

function entry(name: string): ApiSpec {
  const found = findApi(name);
  if (!found) throw new Error(`no entry ${name}`);
  return found;
}

describe('catalogue', () => {
  it('has entries in every section', () => {
    const seen = new Set(allApis().map((api) => api.section));
    expect([...seen].sort()).toEqual([...sections].sort());
  });

  it('keys each entry by its name and finds it by FQN', () => {
    for (const api of allApis()) {
      expect((catalog as Record<string, ApiSpec>)[api.name]).toBe(api);
      expect(findApi(api.fqn)).toBe(api);
    }
  });

  it('puts each module’s entries in the module’s section', () => {
    for (const [mod, section] of [
      [identity, 'identity'],
      [capacity, 'capacity'],
      [premium, 'premium'],
    ] as const) {
      for (const api of Object.values(mod)) expect(api.section).toBe(section);
    }
  });

  it('has the APIs the simulator needs for issue A', () => {
    const needed = `
      LogInByAccount LogInByUser LogOut ValidateSession RenewSession CreateAccount
      UpdateAccount DeleteAccount QueryAccount CreateUser UpdateUser DeleteUser QueryUser
      QueryManagementNode GetVersion GetCurrentTime IsReadyToGo QueryGlobalConfig
      UpdateGlobalConfig ResetGlobalConfig GetGlobalConfigOptions CreateZone DeleteZone
      UpdateZone ChangeZoneState CreateCluster DeleteCluster UpdateCluster
      ChangeClusterState AddKVMHost ReconnectHost ChangeHostState DeleteHost
      AddLocalPrimaryStorage AddNfsPrimaryStorage AddSharedMountPointPrimaryStorage
      AttachPrimaryStorageToCluster DetachPrimaryStorageFromCluster DeletePrimaryStorage
      ReconnectPrimaryStorage ChangePrimaryStorageState AddSftpBackupStorage
      AttachBackupStorageToZone DetachBackupStorageFromZone DeleteBackupStorage
      ReconnectBackupStorage AddImage DeleteImage ExpungeImage QueryImage
      CreateInstanceOffering DeleteInstanceOffering QueryInstanceOffering CreateDiskOffering
      DeleteDiskOffering QueryDiskOffering ChangeInstanceOffering CreateL2NoVlanNetwork
      CreateL2VlanNetwork AttachL2NetworkToCluster DetachL2NetworkFromCluster
      DeleteL2Network CreateL3Network DeleteL3Network AddIpRange DeleteIpRange QueryIpRange
      AddDnsToL3Network RemoveDnsFromL3Network GetIpAddressCapacity GetFreeIp
      CreateVmInstance QueryVmInstance StartVmInstance StopVmInstance RebootVmInstance
      DestroyVmInstance RecoverVmInstance ExpungeVmInstance MigrateVm
      GetVmMigrationCandidateHosts UpdateVmInstance QueryVmNic CreateDataVolume
      AttachDataVolumeToVm DetachDataVolumeFromVm DeleteDataVolume ExpungeDataVolume
      QueryVolume GetCpuMemoryCapacity GetPrimaryStorageCapacity QuerySystemTag QueryUserTag
      CreateSystemTag CreateUserTag DeleteTag GetTaskProgress QueryGCJob TriggerGCJob
      DeleteGCJob QueryLongJob CreateVip QueryVip DeleteVip CreateEip AttachEip DetachEip
      DeleteEip QueryEip GetEipAttachableVmNics QueryVirtualRouterVm QueryApplianceVm
      ReconnectVirtualRouter CreateVirtualRouterOffering QueryVirtualRouterOffering
      QueryNetworkServiceProvider QueryNetworkServiceL3NetworkRef
      AttachNetworkServiceProviderToL2Network DetachNetworkServiceProviderFromL2Network
      AttachNetworkServiceToL3Network DetachNetworkServiceFromL3Network RequestConsoleAccess
      QueryConsoleProxyAgent ReconnectConsoleProxyAgent CreateSchedulerJob
      CreateSchedulerTrigger AddSchedulerJobToSchedulerTrigger QuerySchedulerJob
      QuerySchedulerTrigger CreateDatabaseBackup QueryDatabaseBackup
    `
      .trim()
      .split(/\s+/);
    expect(needed.filter((name) => !findApi(name))).toEqual([]);
  });
});

describe('entries against the reference and the source', () => {
  it('logs in with a sync, session-less PUT keyed logInByAccount', () => {
    const login = entry('LogInByAccount');
    expect(login.rest).toEqual({
      method: 'PUT',
      path: '/accounts/login',
      bodyKey: 'logInByAccount',
    });
    expect(login).toMatchObject({ async: false, noSession: true, response: 'inventory' });
    expect(login.replyFqn).toBe('org.zstack.header.identity.APILogInReply');
  });

  it('maps ValidateSession and GetVersion replies as ZStack does', () => {
    expect(entry('ValidateSession').response).toEqual({ fieldsTo: { valid: 'validSession' } });
    expect(entry('GetVersion')).toMatchObject({
      rest: { method: 'PUT', path: '/management-nodes/actions', bodyKey: 'getVersion' },
      async: false,
      noSession: true,
      response: 'all',
    });
    expect(entry('LogOut').response).toBe('none');
  });

  it('reaches the provider↔L2 APIs only over the legacy RPC', () => {
    for (const name of [
      'AttachNetworkServiceProviderToL2Network',
      'DetachNetworkServiceProviderFromL2Network',
    ]) {
      expect(entry(name).rest).toBeNull();
      expect(entry(name).restSince).toBeUndefined();
      expect(entry(name).async).toBe(true);
    }
  });

  it('gives no /{uuid} form to the queries that lack one', () => {
    for (const name of [
      'QueryPrimaryStorage',
      'QueryGlobalConfig',
      'QueryNetworkServiceProvider',
      'QueryNetworkServiceL3NetworkRef',
    ]) {
      expect(entry(name).rest?.optionalPaths).toBeUndefined();
    }
    expect(entry('QueryVmInstance').rest?.optionalPaths).toEqual(['/vm-instances/{uuid}']);
  });

  it('ignores the body of AttachL2NetworkToCluster', () => {
    expect(entry('AttachL2NetworkToCluster').rest?.bodyKey).toBeNull();
  });

  it('describes CreateVmInstance parameters of HEAD', () => {
    const { params } = entry('CreateVmInstance');
    expect(params.name).toMatchObject({ type: 'string', required: true, maxLength: 255 });
    expect(params.l3NetworkUuids).toMatchObject({ type: 'stringList' });
    expect(params.strategy?.validValues).toEqual(['InstantStart', 'JustCreate', 'CreateStopped']);
    expect(params.cpuNum?.since).toBe('3.4.0');
    expect(params.resourceUuid?.type).toBe('string');
  });

  it('requires a non-empty backupStorageUuids on AddImage', () => {
    expect(entry('AddImage').params.backupStorageUuids).toMatchObject({
      type: 'stringList',
      required: true,
      nonempty: true,
    });
  });

  it('bounds RenewSession.duration and runs it as a job', () => {
    const renew = entry('RenewSession');
    expect(renew.params.duration?.numberRange).toEqual([60, 31536000]);
    expect(renew.async).toBe(true);
    expect(renew.since).toBe('2.4.0');
  });

  it('adds deleteMode to every APIDeleteMessage', () => {
    expect(entry('DestroyVmInstance').params.deleteMode?.validValues).toEqual([
      'Permissive',
      'Enforcing',
    ]);
    expect(entry('DeleteZone').params.deleteMode).toBeDefined();
  });

  it('marks infrastructure admin-only and tenant resources not', () => {
    for (const name of [
      'CreateZone',
      'AddKVMHost',
      'UpdateGlobalConfig',
      'CreateAccount',
      'QueryGCJob',
    ]) {
      expect(entry(name).adminOnly, name).toBe(true);
    }
    for (const name of [
      'CreateVmInstance',
      'CreateVip',
      'QueryZone',
      'QueryImage',
      'CreateL3Network',
    ]) {
      expect(entry(name).adminOnly, name).toBeUndefined();
    }
  });

  it('dates the version-gated APIs', () => {
    expect(entry('QueryGCJob').since).toBe('1.10.0');
    expect(entry('GetTaskProgress').since).toBe('2.0.0');
    expect(entry('QueryLongJob').since).toBe('2.3.0');
    expect(entry('GetGlobalConfigOptions').since).toBe('4.4.0');
    expect(entry('CreateL2NoVlanNetwork').restSince).toBe('1.10.0');
  });
});

describe('lookups', () => {
  it('finds an entry by its REST action name', () => {
    expect(findApi('startVmInstance')?.name).toBe('StartVmInstance');
    expect(findApi('logInByAccount')?.name).toBe('LogInByAccount');
    expect(findApi('NoSuchApi')).toBeUndefined();
  });

  it('lists a section’s entries', () => {
    expect(
      apisOfSection('gc')
        .map((api) => api.name)
        .sort(),
    ).toEqual(['DeleteGCJob', 'QueryGCJob', 'TriggerGCJob']);
  });
});
