import type { EnabledState } from '../enums.ts';

/**
 * `ZoneInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/zone/ZoneInventory.java
 */
export interface ZoneInventory {
  uuid: string;
  name: string;
  description?: string;
  state: EnabledState;
  type: string;
  /** @since 4.7.0 */
  isDefault?: boolean;
  createDate: string;
  lastOpDate: string;
}
