import { defaultQueryLimit, type QueryInput } from '@zdash/zstack-api';
import { invalidArgument } from '../core/apiError.ts';
import { ownerColumn, quoteId } from './codec.ts';
import type { CountCache } from './countCache.ts';
import { allRaw, buildInventories, type InventorySource, schemaOf } from './inventory.ts';
import { compileConditions, inListThreshold } from './queryCompile.ts';
import { nativeColumn, unknownField } from './queryPath.ts';
import { coerceValue } from './queryValues.ts';
import type { QueryResult, QueryScope, TableSpec } from './types.ts';

/**
 * Runs one ZStack query (`APIQueryMessage`) against the store: conditions, owner scoping,
 * `fields`, `sort`, `limit`/`start`, `count`, `replyWithCount`, and the reply's `schema`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/search/src/main/java/org/zstack/query/QueryFacadeImpl.java
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/query/APIQueryMessage.java
 */

/** What the query runner needs from the store. */
export interface QuerySource extends InventorySource {
  readonly counts: CountCache;
}

/** The `FROM … WHERE …` of a query, shared by its page and its count. */
function fromWhere(
  source: QuerySource,
  spec: TableSpec,
  input: QueryInput,
  scope: QueryScope,
): { sql: string; params: unknown[]; tables: readonly string[] } {
  const lookup = (name: string) => source.spec(name);
  const where = compileConditions(
    spec,
    input.conditions ?? [],
    source.version,
    lookup,
    (sql, p, t) => probe(source, sql, p, t),
  );
  const parts = where.sql ? [where.sql] : [];
  const params = [...where.params];
  // A view spec (ApplianceVm over the VM table) sees only the rows its filter names.
  for (const [name, value] of Object.entries(spec.filter ?? {})) {
    const column = spec.columns[name];
    if (!column) throw new Error(`TableSpec ${spec.name}: filter on unknown column ${name}`);
    parts.push(`t0.${quoteId(name)} = ?`);
    params.push(coerceValue(column.type, value, { name, op: '=', value }));
  }
  if (spec.owned && scope && !scope.isAdmin) {
    parts.push(`t0.${quoteId(ownerColumn)} = ?`);
    params.push(scope.accountUuid);
  }
  const sql = `FROM ${quoteId(spec.table)} t0${parts.length ? ` WHERE ${parts.join(' AND ')}` : ''}`;
  return { sql, params, tables: where.tables };
}

/** How many rows (capped just above the threshold) a join's subquery yields. */
function probe(
  source: QuerySource,
  sql: string,
  params: readonly unknown[],
  tables: readonly string[],
): number {
  const probeSql = `SELECT count(*) AS total FROM (${sql} LIMIT ${inListThreshold + 1})`;
  return source.counts.get(`${probeSql}\u0000${JSON.stringify(params)}`, tables, () => {
    const row = source.statements.get(probeSql).get(params) as { total: number };
    return row.total;
  });
}

function checkFields(spec: TableSpec, fields: readonly string[], version: string): void {
  for (const field of fields) {
    if (!nativeColumn(spec, field, version)) throw unknownField(spec, field);
  }
}

function orderBy(spec: TableSpec, input: QueryInput, version: string): string {
  if (!input.sort) return '';
  const { by, direction } = input.sort;
  if (!nativeColumn(spec, by, version)) throw unknownField(spec, by);
  if (direction !== 'asc' && direction !== 'desc') {
    throw invalidArgument(`invalid sort direction[${String(direction)}]`);
  }
  const dir = direction === 'desc' ? 'DESC' : 'ASC';
  // A unique key breaks ties so that pages of equal sort values never overlap or skip. The
  // rowid (unique, fixed for a row's life) rather than the primary key: every index ends with
  // it, so `ORDER BY createDate, rowid` still walks the createDate index without a sort.
  const tie = by === spec.primaryKey ? '' : `, t0.rowid ${dir}`;
  return ` ORDER BY t0.${quoteId(by)} ${dir}${tie}`;
}

/** Columns to read for a `fields` query: the fields plus what the schema's class needs. */
function selectList(spec: TableSpec, fields: readonly string[] | undefined): string {
  if (!fields?.length) return 't0.*';
  const names = new Set(fields);
  if (spec.subtype) names.add(spec.subtype.column);
  return [...names].map((name) => `t0.${quoteId(name)}`).join(', ');
}

function total(
  source: QuerySource,
  sql: string,
  params: unknown[],
  tables: readonly string[],
): number {
  const countSql = `SELECT count(*) AS total ${sql}`;
  return source.counts.get(`${countSql}\u0000${JSON.stringify(params)}`, tables, () => {
    const row = source.statements.get(countSql).get(params) as { total: number };
    return row.total;
  });
}

/**
 * The spec a query runs against: a `typeChildren` child when an `=` condition names its type
 * (QueryFacadeImpl#getQueryTargetInventoryClass), else the spec itself.
 */
export function queryTarget(
  source: Pick<QuerySource, 'spec'>,
  spec: TableSpec,
  input: QueryInput,
): TableSpec {
  const children = spec.typeChildren;
  if (!children) return spec;
  const condition = input.conditions?.find((c) => c.name === children.field);
  if (condition?.op !== '=' || condition.value === undefined) return spec;
  const child = children.specs[condition.value];
  return child ? source.spec(child) : spec;
}

/** Answers a query the way QueryFacadeImpl does (`total` only for `count`). */
export function runQuery(
  source: QuerySource,
  spec: TableSpec,
  input: QueryInput,
  scope: QueryScope,
): QueryResult {
  const fields = input.fields?.length ? input.fields : undefined;
  if (fields) checkFields(spec, fields, source.version);
  const order = orderBy(spec, input, source.version);
  const { sql, params, tables } = fromWhere(source, spec, input, scope);
  if (input.count) return { total: total(source, sql, params, tables), schema: {} };
  const limit = input.limit ?? defaultQueryLimit;
  const start = input.start ?? 0;
  const pageSql = `SELECT ${selectList(spec, fields)} ${sql}${order} LIMIT ? OFFSET ?`;
  const rows = allRaw(source.statements.get(pageSql), [...params, limit, start]);
  const inventories = buildInventories(source, spec, rows, { raw: true, fields });
  const result: QueryResult = { inventories };
  if (input.replyWithCount) result.total = total(source, sql, params, tables);
  result.schema = schemaOf(source, spec, inventories);
  return result;
}
