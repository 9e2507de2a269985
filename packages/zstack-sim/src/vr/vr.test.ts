import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../domain/invariants.ts';
import type { TestSim } from '../domain/testing.ts';
import { buildNetworkCloud, createVm, failure, type Json } from '../network/testNetwork.ts';
import { dnsOfNic } from './dhcp.ts';
import { addVrL3, addVrOffering } from './testVr.ts';

const all = { conditions: [] };

function consistent(sim: TestSim): void {
  expect(checkInvariants(sim.store, { version: sim.version })).toEqual([]);
}

function routers(sim: TestSim): Json[] {
  return (sim.store.query('VirtualRouterVm', all, null).inventories ?? []) as Json[];
}

describe('virtual router offerings', () => {
  it('creates a queryable default offering that QueryInstanceOffering shows without VR fields', async () => {
    const { sim, cloud } = await buildNetworkCloud();
    const uuid = await addVrOffering(sim, cloud);
    const [offering] = sim.store.query('VirtualRouterOffering', all, null).inventories ?? [];
    expect(offering).toMatchObject({
      uuid,
      type: 'VirtualRouter',
      isDefault: true,
      zoneUuid: cloud.zone,
      managementNetworkUuid: cloud.publicL3,
      imageUuid: cloud.image,
    });
    const plain = sim.store.query('InstanceOffering', all, null).inventories ?? [];
    const same = plain.find((o) => o.uuid === uuid);
    expect(same?.type).toBe('VirtualRouter');
    expect(same?.managementNetworkUuid).toBeUndefined();
    // a second default takes over
    const second = await addVrOffering(sim, cloud);
    const defaults = (sim.store.query('VirtualRouterOffering', all, null).inventories ?? [])
      .filter((o) => o.isDefault)
      .map((o) => o.uuid);
    expect(defaults).toEqual([second]);
  });
});

describe('virtual router VMs', () => {
  it('fails a VM start on a VR L3 when the zone has no VR offering, leaving nothing', async () => {
    const { sim, cloud } = await buildNetworkCloud();
    const l3 = await addVrL3(sim, cloud, ['DHCP', 'DNS']);
    const error = await failure(createVm(sim, cloud, { l3s: [l3] }));
    expect(error.code).toBe('VM.1000');
    expect(error.details).toContain(
      `unable to find a virtual router offering for l3Network[uuid:${l3}] in zone[uuid:${cloud.zone}]`,
    );
    expect(sim.store.count('VmInstance')).toBe(0);
    consistent(sim);
  });

  it('starts a VR from the default offering for the first VM and reuses it', async () => {
    const { sim, cloud } = await buildNetworkCloud();
    const l3 = await addVrL3(sim, cloud, ['DHCP', 'DNS']);
    await addVrOffering(sim, cloud);
    const vm = await createVm(sim, cloud, { l3s: [l3] });
    expect(vm.state).toBe('Running');
    const [vr, ...more] = routers(sim);
    expect(more).toEqual([]);
    expect(vr).toMatchObject({
      name: `virtualRouter.l3.${l3}`,
      type: 'ApplianceVm',
      applianceVmType: 'VirtualRouter',
      state: 'Running',
      status: 'Connected',
      managementNetworkUuid: cloud.publicL3,
      publicNetworkUuid: cloud.publicL3,
      defaultRouteL3NetworkUuid: cloud.publicL3,
      agentPort: 7759,
    });
    const nics = vr?.vmNics as Json[];
    expect(nics.map((n) => [n.l3NetworkUuid, n.metaData])).toEqual([
      [cloud.publicL3, '6'],
      [l3, '1'],
    ]);
    // DHCP/DNS only: the guest NIC takes an ordinary range address (the VM's NIC took .10 first)
    const guestIp = nics[1]?.ip;
    expect(guestIp).toBe('10.1.0.11');
    expect(vr?.allVolumes).toHaveLength(1);
    expect(dnsOfNic(sim, vm.vmNics[0].uuid)).toEqual([guestIp]);
    await createVm(sim, cloud, { l3s: [l3], name: 'second' });
    expect(routers(sim)).toHaveLength(1);
    // VmInstance inventories hide the appliance columns unless the query names type=ApplianceVm
    // (ZQL then queries the child, ApplianceVmInventory); ApplianceVm never shows publicNetworkUuid.
    const asVm = sim.store.query(
      'VmInstance',
      { conditions: [{ name: 'uuid', op: '=', value: vr?.uuid as string }] },
      null,
    );
    expect(asVm.inventories?.[0]?.applianceVmType).toBeUndefined();
    const asChild = sim.store.query(
      'VmInstance',
      { conditions: [{ name: 'type', op: '=', value: 'ApplianceVm' }] },
      null,
    );
    expect(asChild.inventories?.[0]?.applianceVmType).toBe('VirtualRouter');
    const [appliance] = sim.store.query('ApplianceVm', all, null).inventories ?? [];
    expect(appliance?.status).toBe('Connected');
    expect(appliance?.publicNetworkUuid).toBeUndefined();
    expect(sim.store.query('ApplianceVm', all, null).inventories).toHaveLength(1);
    consistent(sim);
  });

  it('gives the VR the gateway when it serves SNAT', async () => {
    const { sim, cloud } = await buildNetworkCloud();
    const l3 = await addVrL3(sim, cloud, ['DHCP', 'DNS', 'SNAT']);
    await addVrOffering(sim, cloud);
    await createVm(sim, cloud, { l3s: [l3] });
    const guest = ((routers(sim)[0]?.vmNics ?? []) as Json[]).find((n) => n.l3NetworkUuid === l3);
    expect(guest?.ip).toBe('10.1.0.1');
    consistent(sim);
  });

  it('reconnects a VR (Connecting, then Connected) and destroys it, freeing IPs and capacity', async () => {
    const { sim, cloud } = await buildNetworkCloud();
    const l3 = await addVrL3(sim, cloud, ['DHCP', 'DNS']);
    await addVrOffering(sim, cloud);
    await createVm(sim, cloud, { l3s: [l3] });
    const vr = routers(sim)[0] as Json;
    const pending = sim.call('ReconnectVirtualRouter', { vmInstanceUuid: vr.uuid });
    expect(sim.store.get('VmInstance', vr.uuid)?.status).toBe('Connecting');
    const { inventory } = await pending;
    expect(inventory.status).toBe('Connected');

    const host = vr.hostUuid as string;
    const before = sim.store.get('Host', host)?.availableMemoryCapacity as number;
    await sim.call('DestroyVmInstance', { uuid: vr.uuid });
    expect(sim.store.get('VmInstance', vr.uuid)).toBeUndefined();
    expect(routers(sim)).toEqual([]);
    for (const nic of vr.vmNics as Json[])
      expect(sim.store.count('UsedIp', { l3NetworkUuid: nic.l3NetworkUuid, ip: nic.ip })).toBe(0);
    expect(sim.store.get('Host', host)?.availableMemoryCapacity).toBe(before + 512 * 1024 ** 2);
    expect(sim.store.get('Volume', vr.rootVolumeUuid)).toBeUndefined();
    consistent(sim);
  });

  it('refuses to reconnect a user VM as a VR', async () => {
    const { sim, cloud } = await buildNetworkCloud();
    const vm = await createVm(sim, cloud);
    const error = await failure(sim.call('ReconnectVirtualRouter', { vmInstanceUuid: vm.uuid }));
    expect(error.details).toContain('is not a virtual router');
  });
});
