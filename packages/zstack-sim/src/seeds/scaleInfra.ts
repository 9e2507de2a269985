import { newUuid } from '@zdash/zstack-api';
import type { SimContext } from '../core/context.ts';
import { nowMs } from '../domain/common.ts';
import { hostCpuCapacity, hostProfileOf } from '../domain/hostProfile.ts';
import { ipToLong, longToIp } from '../domain/ip.ts';
import { psCapacityOf } from '../handlers/primaryStorage/add.ts';
import {
  seedBackupStorage,
  seedCluster,
  seedImage,
  seedInstanceOffering,
  seedL2,
  seedL3,
  seedZone,
} from './builder.ts';
import { bulkInserter } from './bulk.ts';

const hostsPerCluster = 25;
const year = 365 * 24 * 3600 * 1000;
export const scaleImageUrl = 'http://download.zstack.org/templates/zstack-image-1.4.qcow2';

/** A host of the scale cloud with the capacity still free while VMs are placed. */
export interface HostSlot {
  readonly uuid: string;
  readonly clusterUuid: string;
  readonly psUuid: string;
  cpuLeft: number;
  memLeft: number;
}

export interface ScaleNet {
  readonly l3: string;
  readonly range: string;
  next: number;
  readonly gateway: string;
  readonly netmask: string;
}

export interface ScaleInfra {
  readonly zone: string;
  readonly image: string;
  readonly offerings: readonly { uuid: string; cpu: number; mem: number }[];
  readonly hosts: HostSlot[];
  readonly flat: ScaleNet;
  readonly side: ScaleNet;
}

function seedHostsAndStorage(
  sim: SimContext,
  zone: string,
  hostCount: number,
): { hosts: HostSlot[]; clusters: string[] } {
  const now = nowMs(sim);
  const hostInsert = bulkInserter(sim.store, 'Host');
  const psInsert = bulkInserter(sim.store, 'PrimaryStorage');
  const psRef = bulkInserter(sim.store, 'PrimaryStorageClusterRef');
  const hosts: HostSlot[] = [];
  const clusters: string[] = [];
  for (let c = 0; c * hostsPerCluster < hostCount; c++) {
    const cluster = newUuid();
    clusters.push(cluster);
    seedCluster(sim, cluster, zone, `cluster-${c + 1}`);
    const ps = newUuid();
    const url = `/zstack_ps_${c + 1}`;
    const { total, systemUsed } = psCapacityOf('SharedMountPoint', url);
    const free = total - systemUsed;
    psInsert({
      uuid: ps,
      name: `smp-${c + 1}`,
      zoneUuid: zone,
      url,
      mountPath: url,
      type: 'SharedMountPoint',
      state: 'Enabled',
      status: 'Connected',
      totalCapacity: total,
      availableCapacity: free,
      totalPhysicalCapacity: total,
      availablePhysicalCapacity: free,
      systemUsedCapacity: systemUsed,
      createDate: now - year,
      lastOpDate: now,
    });
    psRef({
      id: newUuid(),
      primaryStorageUuid: ps,
      clusterUuid: cluster,
      createDate: now - year,
      lastOpDate: now,
    });
    for (let h = c * hostsPerCluster; h < Math.min(hostCount, (c + 1) * hostsPerCluster); h++) {
      const ip = longToIp(ipToLong('172.16.1.1') + h);
      const p = hostProfileOf(ip);
      const cpu = hostCpuCapacity(sim, p);
      const uuid = newUuid();
      hostInsert({
        uuid,
        name: `kvm-${String(h + 1).padStart(4, '0')}`,
        zoneUuid: zone,
        clusterUuid: cluster,
        managementIp: ip,
        hypervisorType: 'KVM',
        state: 'Enabled',
        status: 'Connected',
        totalCpuCapacity: cpu,
        availableCpuCapacity: cpu,
        totalMemoryCapacity: p.memory,
        availableMemoryCapacity: p.memory,
        cpuNum: p.cpuNum,
        cpuSockets: p.cpuSockets,
        architecture: p.architecture,
        username: 'root',
        password: 'password',
        sshPort: 22,
        osDistribution: p.osDistribution,
        osRelease: p.osRelease,
        osVersion: p.osVersion,
        createDate: now - year,
        lastOpDate: now,
      });
      hosts.push({ uuid, clusterUuid: cluster, psUuid: ps, cpuLeft: cpu, memLeft: p.memory });
    }
  }
  return { hosts, clusters };
}

/**
 * The fixed part of the scale cloud: zone, backup storage and image, offerings, ~N/50 hosts in
 * clusters of 25 each with its SharedMountPoint storage, a flat /12 L3 and a side /16 L3.
 */
export function seedScaleInfra(sim: SimContext, hostCount: number): ScaleInfra {
  const zone = newUuid();
  seedZone(sim, zone, 'scale-zone');
  const bs = newUuid();
  seedBackupStorage(sim, bs, zone, 'scale-bs', '10.255.0.5');
  const image = newUuid();
  seedImage(sim, image, bs, { name: 'zstack-image-1.4', url: scaleImageUrl });
  const offerings = [
    { uuid: newUuid(), name: 'small', cpu: 1, mem: 1 },
    { uuid: newUuid(), name: 'medium', cpu: 2, mem: 2 },
    { uuid: newUuid(), name: 'large', cpu: 2, mem: 4 },
  ];
  for (const o of offerings) seedInstanceOffering(sim, o.uuid, o.name, o.cpu, o.mem);
  const { hosts, clusters } = seedHostsAndStorage(sim, zone, hostCount);
  const flatL2 = newUuid();
  const sideL2 = newUuid();
  seedL2(sim, flatL2, zone, 'l2-flat', 'eth0', clusters);
  seedL2(sim, sideL2, zone, 'l2-side', 'eth1', clusters);
  const flat: ScaleNet = {
    l3: newUuid(),
    range: newUuid(),
    next: ipToLong('10.0.0.10'),
    gateway: '10.0.0.1',
    netmask: '255.240.0.0',
  };
  const side: ScaleNet = {
    l3: newUuid(),
    range: newUuid(),
    next: ipToLong('10.32.0.10'),
    gateway: '10.32.0.1',
    netmask: '255.255.0.0',
  };
  seedL3(
    sim,
    flat.l3,
    flatL2,
    { name: 'flat-big', category: 'Private' },
    {
      uuid: flat.range,
      startIp: '10.0.0.10',
      endIp: '10.15.255.250',
      gateway: flat.gateway,
      netmask: flat.netmask,
    },
  );
  seedL3(
    sim,
    side.l3,
    sideL2,
    { name: 'side', category: 'Private' },
    {
      uuid: side.range,
      startIp: '10.32.0.10',
      endIp: '10.32.255.250',
      gateway: side.gateway,
      netmask: side.netmask,
    },
  );
  return { zone, image, offerings, hosts, flat, side };
}
