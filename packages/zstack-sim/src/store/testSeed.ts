import { createStore } from './sqliteStore.ts';
import { testTables } from './testTables.ts';
import type { Store } from './types.ts';

/** The first createDate of the seeded rows (epoch ms). */
export const t0 = Date.UTC(2024, 0, 15, 9, 30, 0);

/** Account uuids owning the seeded VMs. */
export const accountA = 'a'.repeat(32);
export const accountB = 'b'.repeat(32);

/**
 * A `:memory:` store with the test specs and a small cloud: 2 clusters, 2 hosts (one KVM),
 * 5 VMs (4 of account A, 1 of B), 4 NICs on two L3s, 4 volumes, tags and 3 primary storages.
 */
export function seededStore(version = '4.8.0'): Store {
  const store = createStore(':memory:', { version });
  for (const spec of testTables) store.define(spec);
  store.transaction(() => {
    store.insert('Cluster', { uuid: 'c1', name: 'cluster-a', createDate: t0, lastOpDate: t0 });
    store.insert('Cluster', { uuid: 'c2', name: 'cluster-b', createDate: t0, lastOpDate: t0 });
    const host = { createDate: t0, lastOpDate: t0, username: 'root' };
    store.insert('Host', {
      ...host,
      uuid: 'h1',
      name: 'kvm-1',
      clusterUuid: 'c1',
      managementIp: '10.0.0.1',
      hypervisorType: 'KVM',
    });
    store.insert('Host', {
      ...host,
      uuid: 'h2',
      name: 'sim-1',
      clusterUuid: 'c2',
      managementIp: '10.0.0.2',
      hypervisorType: 'Simulator',
    });
    const vm = (
      uuid: string,
      name: string,
      state: string,
      hostUuid: string | null,
      memorySize: number,
      at: number,
    ) => ({
      uuid,
      name,
      state,
      hostUuid,
      memorySize,
      createDate: t0 + at,
      lastOpDate: t0 + at,
    });
    store.insert(
      'VmInstance',
      {
        ...vm('vm1', 'web-1', 'Running', 'h1', 1024, 1000),
        cpuSpeed: 1.5,
        haEnabled: true,
        metadata: { a: 1 },
        internalId: 7,
        guestOsType: 'Linux',
      },
      accountA,
    );
    store.insert(
      'VmInstance',
      { ...vm('vm2', 'web-2', 'Running', 'h1', 2048, 2000), haEnabled: false },
      accountA,
    );
    store.insert('VmInstance', vm('vm3', 'db-1', 'Stopped', null, 4096, 3000), accountA);
    store.insert('VmInstance', vm('vm4', 'db-2', 'Running', 'h2', 2048, 2000), accountA);
    store.insert('VmInstance', vm('vm5', 'x_y', 'Stopped', 'h2', 512, 5000), accountB);
    const nic = (
      uuid: string,
      vmInstanceUuid: string,
      l3NetworkUuid: string,
      ip: string,
      deviceId: number,
    ) => ({
      uuid,
      vmInstanceUuid,
      l3NetworkUuid,
      ip,
      deviceId,
      createDate: t0,
      lastOpDate: t0,
    });
    store.insert('VmNic', nic('n1', 'vm1', 'L3A', '10.1.0.1', 0));
    store.insert('VmNic', nic('n2', 'vm1', 'L3B', '10.2.0.1', 1));
    store.insert('VmNic', nic('n3', 'vm2', 'L3A', '10.1.0.2', 0));
    store.insert('VmNic', nic('n4', 'vm4', 'L3B', '10.2.0.4', 0));
    const volume = (
      uuid: string,
      vmInstanceUuid: string,
      type: string,
      primaryStorageUuid: string,
    ) => ({
      uuid,
      vmInstanceUuid,
      type,
      primaryStorageUuid,
      size: 10,
      createDate: t0,
      lastOpDate: t0,
    });
    store.insert('Volume', volume('v1', 'vm1', 'Root', 'ps1'));
    store.insert('Volume', volume('v2', 'vm1', 'Data', 'ps2'));
    store.insert('Volume', volume('v3', 'vm2', 'Root', 'ps1'));
    store.insert('Volume', volume('v4', 'vm3', 'Root', 'ps2'));
    const tag = (uuid: string, resourceUuid: string, text: string, type: 'System' | 'User') => ({
      uuid,
      resourceUuid,
      resourceType: 'VmInstanceVO',
      tag: text,
      type,
      inherent: false,
      createDate: t0,
      lastOpDate: t0,
    });
    store.insert('SystemTag', tag('s1', 'vm1', 'ha::NeverStop', 'System'));
    store.insert('SystemTag', tag('s2', 'vm2', 'staticIp::L3A::10.1.0.2', 'System'));
    store.insert('UserTag', tag('u1', 'vm3', 'prod', 'User'));
    for (const uuid of ['ps1', 'ps2', 'ps3']) {
      store.insert('PrimaryStorage', { uuid, name: uuid, createDate: t0, lastOpDate: t0 });
    }
    let id = 0;
    for (const [ps, cluster] of [
      ['ps1', 'c1'],
      ['ps1', 'c2'],
      ['ps2', 'c2'],
    ]) {
      store.insert('PrimaryStorageClusterRef', {
        id: ++id,
        primaryStorageUuid: ps,
        clusterUuid: cluster,
      });
    }
  });
  return store;
}
