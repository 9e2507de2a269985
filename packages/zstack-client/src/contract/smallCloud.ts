import type { ZStackClient } from '../client.ts';

const GiB = 1024 ** 3;

/** UUIDs of the cloud {@link buildSmallCloud} makes. */
export interface SmallCloud {
  zone: string;
  cluster: string;
  host: string;
  image: string;
  offering: string;
  l3: string;
}

/**
 * Builds, through the client over HTTP, the smallest cloud a VM can run on: a zone, a KVM
 * cluster with one host, SharedMountPoint primary storage, sftp backup storage with an image, an
 * instance offering and a flat L2/L3 with an IP range. Every step is an async API followed to its
 * result, so this alone exercises the job path a dozen times. Only for the simulator: on a real
 * node these calls would try to reach real hosts.
 */
export async function buildSmallCloud(zs: ZStackClient, tag: string): Promise<SmallCloud> {
  const zone = (await zs.call('CreateZone', { name: `zone-${tag}` })).inventory.uuid;
  const cluster = (
    await zs.call('CreateCluster', {
      zoneUuid: zone,
      name: `cluster-${tag}`,
      hypervisorType: 'KVM',
    })
  ).inventory.uuid;
  const host = (
    await zs.call('AddKVMHost', {
      name: `host-${tag}`,
      managementIp: '192.168.0.11',
      clusterUuid: cluster,
      username: 'root',
      password: 'password',
    })
  ).inventory.uuid;
  const ps = (
    await zs.call('AddSharedMountPointPrimaryStorage', {
      name: `smp-${tag}`,
      url: `/zstack_ps_${tag}`,
      zoneUuid: zone,
    })
  ).inventory.uuid;
  await zs.call('AttachPrimaryStorageToCluster', { clusterUuid: cluster, primaryStorageUuid: ps });
  const bs = (
    await zs.call('AddSftpBackupStorage', {
      name: `bs-${tag}`,
      url: '/data/sftp',
      hostname: '192.168.0.2',
      username: 'root',
      password: 'password',
    })
  ).inventory.uuid;
  await zs.call('AttachBackupStorageToZone', { zoneUuid: zone, backupStorageUuid: bs });
  const image = (
    await zs.call('AddImage', {
      name: `image-${tag}`,
      url: 'http://download.zstack.org/templates/zstack-image-1.4.qcow2',
      backupStorageUuids: [bs],
      format: 'qcow2',
      platform: 'Linux',
    })
  ).inventory.uuid;
  const offering = (
    await zs.call('CreateInstanceOffering', { name: `small-${tag}`, cpuNum: 1, memorySize: GiB })
  ).inventory.uuid;
  const l2 = (
    await zs.call('CreateL2NoVlanNetwork', {
      name: `l2-${tag}`,
      zoneUuid: zone,
      physicalInterface: 'eth0',
    })
  ).inventory.uuid;
  await zs.call('AttachL2NetworkToCluster', { l2NetworkUuid: l2, clusterUuid: cluster });
  const l3 = (await zs.call('CreateL3Network', { name: `l3-${tag}`, l2NetworkUuid: l2 })).inventory
    .uuid;
  await zs.call('AddIpRange', {
    l3NetworkUuid: l3,
    name: `range-${tag}`,
    startIp: '10.0.0.10',
    endIp: '10.0.0.200',
    netmask: '255.255.255.0',
    gateway: '10.0.0.1',
  });
  return { zone, cluster, host, image, offering, l3 };
}
