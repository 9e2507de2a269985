/**
 * `L2NetworkInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l2/L2NetworkInventory.java
 */
export interface L2NetworkInventory {
  uuid: string;
  name: string;
  description?: string;
  zoneUuid: string;
  physicalInterface: string;
  type: string;
  /** @since 4.2.0 */
  vSwitchType?: string;
  /** @since 4.7.0 */
  virtualNetworkId?: number;
  /** @since 5.0.0 */
  isolated?: boolean;
  /** @since 5.0.0 */
  pvlan?: string;
  createDate: string;
  lastOpDate: string;
  attachedClusterUuids: string[];
}

/**
 * `L2VlanNetworkInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l2/L2VlanNetworkInventory.java
 */
export interface L2VlanNetworkInventory extends L2NetworkInventory {
  vlan: number;
}
