/**
 * `TagInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/tag/TagInventory.java
 */
export interface TagInventory {
  uuid: string;
  resourceUuid: string;
  resourceType: string;
  tag: string;
  type: string;
  createDate: string;
  lastOpDate: string;
}

/**
 * `SystemTagInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/tag/SystemTagInventory.java
 */
export interface SystemTagInventory extends TagInventory {
  inherent?: boolean;
}

/**
 * `UserTagInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/tag/UserTagInventory.java
 */
export interface UserTagInventory extends TagInventory {
  /** @since 3.2.0 */
  tagPatternUuid?: string;
  /** @since 3.2.0 */
  tagPattern?: Record<string, unknown>;
}
