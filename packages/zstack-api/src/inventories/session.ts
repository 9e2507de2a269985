/**
 * `SessionInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/SessionInventory.java
 */
export interface SessionInventory {
  /** The session UUID: the `OAuth` token. */
  uuid: string;
  accountUuid: string;
  userUuid: string;
  /** @since 4.6.0 */
  userType?: string;
  expiredDate: string;
  createDate: string;
}
