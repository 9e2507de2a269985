import { describe, expect, it } from 'vitest';
import { createTestSim } from '../domain/testing.ts';
import { reconcile } from '../handlers/networkServices.ts';
import { buildNetworkCloud, failure, type Json, snapshot } from './testNetwork.ts';

function providers(sim: ReturnType<typeof createTestSim>): Json[] {
  return sim.store.query('NetworkServiceProvider', {}, null).inventories as Json[];
}

describe('network-service providers', () => {
  it('creates Flat, VirtualRouter and SecurityGroup once, with 1.2 service types', () => {
    const sim = createTestSim({ version: '1.2.0' });
    reconcile(sim);
    reconcile(sim);
    const list = providers(sim);
    expect(list.map((p) => p.type).sort()).toEqual(['Flat', 'SecurityGroup', 'VirtualRouter']);
    const byType = Object.fromEntries(list.map((p) => [p.type, p]));
    expect(byType.Flat.networkServiceTypes.sort()).toEqual(['DHCP', 'Eip', 'Userdata']);
    expect(byType.Flat.name).toBe('Flat Network Service Provider');
    expect(byType.VirtualRouter.networkServiceTypes.sort()).toEqual([
      'DHCP',
      'DNS',
      'Eip',
      'LoadBalancer',
      'PortForwarding',
      'SNAT',
    ]);
    expect(byType.SecurityGroup.networkServiceTypes).toEqual(['SecurityGroup']);
    expect(byType.Flat.attachedL2NetworkUuids).toEqual([]);
  });

  it('offers Flat DNS and HostRoute from 2.4.0', () => {
    const sim = createTestSim({ version: '4.8.0' });
    reconcile(sim);
    const flat = providers(sim).find((p) => p.type === 'Flat');
    expect(flat?.networkServiceTypes.sort()).toEqual([
      'DHCP',
      'DNS',
      'Eip',
      'HostRoute',
      'Userdata',
    ]);
  });

  it('attaches every provider to a new L2 and answers queries on the refs', async () => {
    const { sim, cloud } = await buildNetworkCloud();
    for (const p of providers(sim)) {
      expect(p.attachedL2NetworkUuids.sort()).toEqual([cloud.l2, cloud.publicL2].sort());
    }
    const flat = sim.store.query(
      'NetworkServiceProvider',
      {
        conditions: [
          { name: 'attachedL2NetworkUuids', op: '=', value: cloud.publicL2 },
          { name: 'type', op: '=', value: 'Flat' },
        ],
      },
      null,
    );
    expect(flat.inventories).toHaveLength(1);
  });
});

describe('AttachNetworkServiceProviderToL2Network / Detach…', () => {
  it('refuses an attached pair as the unique key does, then detaches and re-attaches', async () => {
    const { sim, cloud } = await buildNetworkCloud();
    const params = { networkServiceProviderUuid: cloud.flat, l2NetworkUuid: cloud.l2 };
    const before = snapshot(sim, ['NetworkServiceProviderL2NetworkRef']);
    const error = await failure(sim.call('AttachNetworkServiceProviderToL2Network', params));
    expect(error.code).toBe('SYS.1000');
    expect(error.details).toContain('uqNetworkServiceProviderL2NetworkRefVO');
    expect(snapshot(sim, ['NetworkServiceProviderL2NetworkRef'])).toBe(before);

    const detached = await sim.call('DetachNetworkServiceProviderFromL2Network', params);
    expect(detached.inventory.attachedL2NetworkUuids).toEqual([cloud.publicL2]);
    const again = await sim.call('DetachNetworkServiceProviderFromL2Network', params);
    expect(again.inventory.attachedL2NetworkUuids).toEqual([cloud.publicL2]);
    const attached = await sim.call('AttachNetworkServiceProviderToL2Network', params);
    expect(attached.inventory.attachedL2NetworkUuids.sort()).toEqual(
      [cloud.l2, cloud.publicL2].sort(),
    );
  });

  it('names the missing provider or L2 with SYS.1003', async () => {
    const { sim, cloud } = await buildNetworkCloud();
    const missing = 'f'.repeat(32);
    const error = await failure(
      sim.call('AttachNetworkServiceProviderToL2Network', {
        networkServiceProviderUuid: missing,
        l2NetworkUuid: cloud.l2,
      }),
    );
    expect(error.code).toBe('SYS.1003');
    expect(error.details).toContain(missing);
  });
});
