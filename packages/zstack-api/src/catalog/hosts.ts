/**
 * Catalogue section `hosts`: Hosts (KVM).
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/host
 */

import type { HostInventory, KVMHostInventory } from '../inventories/host.ts';
import type { EmptyResult, InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const hostSrc = 'header/src/main/java/org/zstack/header/host';
const kvmSrc = 'plugin/kvm/src/main/java/org/zstack/kvm';

/**
 * `QueryHost`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/host/APIQueryHostMsg.java
 */
export const queryHost = defineApi<QueryResult<HostInventory | KVMHostInventory>>()({
  name: 'QueryHost',
  fqn: 'org.zstack.header.host.APIQueryHostMsg',
  replyFqn: 'org.zstack.header.host.APIQueryHostReply',
  section: 'hosts',
  rest: { method: 'GET', path: '/hosts', optionalPaths: ['/hosts/{uuid}'], bodyKey: null },
  async: false,
  response: 'inventories',
  queryInventory: 'Host',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${hostSrc}/APIQueryHostMsg.java`,
});

/**
 * `AddKVMHost`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/kvm/src/main/java/org/zstack/kvm/APIAddKVMHostMsg.java
 */
export const addKVMHost = defineApi<InventoryResult<KVMHostInventory>>()({
  name: 'AddKVMHost',
  fqn: 'org.zstack.kvm.APIAddKVMHostMsg',
  replyFqn: 'org.zstack.header.host.APIAddHostEvent',
  section: 'hosts',
  rest: { method: 'POST', path: '/hosts/kvm', bodyKey: 'params' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    managementIp: { type: 'string', required: true },
    clusterUuid: { type: 'string', required: true },
    username: { type: 'string', required: true, maxLength: 255 },
    /** Plaintext SSH password. */
    password: { type: 'string', required: true, maxLength: 255 },
    sshPort: { type: 'int', numberRange: [1, 65535], since: '1.4.0' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${kvmSrc}/APIAddKVMHostMsg.java`,
});

/**
 * `ReconnectHost`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/host/APIReconnectHostMsg.java
 */
export const reconnectHost = defineApi<InventoryResult<HostInventory>>()({
  name: 'ReconnectHost',
  fqn: 'org.zstack.header.host.APIReconnectHostMsg',
  replyFqn: 'org.zstack.header.host.APIReconnectHostEvent',
  section: 'hosts',
  rest: { method: 'PUT', path: '/hosts/{uuid}/actions', bodyKey: 'reconnectHost' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${hostSrc}/APIReconnectHostMsg.java`,
});

/**
 * `ChangeHostState`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/host/APIChangeHostStateMsg.java
 */
export const changeHostState = defineApi<InventoryResult<HostInventory>>()({
  name: 'ChangeHostState',
  fqn: 'org.zstack.header.host.APIChangeHostStateMsg',
  replyFqn: 'org.zstack.header.host.APIChangeHostStateEvent',
  section: 'hosts',
  rest: { method: 'PUT', path: '/hosts/{uuid}/actions', bodyKey: 'changeHostState' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    stateEvent: { type: 'string', required: true, validValues: ['enable', 'disable', 'maintain'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${hostSrc}/APIChangeHostStateMsg.java`,
});

/**
 * `DeleteHost`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/host/APIDeleteHostMsg.java
 */
export const deleteHost = defineApi<EmptyResult>()({
  name: 'DeleteHost',
  fqn: 'org.zstack.header.host.APIDeleteHostMsg',
  replyFqn: 'org.zstack.header.host.APIDeleteHostEvent',
  section: 'hosts',
  rest: { method: 'DELETE', path: '/hosts/{uuid}', bodyKey: null },
  async: true,
  adminOnly: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${hostSrc}/APIDeleteHostMsg.java`,
});

/**
 * `UpdateHost`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/host/APIUpdateHostMsg.java
 */
export const updateHost = defineApi<InventoryResult<HostInventory>>()({
  name: 'UpdateHost',
  fqn: 'org.zstack.header.host.APIUpdateHostMsg',
  replyFqn: 'org.zstack.header.host.APIUpdateHostEvent',
  section: 'hosts',
  rest: { method: 'PUT', path: '/hosts/{uuid}/actions', bodyKey: 'updateHost' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    name: { type: 'string', maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    managementIp: { type: 'string', maxLength: 255, since: '1.0.0' },
  },
  since: '0.7.0',
  restSince: '1.9.0',
  source: `${hostSrc}/APIUpdateHostMsg.java`,
});

/**
 * `UpdateKVMHost`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/kvm/src/main/java/org/zstack/kvm/APIUpdateKVMHostMsg.java
 */
export const updateKVMHost = defineApi<InventoryResult<KVMHostInventory>>()({
  name: 'UpdateKVMHost',
  fqn: 'org.zstack.kvm.APIUpdateKVMHostMsg',
  replyFqn: 'org.zstack.header.host.APIUpdateHostEvent',
  section: 'hosts',
  rest: { method: 'PUT', path: '/hosts/kvm/{uuid}/actions', bodyKey: 'updateKVMHost' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    name: { type: 'string', maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    managementIp: { type: 'string', maxLength: 255 },
    username: { type: 'string', maxLength: 255 },
    /** Plaintext SSH password. */
    password: { type: 'string', maxLength: 255 },
    sshPort: { type: 'int', numberRange: [1, 65535], since: '1.4.0' },
  },
  since: '0.7.0',
  restSince: '1.9.0',
  source: `${kvmSrc}/APIUpdateKVMHostMsg.java`,
});
