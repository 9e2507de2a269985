import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../domain/invariants.ts';
import { createTestSim } from '../domain/testing.ts';
import { flatAppliedOf } from '../network/flatApplied.ts';
import { isProviderAttachedToL2 } from '../network/providers.ts';
import { dnsOfNic } from '../vr/dhcp.ts';
import { demoIds as id } from './demoIds.ts';
import { applySeed } from './index.ts';

const all = { conditions: [] };

describe('demo seed, network side', () => {
  it('has the release note providers, services, VR and EIP, consistent', async () => {
    const sim = createTestSim();
    await applySeed(sim, 'demo');
    expect(checkInvariants(sim.store, { version: sim.version })).toEqual([]);
    expect(isProviderAttachedToL2(sim, id.flatProvider, id.flatL2)).toBe(true);
    expect(isProviderAttachedToL2(sim, id.flatProvider, id.vrL2)).toBe(false);
    expect(isProviderAttachedToL2(sim, id.virtualRouterProvider, id.vrL2)).toBe(true);
    const refs = (l3: string) =>
      sim.store
        .find('NetworkServiceL3NetworkRef', { l3NetworkUuid: l3 })
        .map((r) => `${r.networkServiceProviderUuid}:${r.networkServiceType}`)
        .sort();
    expect(refs(id.vrL3)).toEqual([
      `${id.virtualRouterProvider}:DHCP`,
      `${id.virtualRouterProvider}:DNS`,
    ]);
    expect(refs(id.flatL3)).toEqual(
      ['DHCP', 'Eip', 'Userdata'].map((t) => `${id.flatProvider}:${t}`),
    );

    const offerings = sim.store.query('VirtualRouterOffering', all, null).inventories ?? [];
    expect(offerings).toMatchObject([
      { uuid: id.vrOffering, isDefault: true, zoneUuid: id.zone, imageUuid: id.vrImage },
    ]);
    const [vr] = sim.store.query('VirtualRouterVm', all, null).inventories ?? [];
    expect(vr).toMatchObject({
      uuid: id.virtualRouter,
      type: 'ApplianceVm',
      applianceVmType: 'VirtualRouter',
      state: 'Running',
      status: 'Connected',
      hostUuid: id.host3,
      rootVolumeUuid: id.vrRootVolume,
      managementNetworkUuid: id.vrL3,
      publicNetworkUuid: id.vrL3,
      vmNics: [{ l3NetworkUuid: id.vrL3, metaData: '7' }],
    });
    const vrIp = ((vr?.vmNics ?? []) as { ip: string }[])[0]?.ip;

    // legacy VMs got the VR's address as DNS; flat VMs the L3's list from the Flat DHCP server
    const legacy = sim.store.find('VmInstance', { name: 'legacy-01' })[0];
    const legacyNic = sim.store.find('VmNic', { vmInstanceUuid: String(legacy?.uuid) })[0];
    expect(dnsOfNic(sim, String(legacyNic?.uuid))).toEqual([vrIp]);
    const web = sim.store.find('VmInstance', { name: 'web-01' })[0];
    const webNic = sim.store.find('VmNic', {
      vmInstanceUuid: String(web?.uuid),
      l3NetworkUuid: id.flatL3,
    })[0];
    expect(dnsOfNic(sim, String(webNic?.uuid))).toEqual(['223.5.5.5']);
    const services = flatAppliedOf(sim, String(web?.uuid))
      .map((r) => r.service)
      .sort();
    expect(services).toEqual(['DHCP', 'Eip', 'Userdata']);
    expect(sim.store.get('Eip', id.demoEip)).toMatchObject({ vmNicUuid: webNic?.uuid });
    const tag = sim.store
      .find('SystemTag', { resourceUuid: id.flatL3 })
      .map((t) => String(t.tag))
      .find((t) => t.startsWith('flatNetwork::DhcpServer::'));
    expect(tag).toMatch(/^flatNetwork::DhcpServer::192\.168\.100\.\d+::ipUuid::[0-9a-f]{32}$/);
    // no Flat DHCP server on vr-l3 before the migration
    expect(sim.store.count('SystemTag', { resourceUuid: id.vrL3 })).toBe(0);
  });
});
