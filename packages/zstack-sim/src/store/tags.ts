import type { TableSpec } from './types.ts';

/**
 * System and user tags. The store defines both tables itself because `__systemTag__` and
 * `__userTag__` query conditions of every resource join them by `resourceUuid`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/tag/SystemTagInventory.java
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/tag/UserTagInventory.java
 */
const tagColumns = {
  uuid: { type: 'text' },
  resourceUuid: { type: 'text', index: true },
  resourceType: { type: 'text', index: true },
  tag: { type: 'text', index: true },
  type: { type: 'text' },
  inherent: { type: 'bool' },
  createDate: { type: 'date', index: true },
  lastOpDate: { type: 'date', index: true },
} as const;

/** `SystemTagInventory` rows (`type` is `System`). */
export const systemTagTable: TableSpec = {
  name: 'SystemTag',
  table: 'SystemTagVO',
  javaClass: 'org.zstack.header.tag.SystemTagInventory',
  primaryKey: 'uuid',
  columns: tagColumns,
};

/** `UserTagInventory` rows (`type` is `User`). */
export const userTagTable: TableSpec = {
  name: 'UserTag',
  table: 'UserTagVO',
  javaClass: 'org.zstack.header.tag.UserTagInventory',
  primaryKey: 'uuid',
  columns: tagColumns,
};

/** The tag table a special query field matches, by field name. */
export const tagTableOfField: Readonly<Record<string, TableSpec>> = {
  __systemTag__: systemTagTable,
  __userTag__: userTagTable,
};
