import { newUuid } from '@zdash/zstack-api';
import type { SimContext } from '../core/context.ts';
import { adminAccountUuid, insertRow, nowMs } from '../domain/common.ts';
import { prefixOf } from '../domain/ip.ts';
import { allocateIp } from '../domain/ipAllocation.ts';
import type { VmNicRow, VmRow } from '../domain/rows.ts';
import {
  attachProvidersToNewL2,
  ensureProviders,
  insertProviderL2Ref,
  type ProviderType,
  providerByType,
} from '../network/providers.ts';
import { afterVmRunning } from '../vr/lifecycle.ts';
import { insertVrOffering } from '../vr/offerings.ts';
import { buildVirtualRouter } from '../vr/router.ts';
import { demoIds as id } from './demoIds.ts';

/**
 * The demo's network side (issue B §9): providers with the release note's UUIDs, the Flat
 * provider on every L2 but the legacy vr-l2, Flat DHCP/Userdata/Eip on flat-l3, VirtualRouter
 * DHCP/DNS on vr-l3 with its running VR (made from the zone's default VR offering, management =
 * public = guest = vr-l3 as in the transcript), and one Flat EIP.
 *
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/VirtualRouterManagerImpl.java
 */

/**
 * Gives a provider the fixed uuid: on a fresh database the node's start-up made it with a random
 * one, which nothing refers to yet, so the row is made again.
 */
function pinProvider(sim: SimContext, type: ProviderType, uuid: string): void {
  ensureProviders(sim);
  const current = providerByType(sim, type);
  if (!current || current.uuid === uuid) return;
  for (const table of ['NetworkServiceType', 'NetworkServiceProviderL2NetworkRef']) {
    for (const row of sim.store.find(table, { networkServiceProviderUuid: current.uuid }))
      sim.store.remove(table, String(row.id));
  }
  sim.store.remove('NetworkServiceProvider', current.uuid);
  sim.store.insert('NetworkServiceProvider', { ...current, uuid });
  ensureProviders(sim);
}

function attachServices(sim: SimContext, l3Uuid: string, providerUuid: string, types: string[]) {
  for (const networkServiceType of types) {
    sim.store.insert('NetworkServiceL3NetworkRef', {
      id: newUuid(),
      l3NetworkUuid: l3Uuid,
      networkServiceProviderUuid: providerUuid,
      networkServiceType,
    });
  }
}

/** Providers, L2 attachments, L3 services, the default VR offering and the VR. Before the VMs. */
export function seedDemoNetwork(sim: SimContext): void {
  pinProvider(sim, 'VirtualRouter', id.virtualRouterProvider);
  pinProvider(sim, 'Flat', id.flatProvider);
  attachProvidersToNewL2(sim, id.flatL2);
  attachProvidersToNewL2(sim, id.publicL2);
  // vr-l2 predates the Flat provider (an upgraded 1.1 cloud): VirtualRouter and SecurityGroup only.
  insertProviderL2Ref(sim, id.virtualRouterProvider, id.vrL2);
  const sg = providerByType(sim, 'SecurityGroup');
  if (sg) insertProviderL2Ref(sim, sg.uuid, id.vrL2);
  attachServices(sim, id.flatL3, id.flatProvider, ['DHCP', 'Userdata', 'Eip']);
  attachServices(sim, id.vrL3, id.virtualRouterProvider, ['DHCP', 'DNS']);
  insertVrOffering(
    sim,
    {
      uuid: id.vrOffering,
      name: 'virtual-router-offering',
      cpuNum: 1,
      memorySize: 512 * 1024 ** 2,
      zoneUuid: id.zone,
      managementNetworkUuid: id.vrL3,
      publicNetworkUuid: id.vrL3,
      imageUuid: id.vrImage,
      isDefault: true,
    },
    adminAccountUuid,
  );
  buildVirtualRouter(sim, id.vrL3, {
    uuid: id.virtualRouter,
    rootVolumeUuid: id.vrRootVolume,
    state: 'Running',
    hostUuid: id.host3,
    createDate: nowMs(sim) - 30 * 24 * 3600 * 1000,
  });
}

/** After the VMs: a VIP on public-l3 with a Flat EIP on web-01, then every running VM's services. */
export function seedDemoServices(sim: SimContext): void {
  const web = sim.store.find('VmInstance', { name: 'web-01' })[0] as VmRow | undefined;
  const nic = web
    ? (sim.store.find('VmNic', { vmInstanceUuid: web.uuid, l3NetworkUuid: id.flatL3 })[0] as
        | VmNicRow
        | undefined)
    : undefined;
  if (nic) {
    const ip = allocateIp(sim, id.publicL3, undefined);
    sim.store.update('UsedIp', ip.uuid, { usedFor: 'Vip' });
    const vip = insertRow(
      sim,
      'Vip',
      {
        uuid: id.demoVip,
        name: 'vip-web-01',
        l3NetworkUuid: id.publicL3,
        ip: ip.ip,
        state: 'Enabled',
        gateway: ip.gateway,
        netmask: ip.netmask,
        prefixLen: prefixOf(ip.netmask),
        serviceProvider: 'Flat',
        useFor: 'Eip',
        system: false,
        ipRangeUuid: ip.ipRangeUuid,
        usedIpUuid: ip.uuid,
      },
      adminAccountUuid,
    );
    insertRow(
      sim,
      'Eip',
      {
        uuid: id.demoEip,
        name: 'eip-web-01',
        vipUuid: vip.uuid,
        vipIp: ip.ip,
        vmNicUuid: nic.uuid,
        guestIp: nic.ip,
        state: 'Enabled',
      },
      adminAccountUuid,
    );
  }
  for (const vm of sim.store.find('VmInstance', { state: 'Running', type: 'UserVm' }) as VmRow[])
    afterVmRunning(sim, vm.uuid);
}
