import type { ApplianceVmStatus } from '../enums.ts';
import type { InstanceOfferingInventory } from './offering.ts';
import type { VmInstanceInventory } from './vm.ts';

/**
 * `ApplianceVmInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/applianceVm/src/main/java/org/zstack/appliancevm/ApplianceVmInventory.java
 */
export interface ApplianceVmInventory extends VmInstanceInventory {
  applianceVmType?: string;
  managementNetworkUuid?: string;
  defaultRouteL3NetworkUuid?: string;
  status: ApplianceVmStatus;
  /** @since 1.8.0 */
  agentPort?: number;
  /** @since 3.6.0 */
  haStatus?: string;
}

/**
 * `VirtualRouterVmInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/VirtualRouterVmInventory.java
 */
export interface VirtualRouterVmInventory extends ApplianceVmInventory {
  publicNetworkUuid?: string;
  /** @since 2.3.0 */
  virtualRouterVips?: string[];
}

/**
 * `VirtualRouterOfferingInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/VirtualRouterOfferingInventory.java
 */
export interface VirtualRouterOfferingInventory extends InstanceOfferingInventory {
  managementNetworkUuid?: string;
  publicNetworkUuid?: string;
  zoneUuid?: string;
  isDefault?: boolean;
  imageUuid?: string;
}
