import type { ColumnSpec } from '../store/types.ts';

/**
 * Column helpers shared by the resource tables.
 *
 * Fields that zstack-api.md §5 marks "(2.3)" get `since: '2.3.0'`. Fields marked "new" (first
 * seen after tag 2.3.0) get {@link sinceNewer}; their exact first release is not pinned.
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header
 */
export const since23 = '2.3.0';
/** First version assumed for fields the reference lists as "new" (after 2.3.0). */
export const sinceNewer = '3.0.0';

export const text: ColumnSpec = { type: 'text' };
export const indexedText: ColumnSpec = { type: 'text', index: true };
export const int: ColumnSpec = { type: 'int' };
export const indexedInt: ColumnSpec = { type: 'int', index: true };
export const bool: ColumnSpec = { type: 'bool' };

/** `uuid`, `name`, `description` as most inventories have them. */
export const identity = {
  uuid: indexedText,
  name: indexedText,
  description: text,
} as const;

/** `createDate` / `lastOpDate`, both sortable. */
export const timestamps = {
  createDate: { type: 'date', index: true },
  lastOpDate: { type: 'date', index: true },
} as const satisfies Record<string, ColumnSpec>;

/** A column that appeared in a later version. */
export function since(spec: ColumnSpec, version: string): ColumnSpec {
  return { ...spec, since: version };
}
