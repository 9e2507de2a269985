import { indexedText, text, timestamps } from '../../domain/columns.ts';
import type { TableSpec } from '../../store/types.ts';

/**
 * Network-service providers and their references to L2 and L3 networks, as the VOs of
 * `header/.../network/service` store them. The rows of the ref tables have a synthetic `id`
 * (ZStack's auto-increment key), which no inventory shows.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/service/NetworkServiceProviderInventory.java
 * @see https://github.com/zstackio/zstack/blob/1.2.x/conf/db/upgrade/V1.1__schema.sql
 */
export const networkServiceProviderTable: TableSpec = {
  name: 'NetworkServiceProvider',
  table: 'network_service_provider',
  javaClass: 'org.zstack.header.network.service.NetworkServiceProviderInventory',
  primaryKey: 'uuid',
  taggable: true,
  columns: {
    uuid: indexedText,
    name: indexedText,
    description: text,
    type: indexedText,
    ...timestamps,
  },
  refLists: [
    {
      field: 'networkServiceTypes',
      table: 'NetworkServiceType',
      localKey: 'networkServiceProviderUuid',
      valueKey: 'type',
    },
    {
      field: 'attachedL2NetworkUuids',
      table: 'NetworkServiceProviderL2NetworkRef',
      localKey: 'networkServiceProviderUuid',
      valueKey: 'l2NetworkUuid',
    },
  ],
};

/** NetworkServiceTypeVO (internal): one row per service type a provider offers. */
export const networkServiceTypeTable: TableSpec = {
  name: 'NetworkServiceType',
  table: 'network_service_type',
  primaryKey: 'id',
  columns: {
    id: { type: 'text' },
    networkServiceProviderUuid: indexedText,
    type: indexedText,
  },
};

/** NetworkServiceProviderL2NetworkRefVO (internal), unique per provider + L2 since 1.1. */
export const providerL2RefTable: TableSpec = {
  name: 'NetworkServiceProviderL2NetworkRef',
  table: 'network_service_provider_l2_ref',
  primaryKey: 'id',
  columns: {
    id: { type: 'text' },
    networkServiceProviderUuid: indexedText,
    l2NetworkUuid: indexedText,
    ...timestamps,
  },
};

/**
 * NetworkServiceL3NetworkRefVO: which provider serves which service type on an L3 (one provider
 * per type and L3). L3NetworkInventory nests these rows as `networkServices`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/service/NetworkServiceL3NetworkRefInventory.java
 */
export const networkServiceL3RefTable: TableSpec = {
  name: 'NetworkServiceL3NetworkRef',
  table: 'network_service_l3_ref',
  javaClass: 'org.zstack.header.network.service.NetworkServiceL3NetworkRefInventory',
  primaryKey: 'id',
  columns: {
    id: { type: 'text', hidden: true },
    l3NetworkUuid: indexedText,
    networkServiceProviderUuid: indexedText,
    networkServiceType: indexedText,
  },
  indexes: [['l3NetworkUuid', 'networkServiceType']],
  relations: [
    {
      field: 'l3Network',
      target: 'L3Network',
      localKey: 'l3NetworkUuid',
      foreignKey: 'uuid',
      kind: 'one',
    },
    {
      field: 'networkServiceProvider',
      target: 'NetworkServiceProvider',
      localKey: 'networkServiceProviderUuid',
      foreignKey: 'uuid',
      kind: 'one',
    },
  ],
};

/**
 * What the Flat provider has "applied" on a host for a VM: its DHCP entry per NIC, its userdata,
 * its distributed EIPs. Host reconnects refresh these rows (FlatDhcpBackend, FlatUserdataBackend
 * and FlatEipBackend re-apply everything in batch when a KVM host connects). Internal.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/flatNetworkProvider/src/main/java/org/zstack/network/service/flat/FlatUserdataBackend.java
 */
export const flatAppliedTable: TableSpec = {
  name: 'FlatApplied',
  table: 'flat_applied',
  primaryKey: 'id',
  columns: {
    /** `<service>:<resourceUuid>`: a NIC's DHCP, a VM's userdata, an EIP. */
    id: { type: 'text' },
    service: indexedText,
    resourceUuid: indexedText,
    vmInstanceUuid: indexedText,
    hostUuid: indexedText,
    l3NetworkUuid: indexedText,
    ...timestamps,
  },
};
