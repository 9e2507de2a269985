import { formatZStackDate, isAtLeast } from '@zdash/zstack-api';
import type Database from 'better-sqlite3';
import { quoteId } from './codec.ts';
import type { StatementCache } from './statements.ts';
import type { ColumnSpec, ColumnType, RelationSpec, Row, TableSpec } from './types.ts';

/**
 * Rows → ZStack inventories, a page at a time: each nested relation and ref list is loaded for
 * all rows of the page with one `IN` query, never one query per row.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/vm/VmInstanceInventory.java
 * @see https://github.com/zstackio/zstack/blob/master/search/src/main/java/org/zstack/query/QueryFacadeImpl.java (dropAPINoSee)
 */

/** What the inventory builder needs from the store. */
export interface InventorySource {
  readonly version: string;
  readonly statements: StatementCache;
  spec(name: string): TableSpec;
}

/** The Java class of each built inventory, for the reply's `schema`. */
export const classOfInventory = new WeakMap<object, string>();

type VisibleColumns = readonly (readonly [string, ColumnType, ColumnSpec['whenNull']])[];
const visibleCache = new WeakMap<TableSpec, Map<string, VisibleColumns>>();

/** Columns an inventory shows in `version`: not hidden, not newer than the version. */
export function visibleColumns(spec: TableSpec, version: string): VisibleColumns {
  let byVersion = visibleCache.get(spec);
  if (!byVersion) {
    byVersion = new Map();
    visibleCache.set(spec, byVersion);
  }
  let list = byVersion.get(version);
  if (!list) {
    list = Object.entries(spec.columns)
      .filter(([, c]) => !c.hidden && (c.since === undefined || isAtLeast(version, c.since)))
      .map(([name, c]) => [name, c.type, c.whenNull] as const);
    byVersion.set(version, list);
  }
  return list;
}

/** The Java class of a row: the subtype's class when the subtype column picks one. */
export function javaClassOf(spec: TableSpec, row: Row): string | undefined {
  if (spec.subtype) {
    const sub = spec.subtype.classes[String(row[spec.subtype.column])];
    if (sub) return sub;
  }
  return spec.javaClass;
}

/** One column value as ZStack serialises it; `raw` rows come straight from SQLite. */
function outputValue(type: ColumnType, value: unknown, raw: boolean): unknown {
  switch (type) {
    case 'date':
      if (typeof value === 'number') return formatZStackDate(new Date(value));
      return value instanceof Date ? formatZStackDate(value) : value;
    case 'bool':
      return value === true || value === 1;
    case 'json':
      return raw && typeof value === 'string' ? JSON.parse(value) : value;
    default:
      return value;
  }
}

