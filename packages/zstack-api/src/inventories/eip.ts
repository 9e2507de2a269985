import type { EnabledState } from '../enums.ts';

/**
 * `EipInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/eip/src/main/java/org/zstack/network/service/eip/EipInventory.java
 */
export interface EipInventory {
  uuid: string;
  name: string;
  description?: string;
  vmNicUuid?: string;
  vipUuid: string;
  createDate: string;
  lastOpDate: string;
  state: EnabledState;
  vipIp?: string;
  guestIp?: string;
}
