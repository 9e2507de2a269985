import { newUuid } from '@zdash/zstack-api';
import type { SimContext } from '../core/context.ts';
import { reserveBs } from '../domain/capacity.ts';
import { adminAccountUuid, insertRow, nowMs } from '../domain/common.ts';
import { cidrOf, prefixOf } from '../domain/ip.ts';
import { syncHostFacts } from '../handlers/hosts/connect.ts';
import { imageSizeOf } from '../handlers/images/presets.ts';
import { psCapacityOf } from '../handlers/primaryStorage/add.ts';

/**
 * Synchronous builders for seeds: each writes a resource as it looks once its asynchronous
 * work is done (hosts Connected, images Ready), reusing the handlers' domain logic so the
 * result obeys the same invariants. Everything belongs to admin.
 */
const admin = adminAccountUuid;

function ref(sim: SimContext, table: string, row: Record<string, unknown>): void {
  const now = nowMs(sim);
  sim.store.insert(table, { id: newUuid(), createDate: now, lastOpDate: now, ...row });
}

export function seedZone(sim: SimContext, uuid: string, name: string): void {
  insertRow(sim, 'Zone', { uuid, name, state: 'Enabled', type: 'zstack', isDefault: true });
}

export function seedCluster(sim: SimContext, uuid: string, zoneUuid: string, name: string): void {
  insertRow(sim, 'Cluster', {
    uuid,
    name,
    zoneUuid,
    hypervisorType: 'KVM',
    type: 'zstack',
    architecture: 'x86_64',
    state: 'Enabled',
  });
}

export function seedHost(
  sim: SimContext,
  uuid: string,
  clusterUuid: string,
  name: string,
  managementIp: string,
): void {
  const cluster = sim.store.get('Cluster', clusterUuid);
  insertRow(sim, 'Host', {
    uuid,
    name,
    zoneUuid: cluster?.zoneUuid,
    clusterUuid,
    managementIp,
    hypervisorType: 'KVM',
    state: 'Enabled',
    status: 'Connecting',
    totalCpuCapacity: 0,
    availableCpuCapacity: 0,
    totalMemoryCapacity: 0,
    availableMemoryCapacity: 0,
    username: 'root',
    password: 'password',
    sshPort: 22,
  });
  syncHostFacts(sim, uuid);
}

export function seedPrimaryStorage(
  sim: SimContext,
  uuid: string,
  zoneUuid: string,
  type: 'SharedMountPoint' | 'LocalStorage' | 'NFS',
  name: string,
  url: string,
  clusterUuids: string[],
): void {
  const { total, systemUsed } = psCapacityOf(type, url);
  insertRow(sim, 'PrimaryStorage', {
    uuid,
    name,
    zoneUuid,
    url,
    type,
    mountPath: url,
    state: 'Enabled',
    status: 'Connected',
    totalCapacity: total,
    availableCapacity: total - systemUsed,
    totalPhysicalCapacity: total,
    availablePhysicalCapacity: total - systemUsed,
    systemUsedCapacity: systemUsed,
  });
  for (const clusterUuid of clusterUuids)
    ref(sim, 'PrimaryStorageClusterRef', { primaryStorageUuid: uuid, clusterUuid });
}

export function seedBackupStorage(
  sim: SimContext,
  uuid: string,
  zoneUuid: string,
  name: string,
  hostname: string,
): void {
  const total = 4 * 1024 ** 4;
  insertRow(sim, 'BackupStorage', {
    uuid,
    name,
    url: '/zstack_bs',
    hostname,
    username: 'root',
    password: 'password',
    sshPort: 22,
    type: 'SftpBackupStorage',
    state: 'Enabled',
    status: 'Connected',
    totalCapacity: total,
    availableCapacity: total,
  });
  ref(sim, 'BackupStorageZoneRef', { backupStorageUuid: uuid, zoneUuid });
}

