import type { TestSim } from './testing.ts';

const GiB = 1024 ** 3;

/** UUIDs of the small cloud {@link buildTestCloud} makes. */
export interface TestCloud {
  zone: string;
  cluster: string;
  hosts: string[];
  ps: string;
  bs: string;
  image: string;
  offering: string;
  bigOffering: string;
  diskOffering: string;
  l2: string;
  l3: string;
}

/**
 * Builds, through the handlers, a zone with one KVM cluster of `hostCount` hosts, a
 * SharedMountPoint primary storage, an sftp backup storage with the tiny image, offerings, and
 * one flat L2/L3 with a /24 range (10.0.0.10–10.0.0.200).
 */
export async function buildTestCloud(sim: TestSim, hostCount = 2): Promise<TestCloud> {
  const inv = async (api: string, params: Record<string, unknown>) =>
    ((await sim.call(api, params)) as { inventory: { uuid: string } }).inventory.uuid;
  const zone = await inv('CreateZone', { name: 'zone1' });
  const cluster = await inv('CreateCluster', {
    zoneUuid: zone,
    name: 'cluster1',
    hypervisorType: 'KVM',
  });
  const hosts: string[] = [];
  for (let i = 0; i < hostCount; i++) {
    hosts.push(
      await inv('AddKVMHost', {
        name: `host${i + 1}`,
        managementIp: `192.168.0.${i + 11}`,
        clusterUuid: cluster,
        username: 'root',
        password: 'password',
      }),
    );
  }
  const ps = await inv('AddSharedMountPointPrimaryStorage', {
    name: 'smp',
    url: '/zstack_ps',
    zoneUuid: zone,
  });
  await sim.call('AttachPrimaryStorageToCluster', { clusterUuid: cluster, primaryStorageUuid: ps });
  const bs = await inv('AddSftpBackupStorage', {
    name: 'bs',
    url: '/data/sftp',
    hostname: '192.168.0.2',
    username: 'root',
    password: 'password',
  });
  await sim.call('AttachBackupStorageToZone', { zoneUuid: zone, backupStorageUuid: bs });
  const image = await inv('AddImage', {
    name: 'tiny',
    url: 'http://download.zstack.org/templates/zstack-image-1.4.qcow2',
    backupStorageUuids: [bs],
    format: 'qcow2',
    platform: 'Linux',
  });
  const offering = await inv('CreateInstanceOffering', {
    name: 'small',
    cpuNum: 1,
    memorySize: GiB,
  });
  const bigOffering = await inv('CreateInstanceOffering', {
    name: 'huge',
    cpuNum: 8,
    memorySize: 100 * GiB,
  });
  const diskOffering = await inv('CreateDiskOffering', { name: 'disk10', diskSize: 10 * GiB });
  const l2 = await inv('CreateL2NoVlanNetwork', {
    name: 'l2',
    zoneUuid: zone,
    physicalInterface: 'eth0',
  });
  await sim.call('AttachL2NetworkToCluster', { l2NetworkUuid: l2, clusterUuid: cluster });
  const l3 = await inv('CreateL3Network', { name: 'l3', l2NetworkUuid: l2 });
  await sim.call('AddIpRange', {
    l3NetworkUuid: l3,
    name: 'r1',
    startIp: '10.0.0.10',
    endIp: '10.0.0.200',
    netmask: '255.255.255.0',
    gateway: '10.0.0.1',
  });
  return { zone, cluster, hosts, ps, bs, image, offering, bigOffering, diskOffering, l2, l3 };
}
