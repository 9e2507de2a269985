import type { EnabledState } from '../enums.ts';

/**
 * `VipInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/vip/src/main/java/org/zstack/network/service/vip/VipInventory.java
 */
export interface VipInventory {
  uuid: string;
  name: string;
  description?: string;
  l3NetworkUuid: string;
  ip: string;
  state: EnabledState;
  gateway?: string;
  netmask?: string;
  /** @since 3.1.0 */
  prefixLen?: number;
  serviceProvider?: string;
  /** 1.2.x had a single `peerL3NetworkUuid` instead. @since 2.3.0 */
  peerL3NetworkUuids?: string[];
  /** @since 3.5.0 */
  servicesRefs?: VipNetworkServicesRefInventory[];
  useFor?: string;
  /** @since 3.9.0 */
  system?: boolean;
  createDate: string;
  lastOpDate: string;
}

/**
 * `VipNetworkServicesRefInventory` (3.5.0+).
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/vip/src/main/java/org/zstack/network/service/vip/VipNetworkServicesRefInventory.java
 */
export interface VipNetworkServicesRefInventory {
  uuid: string;
  serviceType?: string;
  vipUuid?: string;
  createDate: string;
  lastOpDate: string;
}
