import { describe, expect, it } from 'vitest';
import { applyFlatServices, refreshHostFlatServices } from './flatApplied.ts';
import { metadataDocument, metadataFor } from './metadata.ts';
import { buildNetworkCloud, createVm, type Json } from './testNetwork.ts';

const cloudConfig = '#cloud-config\nruncmd:\n  - echo hi';
const key = 'ssh-rsa AAAAB3NzaC1yc2E user@host';

describe('metadataFor', () => {
  it('serves the decoded userdata, instance-id, hostname and keys (base64 from 2.1.0)', async () => {
    const { sim, cloud } = await buildNetworkCloud({ version: '4.8.0' });
    const vm = await createVm(sim, cloud, {
      systemTags: [
        `userdata::${Buffer.from(cloudConfig).toString('base64')}`,
        'hostname::web-1',
        `sshkey::${key}`,
      ],
    });
    const metadata = metadataFor(sim, vm.uuid);
    expect(metadata).not.toBeNull();
    if (!metadata) return;
    expect(metadataDocument(metadata, '/latest/user-data')).toBe(cloudConfig);
    expect(metadataDocument(metadata, '/2009-04-04/user-data')).toBe(cloudConfig);
    expect(metadataDocument(metadata, '/latest/meta-data/instance-id')).toBe(vm.uuid);
    expect(metadataDocument(metadata, '/latest/meta-data/local-hostname')).toBe('web-1');
    expect(metadataDocument(metadata, '/latest/meta-data/public-keys/0/openssh-key')).toBe(key);
    expect(metadataDocument(metadata, '/latest/meta-data/')).toBe(
      'instance-id\nlocal-hostname\npublic-keys/',
    );
    expect(metadataDocument(metadata, '/latest/meta-data/nope')).toBeUndefined();
  });

  it('serves 1.2 userdata verbatim, and synthesises cloud-config from sshkey and rootPassword', async () => {
    const { sim, cloud } = await buildNetworkCloud({ version: '1.2.0' });
    const plain = await createVm(sim, cloud, { systemTags: ['userdata::#!/bin/sh echo plain'] });
    expect(metadataFor(sim, plain.uuid)?.userData).toBe('#!/bin/sh echo plain');
    const keyed = await createVm(sim, cloud, {
      systemTags: [`sshkey::${key}`, 'rootPassword::s3cret'],
    });
    expect(metadataFor(sim, keyed.uuid)?.userData).toBe(
      `#cloud-config\nssh_authorized_keys:\n  - ${key}\ndisable_root: false\nchpasswd:\n  list: |\n    root:s3cret\n  expire: False`,
    );
    const bare = await createVm(sim, cloud);
    const metadata = metadataFor(sim, bare.uuid);
    expect(metadata?.metaData).toEqual({ 'instance-id': bare.uuid });
    expect(metadata && metadataDocument(metadata, '/latest/user-data')).toBeUndefined();
  });

  it('is null without Flat Userdata on the default L3, or without Flat on its L2', async () => {
    const { sim, cloud } = await buildNetworkCloud();
    const vm = await createVm(sim, cloud);
    expect(metadataFor(sim, vm.uuid)).not.toBeNull();
    await sim.call('DetachNetworkServiceProviderFromL2Network', {
      networkServiceProviderUuid: cloud.flat,
      l2NetworkUuid: cloud.l2,
    });
    expect(metadataFor(sim, vm.uuid)).toBeNull();
    await sim.call('AttachNetworkServiceProviderToL2Network', {
      networkServiceProviderUuid: cloud.flat,
      l2NetworkUuid: cloud.l2,
    });
    await sim.call('DetachNetworkServiceFromL3Network', {
      l3NetworkUuid: cloud.l3,
      networkServices: { [cloud.flat]: ['Userdata'] },
    });
    expect(metadataFor(sim, vm.uuid)).toBeNull();
  });
});

describe('Flat applied records', () => {
  it("records DHCP and userdata on the VM's host, with the L3's DHCP server address", async () => {
    const { sim, cloud } = await buildNetworkCloud();
    const vm = await createVm(sim, cloud);
    const rows = applyFlatServices(sim, vm.uuid);
    expect(rows.map((r) => r.id).sort()).toEqual([
      `DHCP:${vm.vmNics[0].uuid}`,
      `Userdata:${vm.uuid}`,
    ]);
    expect(rows.every((r) => r.hostUuid === vm.hostUuid)).toBe(true);
    const tags = sim.store.find('SystemTag', { resourceUuid: cloud.l3 }).map((t) => String(t.tag));
    expect(tags).toHaveLength(1);
    expect(tags[0]).toMatch(/^flatNetwork::DhcpServer::10\.0\.0\.\d+::ipUuid::[0-9a-f]{32}$/);
    applyFlatServices(sim, (await createVm(sim, cloud, { name: 'second' })).uuid);
    expect(sim.store.find('SystemTag', { resourceUuid: cloud.l3 })).toHaveLength(1);
  });

  it('drops records when the VM stops, and a host refresh follows VMs that moved', async () => {
    const { sim, cloud } = await buildNetworkCloud();
    const vm = await createVm(sim, cloud);
    applyFlatServices(sim, vm.uuid);
    const other = cloud.hosts.find((h) => h !== vm.hostUuid) as string;
    sim.store.update('VmInstance', vm.uuid, { hostUuid: other });
    expect(refreshHostFlatServices(sim, vm.hostUuid)).toEqual([]);
    expect(refreshHostFlatServices(sim, other).map((r: Json) => r.vmInstanceUuid)).toEqual([
      vm.uuid,
      vm.uuid,
    ]);
    await sim.call('StopVmInstance', { uuid: vm.uuid });
    expect(applyFlatServices(sim, vm.uuid)).toEqual([]);
    expect(sim.store.find('FlatApplied')).toEqual([]);
  });
});