export function seedImage(
  sim: SimContext,
  uuid: string,
  bsUuid: string,
  fields: { name: string; url: string; system?: boolean; guestOsType?: string },
): void {
  const { size, actualSize } = imageSizeOf(fields.url, 'RootVolumeTemplate');
  insertRow(
    sim,
    'Image',
    {
      uuid,
      ...fields,
      system: fields.system ?? false,
      mediaType: 'RootVolumeTemplate',
      format: 'qcow2',
      platform: 'Linux',
      architecture: 'x86_64',
      virtio: true,
      type: 'zstack',
      state: 'Enabled',
      status: 'Ready',
      size,
      actualSize,
      md5Sum: uuid,
    },
    admin,
  );
  reserveBs(sim, bsUuid, actualSize);
  ref(sim, 'ImageBackupStorageRef', {
    imageUuid: uuid,
    backupStorageUuid: bsUuid,
    installPath: `/zstack_bs/rootVolumeTemplates/acct-${admin}/${uuid}/${fields.url.split('/').pop()}`,
    status: 'Ready',
  });
}

export function seedInstanceOffering(
  sim: SimContext,
  uuid: string,
  name: string,
  cpuNum: number,
  memoryGiB: number,
): void {
  insertRow(
    sim,
    'InstanceOffering',
    {
      uuid,
      name,
      cpuNum,
      cpuSpeed: 0,
      memorySize: memoryGiB * 1024 ** 3,
      reservedMemorySize: 0,
      type: 'UserVm',
      allocatorStrategy: 'LeastVmPreferredHostAllocatorStrategy',
      sortKey: 0,
      state: 'Enabled',
    },
    admin,
  );
}

export function seedDiskOffering(
  sim: SimContext,
  uuid: string,
  name: string,
  sizeGiB: number,
): void {
  insertRow(
    sim,
    'DiskOffering',
    {
      uuid,
      name,
      diskSize: sizeGiB * 1024 ** 3,
      sortKey: 0,
      type: 'zstack',
      allocatorStrategy: 'DefaultPrimaryStorageAllocationStrategy',
      state: 'Enabled',
    },
    admin,
  );
}

export function seedL2(
  sim: SimContext,
  uuid: string,
  zoneUuid: string,
  name: string,
  physicalInterface: string,
  clusterUuids: string[],
): void {
  insertRow(sim, 'L2Network', {
    uuid,
    name,
    zoneUuid,
    physicalInterface,
    type: 'L2NoVlanNetwork',
    vSwitchType: 'LinuxBridge',
    isolated: false,
  });
  for (const clusterUuid of clusterUuids)
    ref(sim, 'L2NetworkClusterRef', { l2NetworkUuid: uuid, clusterUuid });
}

export function seedL3(
  sim: SimContext,
  uuid: string,
  l2Uuid: string,
  fields: { name: string; category: 'Private' | 'Public'; dns?: string[] },
  range: { uuid: string; startIp: string; endIp: string; gateway: string; netmask: string },
): void {
  const l2 = sim.store.get('L2Network', l2Uuid);
  insertRow(
    sim,
    'L3Network',
    {
      uuid,
      name: fields.name,
      type: 'L3BasicNetwork',
      zoneUuid: l2?.zoneUuid,
      l2NetworkUuid: l2Uuid,
      state: 'Enabled',
      system: false,
      category: fields.category,
      ipVersion: 4,
      enableIPAM: true,
      isolated: false,
    },
    admin,
  );
  const cidr = cidrOf(range.startIp, range.netmask);
  insertRow(
    sim,
    'IpRange',
    {
      ...range,
      name: `${fields.name}-range`,
      l3NetworkUuid: uuid,
      networkCidr: cidr,
      ipVersion: 4,
      prefixLen: prefixOf(range.netmask),
      ipRangeType: 'Normal',
    },
    admin,
  );
  (fields.dns ?? []).forEach((dns, i) => {
    ref(sim, 'L3NetworkDns', {
      id: `${String(i).padStart(6, '0')}-${uuid}`,
      l3NetworkUuid: uuid,
      dns,
    });
  });
}
