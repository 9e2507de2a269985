import { newUuid } from '@zdash/zstack-api';
import type { SimContext } from '../core/context.ts';
import { adminAccountUuid, nowMs } from '../domain/common.ts';
import { vmCpuDemand } from '../domain/hostProfile.ts';
import { longToIp } from '../domain/ip.ts';
import { imageSizeOf } from '../handlers/images/presets.ts';
import { newMac } from '../handlers/vms/build.ts';
import { bulkInserter } from './bulk.ts';
import { type HostSlot, type ScaleInfra, scaleImageUrl, seedScaleInfra } from './scaleInfra.ts';

const GiB = 1024 ** 3;
const year = 365 * 24 * 3600 * 1000;

/** Picks a host with room for a Running VM, round robin from `cursor`; undefined when full. */
function hostWithRoom(
  hosts: HostSlot[],
  start: number,
  cpu: number,
  mem: number,
): HostSlot | undefined {
  for (let k = 0; k < hosts.length; k++) {
    const host = hosts[(start + k) % hosts.length] as HostSlot;
    if (host.cpuLeft >= cpu && host.memLeft >= mem) return host;
  }
  return undefined;
}

function writeVms(sim: SimContext, infra: ScaleInfra, n: number): Map<string, number> {
  const admin = adminAccountUuid;
  const now = nowMs(sim);
  const vmInsert = bulkInserter(sim.store, 'VmInstance', admin);
  const nicInsert = bulkInserter(sim.store, 'VmNic', admin);
  const ipInsert = bulkInserter(sim.store, 'UsedIp');
  const volInsert = bulkInserter(sim.store, 'Volume', admin);
  const { size: rootSize, actualSize } = imageSizeOf(scaleImageUrl, 'RootVolumeTemplate');
  const psUse = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const o = infra.offerings[i % infra.offerings.length] as ScaleInfra['offerings'][number];
    const cpu = vmCpuDemand(sim, o.cpu, 0);
    const mem = o.mem * GiB;
    const fits = i % 2 === 0 ? hostWithRoom(infra.hosts, i, cpu, mem) : undefined;
    const host = fits ?? (infra.hosts[i % infra.hosts.length] as HostSlot);
    if (fits) {
      fits.cpuLeft -= cpu;
      fits.memLeft -= mem;
    }
    const net = i % 10 === 9 ? infra.side : infra.flat;
    const created = now - Math.round(((n - i) / n) * year);
    const [vm, nic, usedIp, root] = [newUuid(), newUuid(), newUuid(), newUuid()];
    const ipInLong = net.next++;
    const ip = longToIp(ipInLong);
    const dates = { createDate: created, lastOpDate: created };
    const addr = {
      l3NetworkUuid: net.l3,
      ip,
      gateway: net.gateway,
      netmask: net.netmask,
      ipVersion: 4,
    };
    ipInsert({
      uuid: usedIp,
      ...addr,
      ipRangeUuid: net.range,
      ipInLong,
      vmNicUuid: nic,
      usedFor: 'Vm',
      ...dates,
    });
    nicInsert({
      uuid: nic,
      vmInstanceUuid: vm,
      usedIpUuid: usedIp,
      ...addr,
      mac: newMac(),
      hypervisorType: 'KVM',
      driverType: 'virtio',
      internalName: `vnic${i + 1}.0`,
      deviceId: 0,
      type: 'VNIC',
      state: 'enable',
      ...dates,
    });
    volInsert({
      uuid: root,
      name: `ROOT-for-vm-${i + 1}`,
      primaryStorageUuid: host.psUuid,
      vmInstanceUuid: vm,
      rootImageUuid: infra.image,
      installPath: `/zstack_ps/rootVolumes/acct-${admin}/vol-${root}/${root}.qcow2`,
      type: 'Root',
      format: 'qcow2',
      size: rootSize,
      actualSize,
      deviceId: 0,
      state: 'Enabled',
      status: 'Ready',
      isShareable: false,
      ...dates,
    });
    psUse.set(host.psUuid, (psUse.get(host.psUuid) ?? 0) + rootSize);
    vmInsert({
      uuid: vm,
      name: `vm-${String(i + 1).padStart(6, '0')}`,
      zoneUuid: infra.zone,
      clusterUuid: host.clusterUuid,
      imageUuid: infra.image,
      hostUuid: fits ? host.uuid : null,
      lastHostUuid: host.uuid,
      instanceOfferingUuid: o.uuid,
      rootVolumeUuid: root,
      platform: 'Linux',
      architecture: 'x86_64',
      defaultL3NetworkUuid: net.l3,
      type: 'UserVm',
      hypervisorType: 'KVM',
      memorySize: mem,
      cpuNum: o.cpu,
      cpuSpeed: 0,
      allocatorStrategy: 'LeastVmPreferredHostAllocatorStrategy',
      reservedMemorySize: 0,
      state: fits ? 'Running' : 'Stopped',
      internalId: i + 1,
      ...dates,
    });
  }
  return psUse;
}

/**
 * `scale:N`: a consistent cloud with N VMs (about half Running), ~N/50 hosts, one large flat L3
 * holding 90% of the NICs. Rows go in through prepared statements in one transaction; capacity
 * is summed in memory and written once per host and storage. 100k VMs take a few seconds.
 */
export function applyScaleSeed(sim: SimContext, n: number): void {
  const { store } = sim;
  store.transaction(() => {
    const infra = seedScaleInfra(sim, Math.max(2, Math.ceil(n / 50)));
    const psUse = writeVms(sim, infra, n);
    for (const h of infra.hosts) {
      store.update('Host', h.uuid, {
        availableCpuCapacity: h.cpuLeft,
        availableMemoryCapacity: h.memLeft,
      });
    }
    for (const [ps, used] of psUse) {
      const row = store.get('PrimaryStorage', ps);
      store.update('PrimaryStorage', ps, {
        availableCapacity: Number(row?.availableCapacity) - used,
        availablePhysicalCapacity: Number(row?.availablePhysicalCapacity) - used,
      });
    }
  });
}
