/**
 * Catalogue section `networkServices`: Network-service providers and L3 network services.
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/network/service
 */

import type { L3NetworkInventory } from '../inventories/l3Network.ts';
import type {
  NetworkServiceL3NetworkRefInventory,
  NetworkServiceProviderInventory,
} from '../inventories/networkService.ts';
import type { InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const serviceSrc = 'header/src/main/java/org/zstack/header/network/service';

/**
 * `QueryNetworkServiceProvider`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/service/APIQueryNetworkServiceProviderMsg.java
 */
export const queryNetworkServiceProvider = defineApi<
  QueryResult<NetworkServiceProviderInventory>
>()({
  name: 'QueryNetworkServiceProvider',
  fqn: 'org.zstack.header.network.service.APIQueryNetworkServiceProviderMsg',
  replyFqn: 'org.zstack.header.network.service.APIQueryNetworkServiceProviderReply',
  section: 'networkServices',
  rest: { method: 'GET', path: '/network-services/providers', bodyKey: null },
  async: false,
  response: 'inventories',
  queryInventory: 'NetworkServiceProvider',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${serviceSrc}/APIQueryNetworkServiceProviderMsg.java`,
});

/**
 * `QueryNetworkServiceL3NetworkRef`: sync, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/service/APIQueryNetworkServiceL3NetworkRefMsg.java
 */
export const queryNetworkServiceL3NetworkRef = defineApi<
  QueryResult<NetworkServiceL3NetworkRefInventory>
>()({
  name: 'QueryNetworkServiceL3NetworkRef',
  fqn: 'org.zstack.header.network.service.APIQueryNetworkServiceL3NetworkRefMsg',
  replyFqn: 'org.zstack.header.network.service.APIQueryNetworkServiceL3NetworkRefReply',
  section: 'networkServices',
  rest: { method: 'GET', path: '/l3-networks/network-services/refs', bodyKey: null },
  async: false,
  adminOnly: true,
  response: 'inventories',
  queryInventory: 'NetworkServiceL3NetworkRef',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${serviceSrc}/APIQueryNetworkServiceL3NetworkRefMsg.java`,
});

/**
 * `AttachNetworkServiceProviderToL2Network` (legacy RPC only): async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/service/APIAttachNetworkServiceProviderToL2NetworkMsg.java
 */
export const attachNetworkServiceProviderToL2Network = defineApi<
  InventoryResult<NetworkServiceProviderInventory>
>()({
  name: 'AttachNetworkServiceProviderToL2Network',
  fqn: 'org.zstack.header.network.service.APIAttachNetworkServiceProviderToL2NetworkMsg',
  replyFqn: 'org.zstack.header.network.service.APIAttachNetworkServiceProviderToL2NetworkEvent',
  section: 'networkServices',
  rest: null,
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    networkServiceProviderUuid: { type: 'string', required: true },
    l2NetworkUuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  source: `${serviceSrc}/APIAttachNetworkServiceProviderToL2NetworkMsg.java`,
});

/**
 * `DetachNetworkServiceProviderFromL2Network` (legacy RPC only): async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/service/APIDetachNetworkServiceProviderFromL2NetworkMsg.java
 */
export const detachNetworkServiceProviderFromL2Network = defineApi<
  InventoryResult<NetworkServiceProviderInventory>
>()({
  name: 'DetachNetworkServiceProviderFromL2Network',
  fqn: 'org.zstack.header.network.service.APIDetachNetworkServiceProviderFromL2NetworkMsg',
  replyFqn: 'org.zstack.header.network.service.APIDetachNetworkServiceProviderFromL2NetworkEvent',
  section: 'networkServices',
  rest: null,
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    networkServiceProviderUuid: { type: 'string', required: true },
    l2NetworkUuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  source: `${serviceSrc}/APIDetachNetworkServiceProviderFromL2NetworkMsg.java`,
});

/**
 * `AttachNetworkServiceToL3Network`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/service/APIAttachNetworkServiceToL3NetworkMsg.java
 */
export const attachNetworkServiceToL3Network = defineApi<InventoryResult<L3NetworkInventory>>()({
  name: 'AttachNetworkServiceToL3Network',
  fqn: 'org.zstack.header.network.service.APIAttachNetworkServiceToL3NetworkMsg',
  replyFqn: 'org.zstack.header.network.service.APIAttachNetworkServiceToL3NetworkEvent',
  section: 'networkServices',
  rest: {
    method: 'POST',
    path: '/l3-networks/{l3NetworkUuid}/network-services',
    bodyKey: 'params',
  },
  async: true,
  response: 'inventory',
  params: {
    l3NetworkUuid: { type: 'string', required: true },
    /** Provider UUID (HEAD also accepts a provider type) → service types. */
    networkServices: { type: 'map', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${serviceSrc}/APIAttachNetworkServiceToL3NetworkMsg.java`,
});

/**
 * `DetachNetworkServiceFromL3Network`: async, SystemAdmin only.
 * The `/{service}` form exists from 5.2.0.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/service/APIDetachNetworkServiceFromL3NetworkMsg.java
 */
export const detachNetworkServiceFromL3Network = defineApi<InventoryResult<L3NetworkInventory>>()({
  name: 'DetachNetworkServiceFromL3Network',
  fqn: 'org.zstack.header.network.service.APIDetachNetworkServiceFromL3NetworkMsg',
  replyFqn: 'org.zstack.header.network.service.APIDetachNetworkServiceFromL3NetworkEvent',
  section: 'networkServices',
  rest: {
    method: 'DELETE',
    path: '/l3-networks/{l3NetworkUuid}/network-services',
    optionalPaths: ['/l3-networks/{l3NetworkUuid}/network-services/{service}'],
    bodyKey: null,
  },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    l3NetworkUuid: { type: 'string', required: true },
    networkServices: { type: 'map' },
    service: { type: 'string' },
  },
  since: '1.0.0',
  restSince: '1.9.0',
  source: `${serviceSrc}/APIDetachNetworkServiceFromL3NetworkMsg.java`,
});

/**
 * `GetNetworkServiceTypes`: sync, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/service/APIGetNetworkServiceTypesMsg.java
 */
export const getNetworkServiceTypes = defineApi<{ types: Record<string, string[]> }>()({
  name: 'GetNetworkServiceTypes',
  fqn: 'org.zstack.header.network.service.APIGetNetworkServiceTypesMsg',
  replyFqn: 'org.zstack.header.network.service.APIGetNetworkServiceTypesReply',
  section: 'networkServices',
  rest: { method: 'GET', path: '/network-services/types', bodyKey: null },
  async: false,
  adminOnly: true,
  response: { fieldsTo: { types: 'serviceAndProviderTypes' } },
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${serviceSrc}/APIGetNetworkServiceTypesMsg.java`,
});
