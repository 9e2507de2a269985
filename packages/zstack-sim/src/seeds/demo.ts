import type { SimContext } from '../core/context.ts';
import {
  seedBackupStorage,
  seedCluster,
  seedDiskOffering,
  seedHost,
  seedImage,
  seedInstanceOffering,
  seedL2,
  seedL3,
  seedPrimaryStorage,
  seedZone,
} from './builder.ts';
import { demoIds as id } from './demoIds.ts';
import { seedDemoNetwork, seedDemoServices } from './demoNetwork.ts';
import { type SeedVm, seedVm } from './seedVm.ts';

const day = 24 * 3600 * 1000;

/** The demo's VMs: mostly Running, some Stopped, one Destroyed, spread by the allocator. */
function demoVms(): SeedVm[] {
  const userdata = `userdata::${Buffer.from('#cloud-config\nhostname: web\n').toString('base64')}`;
  const vms: SeedVm[] = [];
  const add = (name: string, rest: Partial<SeedVm>) =>
    vms.push({
      name,
      imageUuid: id.tinyImage,
      offeringUuid: id.offeringSmall,
      l3Uuids: [id.flatL3],
      state: 'Running',
      age: (vms.length + 1) * 1.7 * day,
      ...rest,
    });
  for (let i = 1; i <= 6; i++)
    add(`web-0${i}`, { systemTags: i === 1 ? [userdata, 'hostname::web-01'] : [] });
  for (let i = 1; i <= 3; i++)
    add(`app-0${i}`, { offeringUuid: id.offeringMedium, l3Uuids: [id.flatL3, id.publicL3] });
  add('db-01', {
    offeringUuid: id.offeringLarge,
    dataDiskOfferingUuids: [id.diskOffering50G],
    clusterUuid: id.cluster1,
  });
  add('db-02', {
    offeringUuid: id.offeringLarge,
    dataDiskOfferingUuids: [id.diskOffering50G],
    clusterUuid: id.cluster2,
  });
  add('cache-01', { offeringUuid: id.offeringMedium, clusterUuid: id.cluster2 });
  add('legacy-01', { l3Uuids: [id.vrL3] });
  add('legacy-02', { l3Uuids: [id.vrL3], clusterUuid: id.cluster2 });
  add('legacy-03', { l3Uuids: [id.vrL3], state: 'Stopped' });
  add('ci-runner-01', {
    offeringUuid: id.offeringMedium,
    state: 'Stopped',
    dataDiskOfferingUuids: [id.diskOffering10G],
  });
  add('ci-runner-02', {
    offeringUuid: id.offeringMedium,
    state: 'Stopped',
    clusterUuid: id.cluster2,
  });
  add('sandbox-01', {
    state: 'Stopped',
    systemTags: ['sshkey::ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDemoKeyOnly demo@zdash'],
  });
  add('bastion-01', { l3Uuids: [id.publicL3, id.flatL3] });
  add('old-test-01', { state: 'Destroyed' });
  return vms;
}

/**
 * The `demo` seed: one zone, two clusters of two Connected KVM hosts (SharedMountPoint storage
 * on cluster 1, local storage on cluster 2), an sftp backup storage with the tiny and the
 * virtual-router images, offerings, three flat L2s on both clusters with flat-l3, vr-l3 and
 * public-l3, 20 VMs, and the network side of `demoNetwork.ts` (providers, services, a default
 * VR offering, vr-l3's running VR, one EIP). Fixed UUIDs live in `demoIds.ts`.
 */
export function applyDemoSeed(sim: SimContext): void {
  sim.store.transaction(() => {
    seedZone(sim, id.zone, 'zone-1');
    seedCluster(sim, id.cluster1, id.zone, 'cluster-smp');
    seedCluster(sim, id.cluster2, id.zone, 'cluster-local');
    seedHost(sim, id.host1, id.cluster1, 'kvm-01', '172.20.0.11');
    seedHost(sim, id.host2, id.cluster1, 'kvm-02', '172.20.0.12');
    seedHost(sim, id.host3, id.cluster2, 'kvm-03', '172.20.0.13');
    seedHost(sim, id.host4, id.cluster2, 'kvm-04', '172.20.0.14');
    seedPrimaryStorage(
      sim,
      id.smpPrimaryStorage,
      id.zone,
      'SharedMountPoint',
      'smp-ps',
      '/zstack_ps',
      [id.cluster1],
    );
    seedPrimaryStorage(
      sim,
      id.localPrimaryStorage,
      id.zone,
      'LocalStorage',
      'local-ps',
      '/zstack_local',
      [id.cluster2],
    );
    seedBackupStorage(sim, id.backupStorage, id.zone, 'sftp-bs', '172.20.0.5');
    seedImage(sim, id.tinyImage, id.backupStorage, {
      name: 'zstack-image-1.4',
      url: 'http://download.zstack.org/templates/zstack-image-1.4.qcow2',
      guestOsType: 'Linux',
    });
    seedImage(sim, id.vrImage, id.backupStorage, {
      name: 'virtual-router',
      url: 'http://download.zstack.org/templates/zstack-vrouter-4.8.0.qcow2',
      system: true,
    });
    seedInstanceOffering(sim, id.offeringSmall, 'small', 1, 1);
    seedInstanceOffering(sim, id.offeringMedium, 'medium', 2, 4);
    seedInstanceOffering(sim, id.offeringLarge, 'large', 8, 16);
    seedDiskOffering(sim, id.diskOffering10G, 'disk-10G', 10);
    seedDiskOffering(sim, id.diskOffering50G, 'disk-50G', 50);
    const clusters = [id.cluster1, id.cluster2];
    seedL2(sim, id.flatL2, id.zone, 'l2-flat', 'eth0', clusters);
    seedL2(sim, id.vrL2, id.zone, 'l2-vr', 'eth1', clusters);
    seedL2(sim, id.publicL2, id.zone, 'l2-public', 'eth2', clusters);
    const mask = '255.255.255.0';
    seedL3(
      sim,
      id.flatL3,
      id.flatL2,
      { name: 'flat-l3', category: 'Private', dns: ['223.5.5.5'] },
      {
        uuid: id.flatRange,
        startIp: '192.168.100.10',
        endIp: '192.168.100.250',
        gateway: '192.168.100.1',
        netmask: mask,
      },
    );
    seedL3(
      sim,
      id.vrL3,
      id.vrL2,
      { name: 'vr-l3', category: 'Private', dns: ['8.8.8.8'] },
      {
        uuid: id.vrRange,
        startIp: '192.168.200.10',
        endIp: '192.168.200.250',
        gateway: '192.168.200.1',
        netmask: mask,
      },
    );
    seedL3(
      sim,
      id.publicL3,
      id.publicL2,
      { name: 'public-l3', category: 'Public', dns: ['8.8.8.8'] },
      {
        uuid: id.publicRange,
        startIp: '10.20.0.100',
        endIp: '10.20.0.200',
        gateway: '10.20.0.1',
        netmask: mask,
      },
    );
    seedDemoNetwork(sim);
    for (const vm of demoVms()) seedVm(sim, vm);
    seedDemoServices(sim);
  });
}
