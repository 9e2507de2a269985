import { describe, expect, it } from 'vitest';
import { buildNetworkCloud, failure, type Json, snapshot } from '../../network/testNetwork.ts';

const refTables = ['NetworkServiceL3NetworkRef'];

describe('AttachNetworkServiceToL3Network', () => {
  it('records the refs and lists them in the L3 inventory', async () => {
    const { sim, cloud } = await buildNetworkCloud();
    const reply = await sim.call('AttachNetworkServiceToL3Network', {
      l3NetworkUuid: cloud.publicL3,
      networkServices: { [cloud.flat]: ['DHCP'], [cloud.securityGroup]: ['SecurityGroup'] },
    });
    const services = (reply.inventory as Json).networkServices as Json[];
    expect(services).toHaveLength(2);
    expect(services).toContainEqual({
      l3NetworkUuid: cloud.publicL3,
      networkServiceProviderUuid: cloud.flat,
      networkServiceType: 'DHCP',
    });
    const query = sim.store.query(
      'NetworkServiceL3NetworkRef',
      { conditions: [{ name: 'l3NetworkUuid', op: '=', value: cloud.l3 }] },
      null,
    );
    expect((query.inventories as Json[]).map((r) => r.networkServiceType).sort()).toEqual([
      'DHCP',
      'Eip',
      'Userdata',
    ]);
    expect(Object.keys((query.inventories as Json[])[0] ?? {}).sort()).toEqual([
      'l3NetworkUuid',
      'networkServiceProviderUuid',
      'networkServiceType',
    ]);
  });

  it.each([
    ['an empty map', () => ({}), 'SYS.1007', 'networkServices cannot be empty'],
    ['a provider with no types', (c: Json) => ({ [c.flat]: [] }), 'SYS.1007', 'must be specified'],
    [
      'an unknown provider',
      () => ({ ['0'.repeat(32)]: ['DHCP'] }),
      'SYS.1007',
      `cannot find network service provider[uuid:${'0'.repeat(32)}] or it provides no services`,
    ],
    [
      'a type the provider lacks',
      (c: Json) => ({ [c.flat]: ['DHCP', 'SNAT'] }),
      'SYS.1007',
      "doesn't provide services[SNAT]",
    ],
    [
      'a type the L3 already has',
      (c: Json) => ({ [c.virtualRouter]: ['Eip'] }),
      'SYS.1006',
      `there has been a network service[Eip] attached to L3 network[uuid:`,
    ],
    [
      'one type from two providers',
      (c: Json) => ({ [c.flat]: ['DNS'], [c.virtualRouter]: ['DNS'] }),
      'SYS.1006',
      'there has been a network service[DNS]',
    ],
  ])('rejects %s without a change', async (_name, map, code, text) => {
    const { sim, cloud } = await buildNetworkCloud();
    const before = snapshot(sim, refTables);
    const error = await failure(
      sim.call('AttachNetworkServiceToL3Network', {
        l3NetworkUuid: cloud.l3,
        networkServices: map(cloud as unknown as Json),
      }),
    );
    expect(error.code).toBe(code);
    expect(error.details).toContain(text);
    expect(snapshot(sim, refTables)).toBe(before);
  });

  it('accepts provider types as keys from 4.0.0 only', async () => {
    const modern = await buildNetworkCloud({ version: '4.8.0' });
    const reply = await modern.sim.call('AttachNetworkServiceToL3Network', {
      l3NetworkUuid: modern.cloud.publicL3,
      networkServices: { Flat: ['DHCP'] },
    });
    expect(reply.inventory.networkServices[0].networkServiceProviderUuid).toBe(modern.cloud.flat);

    const old = await buildNetworkCloud({ version: '1.2.0' });
    const error = await failure(
      old.sim.call('AttachNetworkServiceToL3Network', {
        l3NetworkUuid: old.cloud.publicL3,
        networkServices: { Flat: ['DHCP'] },
      }),
    );
    expect(error.details).toBe(
      'cannot find network service provider[uuid:Flat] or it provides no services',
    );
  });

  it('refuses DHCP on a full L3 used by user VMs from 4.7.21', async () => {
    const { sim, cloud } = await buildNetworkCloud({ version: '4.8.0' });
    const small = (await sim.call('CreateL3Network', { name: 'small', l2NetworkUuid: cloud.l2 }))
      .inventory as Json;
    await sim.call('AddIpRange', {
      l3NetworkUuid: small.uuid,
      name: 'one',
      startIp: '10.9.0.10',
      endIp: '10.9.0.10',
      netmask: '255.255.255.0',
      gateway: '10.9.0.1',
    });
    const attach = () =>
      sim.call('AttachNetworkServiceToL3Network', {
        l3NetworkUuid: small.uuid,
        networkServices: { [cloud.flat]: ['DHCP'] },
      });
    await sim.call('CreateVmInstance', {
      name: 'full',
      imageUuid: cloud.image,
      instanceOfferingUuid: cloud.offering,
      l3NetworkUuids: [small.uuid],
    });
    const error = await failure(attach());
    expect(error.code).toBe('SYS.1006');
    expect(error.details).toBe(
      `there are not enough IPs for allocation when attaching the DHCP service to L3 network[uuid:${small.uuid}].`,
    );
    expect(sim.store.find('NetworkServiceL3NetworkRef', { l3NetworkUuid: small.uuid })).toEqual([]);
  });

  it('does not require the provider on the L3s L2, as ZStack does not', async () => {
    const { sim, cloud } = await buildNetworkCloud();
    await sim.call('DetachNetworkServiceProviderFromL2Network', {
      networkServiceProviderUuid: cloud.flat,
      l2NetworkUuid: cloud.publicL2,
    });
    const reply = await sim.call('AttachNetworkServiceToL3Network', {
      l3NetworkUuid: cloud.publicL3,
      networkServices: { [cloud.flat]: ['DHCP'] },
    });
    expect(reply.inventory.networkServices).toHaveLength(1);
  });
});

