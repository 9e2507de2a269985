import type { ColumnSpec, ColumnType, Row, TableSpec } from './types.ts';

/**
 * Conversions between row values (what handlers see) and SQLite values (what is stored).
 * Dates are epoch milliseconds, booleans 0/1, JSON text.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vo/ResourceVO.java
 */

/** The SQLite column affinity of each column type. */
export const sqlTypeOf: Readonly<Record<ColumnType, string>> = {
  text: 'TEXT',
  int: 'INTEGER',
  real: 'REAL',
  bool: 'INTEGER',
  date: 'INTEGER',
  json: 'TEXT',
};

/** The internal column holding the owning account of an `owned` table's rows. Never output. */
export const ownerColumn = '__ownerAccountUuid';

/** Quotes an identifier for SQL (camelCase names are kept as they are). */
export function quoteId(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A row value as SQLite stores it; `undefined` stays `undefined` (column not written). */
export function encodeValue(column: ColumnSpec, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  switch (column.type) {
    case 'bool':
      return value ? 1 : 0;
    case 'date':
      return value instanceof Date ? value.getTime() : value;
    case 'json':
      return JSON.stringify(value);
    default:
      return value;
  }
}

/** Columns whose stored value differs from the row value, per spec (decoding touches only these). */
const convertedColumns = new WeakMap<TableSpec, readonly [string, ColumnType][]>();

function convertedOf(spec: TableSpec): readonly [string, ColumnType][] {
  let list = convertedColumns.get(spec);
  if (!list) {
    list = Object.entries(spec.columns)
      .filter(([, column]) => column.type === 'bool' || column.type === 'json')
      .map(([name, column]) => [name, column.type] as [string, ColumnType]);
    convertedColumns.set(spec, list);
  }
  return list;
}

/** Turns a row read from SQLite into a row (booleans and JSON restored) in place. */
export function decodeRow(spec: TableSpec, raw: Row): Row {
  for (const [name, type] of convertedOf(spec)) {
    const value = raw[name];
    if (value === null || value === undefined) continue;
    raw[name] = type === 'bool' ? value === 1 || value === true : JSON.parse(String(value));
  }
  return raw;
}
