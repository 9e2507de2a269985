/** `SessionInventory` (header/.../identity/SessionInventory.java). Dates are ZStack date strings. */
export interface SessionInventory {
  uuid: string;
  accountUuid: string;
  userUuid: string;
  /** Newer than 2.3. */
  userType?: string;
  expiredDate: string;
  createDate: string;
}