/** Rows as SQLite returns them in raw mode: column names once, then one array per row. */
export interface RowTable {
  readonly names: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

/** A RowTable of row objects (only the spec's columns). */
export function tableOfRows(spec: TableSpec, rows: readonly Row[]): RowTable {
  const names = Object.keys(spec.columns);
  return { names, rows: rows.map((row) => names.map((name) => row[name])) };
}

const columnNames = new WeakMap<Database.Statement, readonly string[]>();

/** Runs a cached statement in raw mode: arrays cost half of what row objects cost. */
export function allRaw(statement: Database.Statement, params: readonly unknown[]): RowTable {
  let names = columnNames.get(statement);
  if (!names) {
    names = statement.columns().map((column) => column.name);
    columnNames.set(statement, names);
  }
  return { names, rows: statement.raw(true).all(params) as unknown[][] };
}

/** Options of {@link buildInventories}. */
export interface BuildOptions {
  /** Rows are as read from SQLite (0/1 booleans, JSON text). */
  readonly raw: boolean;
  /** Only these native fields, and no relations (a query's `fields`). */
  readonly fields?: readonly string[];
}

/** The values of column `name` (undefined when not selected). */
function columnValues(table: RowTable, name: string): unknown[] {
  const at = table.names.indexOf(name);
  return table.rows.map((row) => (at < 0 ? undefined : row[at]));
}

/** Inventories of `table`'s rows (all of one spec), relations and ref lists filled in batches. */
export function buildInventories(
  source: InventorySource,
  spec: TableSpec,
  table: RowTable,
  options: BuildOptions,
): Record<string, unknown>[] {
  const visible = visibleColumns(spec, source.version);
  const columns = (options.fields ? visible.filter(([n]) => options.fields?.includes(n)) : visible)
    .map(([name, type, whenNull]) => [name, type, whenNull, table.names.indexOf(name)] as const)
    .filter(([, , , at]) => at >= 0);
  const subtypeAt = spec.subtype ? table.names.indexOf(spec.subtype.column) : -1;
  const inventories = table.rows.map((row) => {
    const inventory: Record<string, unknown> = {};
    for (const [name, type, whenNull, at] of columns) {
      const value = row[at];
      if (value !== null && value !== undefined) {
        inventory[name] = outputValue(type, value, options.raw);
      } else if (whenNull !== undefined) {
        inventory[name] = Array.isArray(whenNull) ? [] : whenNull;
      }
    }
    const sub = subtypeAt >= 0 ? spec.subtype?.classes[String(row[subtypeAt])] : undefined;
    const javaClass = sub ?? spec.javaClass;
    if (javaClass) classOfInventory.set(inventory, javaClass);
    return inventory;
  });
  if (options.fields || table.rows.length === 0) return inventories;
  for (const relation of spec.relations ?? []) {
    const shown = relation.since === undefined || isAtLeast(source.version, relation.since);
    if (relation.nested && shown) nestRelation(source, relation, table, inventories);
  }
  for (const ref of spec.refLists ?? []) {
    const keys = columnValues(table, spec.primaryKey);
    const sql =
      `SELECT r.${quoteId(ref.localKey)}, r.${quoteId(ref.valueKey)} FROM ` +
      `${quoteId(source.spec(ref.table).table)} r WHERE r.${quoteId(ref.localKey)} IN ` +
      '(SELECT value FROM json_each(?)) ORDER BY r.rowid';
    const lists = new Map<unknown, unknown[]>();
    for (const [k, v] of allRaw(source.statements.get(sql), [JSON.stringify(distinct(keys))])
      .rows) {
      const list = lists.get(k);
      if (list) list.push(v);
      else lists.set(k, [v]);
    }
    keys.forEach((key, i) => {
      (inventories[i] as Row)[ref.field] = lists.get(key) ?? [];
    });
  }
  return inventories;
}

function distinct(values: readonly unknown[]): unknown[] {
  return [...new Set(values.filter((v) => v !== null && v !== undefined))];
}

/** Loads a relation's rows for every row of the page with one query, then nests them. */
function nestRelation(
  source: InventorySource,
  relation: RelationSpec,
  table: RowTable,
  inventories: Record<string, unknown>[],
): void {
  const target = source.spec(relation.target);
  const locals = columnValues(table, relation.localKey);
  const keys = distinct(locals);
  if (keys.length === 0) {
    if (relation.kind === 'many')
      for (const inventory of inventories) inventory[relation.field] = [];
    return;
  }
  const sql =
    `SELECT n.* FROM ${quoteId(target.table)} n WHERE n.${quoteId(relation.foreignKey)} IN ` +
    '(SELECT value FROM json_each(?)) ORDER BY n.rowid';
  const children = allRaw(source.statements.get(sql), [JSON.stringify(keys)]);
  const childInventories = buildInventories(source, target, children, { raw: true });
  const byKey = new Map<unknown, Record<string, unknown>[]>();
  columnValues(children, relation.foreignKey).forEach((key, i) => {
    const list = byKey.get(key);
    const inventory = childInventories[i] as Record<string, unknown>;
    if (list) list.push(inventory);
    else byKey.set(key, [inventory]);
  });
  locals.forEach((key, i) => {
    const list = byKey.get(key);
    const inventory = inventories[i] as Row;
    if (relation.kind === 'many') inventory[relation.field] = list ?? [];
    else if (list?.[0]) inventory[relation.field] = list[0];
  });
}

/**
 * The reply's `schema`: JSON path → Java class for every inventory and nested inventory,
 * children before their parent, as RestServer's JsonSchemaBuilder records them.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/JsonSchemaBuilder.java
 */
export function schemaOf(
  source: InventorySource,
  spec: TableSpec,
  inventories: readonly Record<string, unknown>[],
  root = 'inventories',
): Record<string, string> {
  const schema: Record<string, string> = {};
  const walk = (of: TableSpec, inventory: Record<string, unknown>, path: string): void => {
    for (const relation of of.relations ?? []) {
      if (!relation.nested) continue;
      const value = inventory[relation.field];
      if (Array.isArray(value)) {
        const target = source.spec(relation.target);
        value.forEach((child, j) => {
          walk(target, child, `${path}.${relation.field}[${j}]`);
        });
      } else if (value && typeof value === 'object') {
        walk(source.spec(relation.target), value as Row, `${path}.${relation.field}`);
      }
    }
    const javaClass = classOfInventory.get(inventory);
    if (javaClass) schema[path] = javaClass;
  };
  inventories.forEach((inventory, i) => {
    walk(spec, inventory, `${root}[${i}]`);
  });
  return schema;
}
