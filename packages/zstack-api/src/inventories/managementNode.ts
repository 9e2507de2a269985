/**
 * `ManagementNodeInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/managementnode/ManagementNodeInventory.java
 */
export interface ManagementNodeInventory {
  uuid: string;
  hostName: string;
  joinDate: string;
  heartBeat: string;
}
