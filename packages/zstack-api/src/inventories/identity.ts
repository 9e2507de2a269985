import type { AccountType } from '../enums.ts';

/**
 * `AccountInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/AccountInventory.java
 */
export interface AccountInventory {
  uuid: string;
  name: string;
  description?: string;
  type: AccountType;
  createDate: string;
  lastOpDate: string;
}

/**
 * `UserInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/UserInventory.java
 */
export interface UserInventory {
  uuid: string;
  accountUuid: string;
  name: string;
  description?: string;
  createDate: string;
  lastOpDate: string;
}
