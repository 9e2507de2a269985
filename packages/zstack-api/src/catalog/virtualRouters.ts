/**
 * Catalogue section `virtualRouters`: Appliance VMs, virtual routers and their offerings.
 *
 * @see https://github.com/zstackio/zstack/tree/master/plugin/applianceVm/src/main/java/org/zstack/appliancevm
 */

import type {
  ApplianceVmInventory,
  VirtualRouterOfferingInventory,
  VirtualRouterVmInventory,
} from '../inventories/virtualRouter.ts';
import type { InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const appliancevmSrc = 'plugin/applianceVm/src/main/java/org/zstack/appliancevm';
const virtualrouterSrc =
  'plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter';

/**
 * `QueryApplianceVm`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/applianceVm/src/main/java/org/zstack/appliancevm/APIQueryApplianceVmMsg.java
 */
export const queryApplianceVm = defineApi<QueryResult<ApplianceVmInventory>>()({
  name: 'QueryApplianceVm',
  fqn: 'org.zstack.appliancevm.APIQueryApplianceVmMsg',
  replyFqn: 'org.zstack.appliancevm.APIQueryApplianceVmReply',
  section: 'virtualRouters',
  rest: {
    method: 'GET',
    path: '/vm-instances/appliances',
    optionalPaths: ['/vm-instances/appliances/{uuid}'],
    bodyKey: null,
  },
  async: false,
  response: 'inventories',
  queryInventory: 'ApplianceVm',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${appliancevmSrc}/APIQueryApplianceVmMsg.java`,
});

/**
 * `QueryVirtualRouterVm`: sync.
 * The declared reply class is APIQueryApplianceVmReply.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/APIQueryVirtualRouterVmMsg.java
 */
export const queryVirtualRouterVm = defineApi<QueryResult<VirtualRouterVmInventory>>()({
  name: 'QueryVirtualRouterVm',
  fqn: 'org.zstack.network.service.virtualrouter.APIQueryVirtualRouterVmMsg',
  replyFqn: 'org.zstack.appliancevm.APIQueryApplianceVmReply',
  section: 'virtualRouters',
  rest: {
    method: 'GET',
    path: '/vm-instances/appliances/virtual-routers',
    optionalPaths: ['/vm-instances/appliances/virtual-routers/{uuid}'],
    bodyKey: null,
  },
  async: false,
  response: 'inventories',
  queryInventory: 'VirtualRouterVm',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${virtualrouterSrc}/APIQueryVirtualRouterVmMsg.java`,
});

/**
 * `ReconnectVirtualRouter`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/APIReconnectVirtualRouterMsg.java
 */
export const reconnectVirtualRouter = defineApi<InventoryResult<ApplianceVmInventory>>()({
  name: 'ReconnectVirtualRouter',
  fqn: 'org.zstack.network.service.virtualrouter.APIReconnectVirtualRouterMsg',
  replyFqn: 'org.zstack.network.service.virtualrouter.APIReconnectVirtualRouterEvent',
  section: 'virtualRouters',
  rest: {
    method: 'PUT',
    path: '/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions',
    bodyKey: 'reconnectVirtualRouter',
  },
  async: true,
  response: 'inventory',
  params: {
    vmInstanceUuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${virtualrouterSrc}/APIReconnectVirtualRouterMsg.java`,
});

/**
 * `CreateVirtualRouterOffering`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/APICreateVirtualRouterOfferingMsg.java
 */
export const createVirtualRouterOffering = defineApi<
  InventoryResult<VirtualRouterOfferingInventory>
>()({
  name: 'CreateVirtualRouterOffering',
  fqn: 'org.zstack.network.service.virtualrouter.APICreateVirtualRouterOfferingMsg',
  replyFqn: 'org.zstack.header.configuration.APICreateInstanceOfferingEvent',
  section: 'virtualRouters',
  rest: { method: 'POST', path: '/instance-offerings/virtual-routers', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    cpuNum: { type: 'int', required: true, numberRange: [1, 1024] },
    memorySize: { type: 'long', required: true, numberRange: [1, Number.MAX_SAFE_INTEGER] },
    reservedMemorySize: { type: 'long', numberRange: [0, Number.MAX_SAFE_INTEGER] },
    allocatorStrategy: { type: 'string' },
    sortKey: { type: 'int' },
    type: { type: 'string' },
    zoneUuid: { type: 'string', required: true },
    managementNetworkUuid: { type: 'string', required: true },
    imageUuid: { type: 'string', required: true },
    publicNetworkUuid: { type: 'string' },
    isDefault: { type: 'boolean' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${virtualrouterSrc}/APICreateVirtualRouterOfferingMsg.java`,
});

/**
 * `QueryVirtualRouterOffering`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/APIQueryVirtualRouterOfferingMsg.java
 */
export const queryVirtualRouterOffering = defineApi<QueryResult<VirtualRouterOfferingInventory>>()({
  name: 'QueryVirtualRouterOffering',
  fqn: 'org.zstack.network.service.virtualrouter.APIQueryVirtualRouterOfferingMsg',
  replyFqn: 'org.zstack.network.service.virtualrouter.APIQueryVirtualRouterOfferingReply',
  section: 'virtualRouters',
  rest: {
    method: 'GET',
    path: '/instance-offerings/virtual-routers',
    optionalPaths: ['/instance-offerings/virtual-routers/{uuid}'],
    bodyKey: null,
  },
  async: false,
  response: 'inventories',
  queryInventory: 'VirtualRouterOffering',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${virtualrouterSrc}/APIQueryVirtualRouterOfferingMsg.java`,
});
