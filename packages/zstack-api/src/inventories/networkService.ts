/**
 * `NetworkServiceProviderInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/service/NetworkServiceProviderInventory.java
 */
export interface NetworkServiceProviderInventory {
  uuid: string;
  name: string;
  description?: string;
  type: string;
  createDate: string;
  lastOpDate: string;
  networkServiceTypes: string[];
  attachedL2NetworkUuids: string[];
}

/**
 * `NetworkServiceL3NetworkRefInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/service/NetworkServiceL3NetworkRefInventory.java
 */
export interface NetworkServiceL3NetworkRefInventory {
  l3NetworkUuid: string;
  networkServiceProviderUuid: string;
  networkServiceType: string;
}
