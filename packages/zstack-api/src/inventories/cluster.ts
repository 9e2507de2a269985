import type { EnabledState } from '../enums.ts';

/**
 * `ClusterInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/cluster/ClusterInventory.java
 */
export interface ClusterInventory {
  name: string;
  uuid: string;
  description?: string;
  state: EnabledState;
  hypervisorType: string;
  createDate: string;
  lastOpDate: string;
  zoneUuid: string;
  type: string;
  /** @since 4.0.0 */
  architecture?: string;
}
