import { afterEach, describe, expect, it } from 'vitest';
import { checkInvariants } from '../../domain/invariants.ts';
import type { TestSim } from '../../domain/testing.ts';
import { applyFlatServices } from '../../network/flatApplied.ts';
import {
  buildNetworkCloud,
  createVm,
  failure,
  type Json,
  snapshot,
} from '../../network/testNetwork.ts';

const tables = ['Eip', 'Vip', 'FlatApplied'];

let current: TestSim | undefined;

afterEach(() => {
  if (current) expect(checkInvariants(current.store, { version: current.version })).toEqual([]);
  current = undefined;
});

async function setup(version?: string) {
  const { sim, cloud } = await buildNetworkCloud({ version });
  current = sim;
  const vm = await createVm(sim, cloud);
  applyFlatServices(sim, vm.uuid);
  const vip = (await sim.call('CreateVip', { name: 'pub', l3NetworkUuid: cloud.publicL3 }))
    .inventory as Json;
  const eip = (await sim.call('CreateEip', { name: 'eip', vipUuid: vip.uuid })).inventory as Json;
  const nic = vm.vmNics[0] as Json;
  return { sim, cloud, vm, vip, eip, nic };
}

describe('CreateEip / AttachEip', () => {
  it('locks the VIP, binds the NIC and applies the EIP on the VM host (distributed)', async () => {
    const { sim, vm, vip, eip, nic } = await setup();
    expect(eip).toMatchObject({ vipUuid: vip.uuid, vipIp: vip.ip, state: 'Enabled' });
    expect(sim.store.get('Vip', vip.uuid)?.useFor).toBe('Eip');
    const reply = await sim.call('AttachEip', { eipUuid: eip.uuid, vmNicUuid: nic.uuid });
    expect(reply.inventory).toMatchObject({ vmNicUuid: nic.uuid, guestIp: nic.ip, vipIp: vip.ip });
    expect(sim.store.get('Vip', vip.uuid)?.serviceProvider).toBe('Flat');
    expect(sim.store.get('FlatApplied', `Eip:${eip.uuid}`)).toMatchObject({
      hostUuid: vm.hostUuid,
      vmInstanceUuid: vm.uuid,
    });
    const queried = sim.store.query(
      'Eip',
      { conditions: [{ name: 'vmNicUuid', op: '=', value: nic.uuid }] },
      null,
    );
    expect((queried.inventories as Json[])[0]?.guestIp).toBe(nic.ip);
  });

  it('creates and attaches in one call when vmNicUuid is given', async () => {
    const { sim, cloud, vm } = await setup();
    const vip = (await sim.call('CreateVip', { name: 'v2', l3NetworkUuid: cloud.publicL3 }))
      .inventory as Json;
    const other = await createVm(sim, cloud, { name: 'vm2' });
    const reply = await sim.call('CreateEip', {
      name: 'e2',
      vipUuid: vip.uuid,
      vmNicUuid: other.vmNics[0].uuid,
    });
    expect(reply.inventory.guestIp).toBe(other.vmNics[0].ip);
    expect(sim.store.get('FlatApplied', `Eip:${reply.inventory.uuid}`)?.hostUuid).toBe(
      other.hostUuid,
    );
    expect(vm.uuid).not.toBe(other.uuid);
  });

  it('binds a Stopped VM without applying anything', async () => {
    const { sim, vm, eip, nic, vip } = await setup();
    await sim.call('StopVmInstance', { uuid: vm.uuid });
    await sim.call('AttachEip', { eipUuid: eip.uuid, vmNicUuid: nic.uuid });
    expect(sim.store.get('Eip', eip.uuid)?.vmNicUuid).toBe(nic.uuid);
    expect(sim.store.get('FlatApplied', `Eip:${eip.uuid}`)).toBeUndefined();
    expect(sim.store.get('Vip', vip.uuid)?.serviceProvider).toBeNull();
  });

  it('refuses a VIP another EIP holds', async () => {
    const { sim, vip } = await setup();
    const before = snapshot(sim, tables);
    const error = await failure(sim.call('CreateEip', { name: 'x', vipUuid: vip.uuid }));
    expect(error.code).toBe('SYS.1006');
    expect(error.details).toBe(
      `vip[uuid:${vip.uuid}] has been occupied other network service entity[Eip]`,
    );
    expect(snapshot(sim, tables)).toBe(before);
  });
});

