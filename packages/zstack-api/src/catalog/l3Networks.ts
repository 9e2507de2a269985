/**
 * Catalogue section `l3Networks`: L3 networks, IP ranges and DNS.
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/network/l3
 */

import type {
  FreeIpInventory,
  IpRangeInventory,
  L3NetworkInventory,
} from '../inventories/l3Network.ts';
import type { EmptyResult, InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const l3Src = 'header/src/main/java/org/zstack/header/network/l3';

/**
 * `QueryL3Network`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/APIQueryL3NetworkMsg.java
 */
export const queryL3Network = defineApi<QueryResult<L3NetworkInventory>>()({
  name: 'QueryL3Network',
  fqn: 'org.zstack.header.network.l3.APIQueryL3NetworkMsg',
  replyFqn: 'org.zstack.header.network.l3.APIQueryL3NetworkReply',
  section: 'l3Networks',
  rest: {
    method: 'GET',
    path: '/l3-networks',
    optionalPaths: ['/l3-networks/{uuid}'],
    bodyKey: null,
  },
  async: false,
  response: 'inventories',
  queryInventory: 'L3Network',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${l3Src}/APIQueryL3NetworkMsg.java`,
});

/**
 * `CreateL3Network`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/APICreateL3NetworkMsg.java
 */
export const createL3Network = defineApi<InventoryResult<L3NetworkInventory>>()({
  name: 'CreateL3Network',
  fqn: 'org.zstack.header.network.l3.APICreateL3NetworkMsg',
  replyFqn: 'org.zstack.header.network.l3.APICreateL3NetworkEvent',
  section: 'l3Networks',
  rest: { method: 'POST', path: '/l3-networks', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    type: { type: 'string' },
    l2NetworkUuid: { type: 'string', required: true },
    category: { type: 'string', validValues: ['Public', 'Private', 'System'], since: '0.8.0' },
    ipVersion: { type: 'int', validValues: ['4', '6'], since: '3.1.0' },
    system: { type: 'boolean' },
    dnsDomain: { type: 'string' },
    enableIPAM: { type: 'boolean', since: '4.7.0' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${l3Src}/APICreateL3NetworkMsg.java`,
});

/**
 * `DeleteL3Network`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/APIDeleteL3NetworkMsg.java
 */
export const deleteL3Network = defineApi<EmptyResult>()({
  name: 'DeleteL3Network',
  fqn: 'org.zstack.header.network.l3.APIDeleteL3NetworkMsg',
  replyFqn: 'org.zstack.header.network.l3.APIDeleteL3NetworkEvent',
  section: 'l3Networks',
  rest: { method: 'DELETE', path: '/l3-networks/{uuid}', bodyKey: null },
  async: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${l3Src}/APIDeleteL3NetworkMsg.java`,
});

/**
 * `UpdateL3Network`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/APIUpdateL3NetworkMsg.java
 */
export const updateL3Network = defineApi<InventoryResult<L3NetworkInventory>>()({
  name: 'UpdateL3Network',
  fqn: 'org.zstack.header.network.l3.APIUpdateL3NetworkMsg',
  replyFqn: 'org.zstack.header.network.l3.APIUpdateL3NetworkEvent',
  section: 'l3Networks',
  rest: { method: 'PUT', path: '/l3-networks/{uuid}/actions', bodyKey: 'updateL3Network' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    name: { type: 'string', maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    dnsDomain: { type: 'string', maxLength: 255, since: '2.6.0' },
    category: { type: 'string', validValues: ['Public', 'Private', 'System'], since: '0.8.0' },
    system: { type: 'boolean', since: '0.8.0' },
  },
  since: '0.7.0',
  restSince: '1.9.0',
  source: `${l3Src}/APIUpdateL3NetworkMsg.java`,
});

/**
 * `ChangeL3NetworkState`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/APIChangeL3NetworkStateMsg.java
 */
export const changeL3NetworkState = defineApi<InventoryResult<L3NetworkInventory>>()({
  name: 'ChangeL3NetworkState',
  fqn: 'org.zstack.header.network.l3.APIChangeL3NetworkStateMsg',
  replyFqn: 'org.zstack.header.network.l3.APIChangeL3NetworkStateEvent',
  section: 'l3Networks',
  rest: { method: 'PUT', path: '/l3-networks/{uuid}/actions', bodyKey: 'changeL3NetworkState' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    stateEvent: { type: 'string', required: true, validValues: ['enable', 'disable'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${l3Src}/APIChangeL3NetworkStateMsg.java`,
});

/**
 * `AddIpRange`: async.
 * `gateway` was required on 1.2.x.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/APIAddIpRangeMsg.java
 */
export const addIpRange = defineApi<InventoryResult<IpRangeInventory>>()({
  name: 'AddIpRange',
  fqn: 'org.zstack.header.network.l3.APIAddIpRangeMsg',
  replyFqn: 'org.zstack.header.network.l3.APIAddIpRangeEvent',
  section: 'l3Networks',
  rest: { method: 'POST', path: '/l3-networks/{l3NetworkUuid}/ip-ranges', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    l3NetworkUuid: { type: 'string', required: true },
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    startIp: { type: 'string', required: true },
    endIp: { type: 'string', required: true },
    netmask: { type: 'string', required: true },
    gateway: { type: 'string' },
    ipRangeType: { type: 'string', validValues: ['Normal', 'AddressPool'], since: '3.9.0' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${l3Src}/APIAddIpRangeMsg.java`,
});

/**
 * `AddIpRangeByNetworkCidr`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/APIAddIpRangeByNetworkCidrMsg.java
 */
export const addIpRangeByNetworkCidr = defineApi<{
  inventory?: IpRangeInventory;
  inventories: IpRangeInventory[];
  success: boolean;
}>()({
  name: 'AddIpRangeByNetworkCidr',
  fqn: 'org.zstack.header.network.l3.APIAddIpRangeByNetworkCidrMsg',
  replyFqn: 'org.zstack.header.network.l3.APIAddIpRangeByNetworkCidrEvent',
  section: 'l3Networks',
  rest: {
    method: 'POST',
    path: '/l3-networks/{l3NetworkUuid}/ip-ranges/by-cidr',
    bodyKey: 'params',
  },
  async: true,
  response: 'all',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    l3NetworkUuid: { type: 'string', required: true },
    networkCidr: { type: 'string', required: true },
    gateway: { type: 'string', maxLength: 64, since: '3.7.0' },
    ipRangeType: { type: 'string', validValues: ['Normal', 'AddressPool'], since: '3.9.0' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${l3Src}/APIAddIpRangeByNetworkCidrMsg.java`,
});

/**
 * `DeleteIpRange`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/APIDeleteIpRangeMsg.java
 */
export const deleteIpRange = defineApi<EmptyResult>()({
  name: 'DeleteIpRange',
  fqn: 'org.zstack.header.network.l3.APIDeleteIpRangeMsg',
  replyFqn: 'org.zstack.header.network.l3.APIDeleteIpRangeEvent',
  section: 'l3Networks',
  rest: { method: 'DELETE', path: '/l3-networks/ip-ranges/{uuid}', bodyKey: null },
  async: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${l3Src}/APIDeleteIpRangeMsg.java`,
});

/**
 * `QueryIpRange`: sync.
 * 1.9.x–2.3.x declared the optional path without its leading slash.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/APIQueryIpRangeMsg.java
 */
export const queryIpRange = defineApi<QueryResult<IpRangeInventory>>()({
  name: 'QueryIpRange',
  fqn: 'org.zstack.header.network.l3.APIQueryIpRangeMsg',
  replyFqn: 'org.zstack.header.network.l3.APIQueryIpRangeReply',
  section: 'l3Networks',
  rest: {
    method: 'GET',
    path: '/l3-networks/ip-ranges',
    optionalPaths: ['/l3-networks/ip-ranges/{uuid}'],
    bodyKey: null,
  },
  async: false,
  response: 'inventories',
  queryInventory: 'IpRange',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${l3Src}/APIQueryIpRangeMsg.java`,
});

/**
 * `AddDnsToL3Network`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/APIAddDnsToL3NetworkMsg.java
 */
export const addDnsToL3Network = defineApi<InventoryResult<L3NetworkInventory>>()({
  name: 'AddDnsToL3Network',
  fqn: 'org.zstack.header.network.l3.APIAddDnsToL3NetworkMsg',
  replyFqn: 'org.zstack.header.network.l3.APIAddDnsToL3NetworkEvent',
  section: 'l3Networks',
  rest: { method: 'POST', path: '/l3-networks/{l3NetworkUuid}/dns', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    l3NetworkUuid: { type: 'string', required: true },
    dns: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${l3Src}/APIAddDnsToL3NetworkMsg.java`,
});

/**
 * `RemoveDnsFromL3Network`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/APIRemoveDnsFromL3NetworkMsg.java
 */
export const removeDnsFromL3Network = defineApi<InventoryResult<L3NetworkInventory>>()({
  name: 'RemoveDnsFromL3Network',
  fqn: 'org.zstack.header.network.l3.APIRemoveDnsFromL3NetworkMsg',
  replyFqn: 'org.zstack.header.network.l3.APIRemoveDnsFromL3NetworkEvent',
  section: 'l3Networks',
  rest: { method: 'DELETE', path: '/l3-networks/{l3NetworkUuid}/dns/{dns}', bodyKey: null },
  async: true,
  response: 'inventory',
  params: {
    l3NetworkUuid: { type: 'string', required: true },
    dns: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${l3Src}/APIRemoveDnsFromL3NetworkMsg.java`,
});

/**
 * `GetFreeIp`: sync.
 * The Java main path is `"null"`; the `/l3-networks/ip/free` form exists from 3.8.0.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/APIGetFreeIpMsg.java
 */
export const getFreeIp = defineApi<{ inventories: FreeIpInventory[] }>()({
  name: 'GetFreeIp',
  fqn: 'org.zstack.header.network.l3.APIGetFreeIpMsg',
  replyFqn: 'org.zstack.header.network.l3.APIGetFreeIpReply',
  section: 'l3Networks',
  rest: {
    method: 'GET',
    path: '/l3-networks/{l3NetworkUuid}/ip/free',
    optionalPaths: ['/l3-networks/ip-ranges/{ipRangeUuid}/ip/free', '/l3-networks/ip/free'],
    bodyKey: null,
  },
  async: false,
  response: 'inventories',
  params: {
    /** Required by the main path; the optional paths take ipRangeUuid or neither. */
    l3NetworkUuid: { type: 'string', required: true },
    ipRangeUuid: { type: 'string' },
    start: { type: 'string', since: '1.7.0' },
    ipRangeType: { type: 'string', validValues: ['Normal', 'AddressPool'], since: '3.9.0' },
    ipVersion: { type: 'int', validValues: ['4', '6'], since: '3.10.0' },
    limit: { type: 'int' },
  },
  since: '0.7.0',
  restSince: '1.9.0',
  source: `${l3Src}/APIGetFreeIpMsg.java`,
});
