import { isAtLeast, newUuid } from '@zdash/zstack-api';
import type { SimContext } from '../core/context.ts';
import { nowMs } from '../domain/common.ts';
import type { L2Row } from '../domain/rows.ts';

/**
 * The network-service providers every management node has, created on start (each factory's
 * `prepareDbInitialValue`) and attached to every new L2 network (`afterCreateL2Network`).
 *
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/flatNetworkProvider/src/main/java/org/zstack/network/service/flat/FlatProviderFactory.java
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/VirtualRouterManagerImpl.java
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/securityGroup/src/main/java/org/zstack/network/securitygroup/SecurityGroupProviderFactory.java
 */

export type ProviderType = 'Flat' | 'VirtualRouter' | 'SecurityGroup';

export interface ProviderRow {
  [field: string]: unknown;
  uuid: string;
  name: string;
  description?: string;
  type: ProviderType;
  createDate: number;
  lastOpDate: number;
}

interface ProviderDef {
  readonly type: ProviderType;
  readonly name: string;
  readonly description: string;
  /** Service type → first version offering it. */
  readonly services: Readonly<Record<string, string>>;
  /** L2 types the factory attaches itself to on creation; `null` = every type. */
  readonly l2Types: readonly string[] | null;
}

const providerDefs: readonly ProviderDef[] = [
  {
    type: 'Flat',
    name: 'Flat Network Service Provider',
    description: 'Flat Network Service Provider',
    // Eip joined in 1.2 (prepareDbInitialValue appends it); DNS and HostRoute by 2.4.0.
    services: { DHCP: '0.0.0', Userdata: '0.0.0', Eip: '1.2.0', DNS: '2.4.0', HostRoute: '2.4.0' },
    l2Types: null,
  },
  {
    type: 'VirtualRouter',
    name: 'VirtualRouter',
    description: 'zstack virtual router network service provider',
    services: {
      DHCP: '0.0.0',
      DNS: '0.0.0',
      SNAT: '0.0.0',
      PortForwarding: '0.0.0',
      Eip: '0.0.0',
      LoadBalancer: '0.0.0',
    },
    l2Types: ['L2NoVlanNetwork', 'L2VlanNetwork'],
  },
  {
    type: 'SecurityGroup',
    name: 'SecurityGroup',
    description: 'zstack security group network service provider',
    services: { SecurityGroup: '0.0.0' },
    l2Types: null,
  },
];

/** Service types the provider of `type` offers in `version`. */
export function providerServiceTypes(type: ProviderType, version: string): string[] {
  const def = providerDefs.find((d) => d.type === type);
  if (!def) return [];
  return Object.entries(def.services)
    .filter(([, since]) => isAtLeast(version, since))
    .map(([service]) => service);
}

/**
 * Creates the three providers when missing and completes their service types for the emulated
 * version (as an upgrade's `prepareDbInitialValue` does). Idempotent.
 */
export function ensureProviders(sim: SimContext): void {
  sim.store.transaction(() => {
    const now = nowMs(sim);
    for (const def of providerDefs) {
      let provider = providerByType(sim, def.type);
      if (!provider) {
        provider = {
          uuid: newUuid(),
          name: def.name,
          description: def.description,
          type: def.type,
          createDate: now,
          lastOpDate: now,
        };
        sim.store.insert('NetworkServiceProvider', provider);
      }
      const have = new Set(offeredTypes(sim, provider.uuid));
      for (const type of providerServiceTypes(def.type, sim.version)) {
        if (have.has(type)) continue;
        sim.store.insert('NetworkServiceType', {
          id: newUuid(),
          networkServiceProviderUuid: provider.uuid,
          type,
        });
      }
    }
  });
}

export function providerByType(sim: SimContext, type: string): ProviderRow | undefined {
  return sim.store.find('NetworkServiceProvider', { type })[0] as ProviderRow | undefined;
}

export function providerByUuid(sim: SimContext, uuid: string): ProviderRow | undefined {
  return sim.store.get('NetworkServiceProvider', uuid) as ProviderRow | undefined;
}

/** The service types a provider row offers (NetworkServiceTypeVO). */
export function offeredTypes(sim: SimContext, providerUuid: string): string[] {
  return sim.store
    .find('NetworkServiceType', { networkServiceProviderUuid: providerUuid })
    .map((row) => String(row.type));
}

export function isProviderAttachedToL2(
  sim: SimContext,
  providerUuid: string,
  l2Uuid: string,
): boolean {
  return (
    sim.store.count('NetworkServiceProviderL2NetworkRef', {
      networkServiceProviderUuid: providerUuid,
      l2NetworkUuid: l2Uuid,
    }) > 0
  );
}

/** Inserts the provider↔L2 ref; the caller has checked it is not there yet. */
export function insertProviderL2Ref(sim: SimContext, providerUuid: string, l2Uuid: string): void {
  const now = nowMs(sim);
  sim.store.insert('NetworkServiceProviderL2NetworkRef', {
    id: newUuid(),
    networkServiceProviderUuid: providerUuid,
    l2NetworkUuid: l2Uuid,
    createDate: now,
    lastOpDate: now,
  });
}

/**
 * Attaches the node's providers to a freshly created L2, as each factory's
 * `afterCreateL2Network` does (Flat and SecurityGroup: any L2; VirtualRouter: no-vlan and vlan
 * L2s). Call it once, right after the L2 row is inserted; older L2s are left alone, so an L2 made
 * before the Flat provider existed can lack it (the VR→Flat procedure's step 5).
 *
 * @see https://github.com/zstackio/zstack/blob/1.2.x/network/src/main/java/org/zstack/network/l2/L2NetworkManagerImpl.java
 */
export function attachProvidersToNewL2(sim: SimContext, l2Uuid: string): void {
  const l2 = sim.store.get('L2Network', l2Uuid) as L2Row | undefined;
  if (!l2) return;
  ensureProviders(sim);
  sim.store.transaction(() => {
    for (const def of providerDefs) {
      if (def.l2Types && !def.l2Types.includes(l2.type)) continue;
      const provider = providerByType(sim, def.type);
      if (!provider || isProviderAttachedToL2(sim, provider.uuid, l2Uuid)) continue;
      insertProviderL2Ref(sim, provider.uuid, l2Uuid);
    }
  });
}