describe('EIP rules (each rejected with no change)', () => {
  async function expectRejected(
    run: () => Promise<unknown>,
    sim: Awaited<ReturnType<typeof setup>>['sim'],
    code: string,
    text: string,
  ) {
    const before = snapshot(sim, tables);
    const error = await failure(run());
    expect(error.code).toBe(code);
    expect(error.details).toContain(text);
    expect(snapshot(sim, tables)).toBe(before);
  }

  it('the NIC L3 must have the Eip service', async () => {
    const { sim, cloud, eip } = await setup();
    const plain = (await sim.call('CreateL3Network', { name: 'plain', l2NetworkUuid: cloud.l2 }))
      .inventory as Json;
    await sim.call('AddIpRange', {
      l3NetworkUuid: plain.uuid,
      name: 'r',
      startIp: '10.1.0.10',
      endIp: '10.1.0.20',
      netmask: '255.255.255.0',
      gateway: '10.1.0.1',
    });
    const vm = await createVm(sim, cloud, { l3s: [plain.uuid] });
    await expectRejected(
      () => sim.call('AttachEip', { eipUuid: eip.uuid, vmNicUuid: vm.vmNics[0].uuid }),
      sim,
      'SYS.1006',
      `L3Network[uuid:${plain.uuid}] doesn't have network service[type:Eip] enabled`,
    );
  });

  it('the VIP must be on another L3 than the NIC', async () => {
    const { sim, cloud, nic } = await setup();
    const vip = (await sim.call('CreateVip', { name: 'priv', l3NetworkUuid: cloud.l3 }))
      .inventory as Json;
    const eip = (await sim.call('CreateEip', { name: 'e', vipUuid: vip.uuid })).inventory as Json;
    await expectRejected(
      () => sim.call('AttachEip', { eipUuid: eip.uuid, vmNicUuid: nic.uuid }),
      sim,
      'SYS.1007',
      `guest l3Network of vm nic[uuid:${nic.uuid}] and vip l3Network of EIP[uuid:${eip.uuid}] are the same network`,
    );
  });

  it.each([
    ['4.8.0', 'Vip[10.0.0.201] is in the guest ip range [10.0.0.10, 10.0.0.200]'],
    ['1.2.0', 'overlap public and private subnets. The subnet of EIP[10.0.0.201] is an overlap'],
  ])('public and private subnets must not overlap (%s)', async (version, text) => {
    const { sim, cloud, nic } = await setup(version);
    const overlap = (
      await sim.call('CreateL3Network', { name: 'ov', l2NetworkUuid: cloud.publicL2 })
    ).inventory as Json;
    await sim.call('AddIpRange', {
      l3NetworkUuid: overlap.uuid,
      name: 'r',
      startIp: '10.0.0.201',
      endIp: '10.0.0.250',
      netmask: '255.255.255.0',
      gateway: '10.0.0.1',
    });
    const vip = (await sim.call('CreateVip', { name: 'ov', l3NetworkUuid: overlap.uuid }))
      .inventory as Json;
    const eip = (await sim.call('CreateEip', { name: 'e', vipUuid: vip.uuid })).inventory as Json;
    await expectRejected(
      () => sim.call('AttachEip', { eipUuid: eip.uuid, vmNicUuid: nic.uuid }),
      sim,
      'SYS.1006',
      text,
    );
  });

  it.each([
    ['4.8.0', 'SYS.1007', 'can not bound more than 1 ipv4 eip to a vm nic'],
    ['1.2.0', 'SYS.1006', 'has attached to another eip'],
  ])('one EIP per NIC (%s)', async (version, code, text) => {
    const { sim, cloud, eip, nic } = await setup(version);
    await sim.call('AttachEip', { eipUuid: eip.uuid, vmNicUuid: nic.uuid });
    const vip2 = (await sim.call('CreateVip', { name: 'v2', l3NetworkUuid: cloud.publicL3 }))
      .inventory as Json;
    await expectRejected(
      () => sim.call('CreateEip', { name: 'e2', vipUuid: vip2.uuid, vmNicUuid: nic.uuid }),
      sim,
      code,
      text,
    );
  });

  it('the VM must be in an attachable state', async () => {
    const { sim, vm, eip, nic } = await setup();
    sim.store.update('VmInstance', vm.uuid, { state: 'Migrating' });
    await expectRejected(
      () => sim.call('AttachEip', { eipUuid: eip.uuid, vmNicUuid: nic.uuid }),
      sim,
      'SYS.1006',
      'vm state[Migrating] is not allowed to operate eip, maybe you should wait the vm process complete',
    );
  });

  it('the EIP must be Enabled and free', async () => {
    const { sim, cloud, eip, nic } = await setup();
    await sim.call('ChangeEipState', { uuid: eip.uuid, stateEvent: 'disable' });
    await expectRejected(
      () => sim.call('AttachEip', { eipUuid: eip.uuid, vmNicUuid: nic.uuid }),
      sim,
      'SYS.1006',
      `eip[uuid: ${eip.uuid}] can only be attached when state is Enabled, current state is Disabled`,
    );
    await sim.call('ChangeEipState', { uuid: eip.uuid, stateEvent: 'enable' });
    await sim.call('AttachEip', { eipUuid: eip.uuid, vmNicUuid: nic.uuid });
    const other = await createVm(sim, cloud, { name: 'other' });
    await expectRejected(
      () => sim.call('AttachEip', { eipUuid: eip.uuid, vmNicUuid: other.vmNics[0].uuid }),
      sim,
      'SYS.1006',
      `eip[uuid:${eip.uuid}] has attached to another vm nic[uuid:${nic.uuid}], can't attach again`,
    );
  });

  it("the public L2 must reach the VM's cluster (Flat, 2.3.0+)", async () => {
    const { sim, cloud, eip, nic } = await setup();
    await sim.call('DetachL2NetworkFromCluster', {
      l2NetworkUuid: cloud.publicL2,
      clusterUuid: cloud.cluster,
    });
    await expectRejected(
      () => sim.call('AttachEip', { eipUuid: eip.uuid, vmNicUuid: nic.uuid }),
      sim,
      'SYS.1007',
      "L2Network where vip's L3Network based hasn't attached the cluster where vmNic",
    );
  });

  it('the VM must not be on the public L3 already', async () => {
    const { sim, cloud, eip } = await setup();
    const both = await createVm(sim, cloud, { l3s: [cloud.l3, cloud.publicL3], name: 'both' });
    const privateNic = (both.vmNics as Json[]).find((n) => n.l3NetworkUuid === cloud.l3) as Json;
    await expectRejected(
      () => sim.call('AttachEip', { eipUuid: eip.uuid, vmNicUuid: privateNic.uuid }),
      sim,
      'SYS.1007',
      `that the EIP is about to attach is already on the public network[uuid:${cloud.publicL3}]`,
    );
  });
});