describe('DetachNetworkServiceFromL3Network', () => {
  it('removes the pairs named in the query-string map and skips unknown ones', async () => {
    const { sim, cloud } = await buildNetworkCloud();
    // `networkServices.<provider>=Eip` arrives as a single string.
    const reply = await sim.call('DetachNetworkServiceFromL3Network', {
      l3NetworkUuid: cloud.l3,
      networkServices: { [cloud.flat]: 'Eip', [cloud.virtualRouter]: ['DHCP'] },
    });
    expect(
      (reply.inventory.networkServices as Json[]).map((r) => r.networkServiceType).sort(),
    ).toEqual(['DHCP', 'Userdata']);
  });

  it('takes provider types from 4.5.0 and the single service form', async () => {
    const { sim, cloud } = await buildNetworkCloud({ version: '5.2.0' });
    await sim.call('DetachNetworkServiceFromL3Network', {
      l3NetworkUuid: cloud.l3,
      networkServices: { Flat: ['Userdata'] },
    });
    const reply = await sim.call('DetachNetworkServiceFromL3Network', {
      l3NetworkUuid: cloud.l3,
      service: 'DHCP',
    });
    expect((reply.inventory.networkServices as Json[]).map((r) => r.networkServiceType)).toEqual([
      'Eip',
    ]);
  });
});

describe('GetNetworkServiceTypes', () => {
  it('maps each service type to the providers offering it', async () => {
    const { sim, cloud } = await buildNetworkCloud();
    const reply = await sim.call('GetNetworkServiceTypes');
    expect(reply.types.Eip.sort()).toEqual([cloud.flat, cloud.virtualRouter].sort());
    expect(reply.types.SecurityGroup).toEqual([cloud.securityGroup]);
  });
});