describe('DetachEip / DeleteEip', () => {
  it('detach unbinds and un-applies; a second detach is refused', async () => {
    const { sim, vip, eip, nic } = await setup();
    await sim.call('AttachEip', { eipUuid: eip.uuid, vmNicUuid: nic.uuid });
    const reply = await sim.call('DetachEip', { uuid: eip.uuid });
    expect(reply.inventory.vmNicUuid).toBeUndefined();
    expect(reply.inventory.guestIp).toBeUndefined();
    expect(sim.store.get('FlatApplied', `Eip:${eip.uuid}`)).toBeUndefined();
    expect(sim.store.get('Vip', vip.uuid)?.useFor).toBe('Eip');
    const error = await failure(sim.call('DetachEip', { uuid: eip.uuid }));
    expect(error.code).toBe('SYS.1006');
    expect(error.details).toBe(`eip[uuid:${eip.uuid}] has not attached to any vm nic`);
  });

  it('delete frees the VIP for another EIP', async () => {
    const { sim, vip, eip, nic } = await setup();
    await sim.call('AttachEip', { eipUuid: eip.uuid, vmNicUuid: nic.uuid });
    expect(await sim.call('DeleteEip', { uuid: eip.uuid })).toEqual({});
    expect(sim.store.get('Vip', vip.uuid)?.useFor).toBeNull();
    expect(sim.store.find('FlatApplied', { service: 'Eip' })).toEqual([]);
    expect(await sim.call('DeleteEip', { uuid: eip.uuid })).toEqual({});
    await sim.call('CreateEip', { name: 'again', vipUuid: vip.uuid, vmNicUuid: nic.uuid });
  });
});

describe('GetEipAttachableVmNics', () => {
  it('lists free NICs of eligible VMs on Eip L3s of the zone', async () => {
    const { sim, cloud, eip, vip, nic } = await setup();
    const taken = await createVm(sim, cloud, { name: 'taken' });
    const vip2 = (await sim.call('CreateVip', { name: 'v2', l3NetworkUuid: cloud.publicL3 }))
      .inventory as Json;
    await sim.call('CreateEip', {
      name: 'e2',
      vipUuid: vip2.uuid,
      vmNicUuid: taken.vmNics[0].uuid,
    });
    await createVm(sim, cloud, { l3s: [cloud.l3, cloud.publicL3], name: 'both' });
    const stopped = await createVm(sim, cloud, { name: 'stopped' });
    await sim.call('StopVmInstance', { uuid: stopped.uuid });
    const reply = await sim.call('GetEipAttachableVmNics', { eipUuid: eip.uuid });
    expect(reply.success).toBe(true);
    expect((reply.inventories as Json[]).map((n) => n.uuid).sort()).toEqual(
      [nic.uuid, stopped.vmNics[0].uuid].sort(),
    );
    const byVip = await sim.call('GetEipAttachableVmNics', { vipUuid: vip.uuid });
    expect(byVip.inventories).toHaveLength(2);
  });

  it('needs an EIP or a VIP, and an EIP that is free', async () => {
    const { sim, eip, nic } = await setup();
    expect((await failure(sim.call('GetEipAttachableVmNics', {}))).details).toBe(
      'either eipUuid or vipUuid must be set',
    );
    await sim.call('AttachEip', { eipUuid: eip.uuid, vmNicUuid: nic.uuid });
    const error = await failure(sim.call('GetEipAttachableVmNics', { eipUuid: eip.uuid }));
    expect(error.code).toBe('SYS.1006');
  });
});
