import { type QueryCondition, type QueryOp, queryOps } from '@zdash/zstack-api';
import { invalidArgument } from '../core/apiError.ts';
import { quoteId } from './codec.ts';
import { type ResolvedPath, resolvePath, type SpecLookup } from './queryPath.ts';
import { coerceValue, splitInValues } from './queryValues.ts';
import type { ColumnType, TableSpec } from './types.ts';

/**
 * Compiles ZStack query conditions to one SQL `WHERE` over the queried table (alias `t0`).
 * A dotted path becomes `t0.localKey IN (SELECT t1.foreignKey FROM target t1 WHERE …)`, nested
 * for every hop, exactly as ZQL's SQLConditionBuilder chains them, so negative operators apply
 * inside the join (`vmNics.ip!=x` = "has a NIC whose ip is not x"). Tag conditions follow the
 * tag manager: a negative operator means "has no tag matching the positive one".
 *
 * @see https://github.com/zstackio/zstack/blob/master/search/src/main/java/org/zstack/zql/ast/sql/SQLConditionBuilder.groovy
 * @see https://github.com/zstackio/zstack/blob/master/tag/src/main/java/org/zstack/tag/TagManagerImpl.java
 */

/** A compiled `WHERE` body with its parameters, in order, and the SQL tables it reads. */
export interface CompiledWhere {
  readonly sql: string;
  readonly params: unknown[];
  readonly tables: readonly string[];
}

/**
 * Counts rows of a subquery, up to a cap (to choose a join form). Absent: always `IN`.
 * Receives the SQL of `SELECT key FROM … WHERE …`, its parameters and the SQL tables it reads.
 */
export type JoinProbe = (
  sql: string,
  params: readonly unknown[],
  tables: readonly string[],
) => number;

/** Up to this many matching related rows, a join is driven by its `IN` list; above, by `EXISTS`. */
export const inListThreshold = 1000;

const sqlOps: Readonly<Record<QueryOp, string>> = {
  '=': '=',
  '!=': '!=',
  '>': '>',
  '>=': '>=',
  '<': '<',
  '<=': '<=',
  in: 'IN',
  'not in': 'NOT IN',
  like: 'LIKE',
  'not like': 'NOT LIKE',
  'is null': 'IS NULL',
  'is not null': 'IS NOT NULL',
};

/** The positive twin of each negative operator (for tag conditions). */
const positiveOf: Partial<Record<QueryOp, QueryOp>> = {
  '!=': '=',
  'not in': 'in',
  'not like': 'like',
  'is null': 'is not null',
};

/** Checks the operator and value presence (the interceptor's SYS.1007 cases). */
function checkCondition(condition: QueryCondition): void {
  if (!(queryOps as readonly string[]).includes(condition.op)) {
    throw invalidArgument(`invalid query operator[${String(condition.op)}]`);
  }
  const needsValue = condition.op !== 'is null' && condition.op !== 'is not null';
  if (needsValue && (condition.value === undefined || condition.value === null)) {
    throw invalidArgument(`'value' of query condition ${JSON.stringify(condition)} cannot be null`);
  }
}

/** `<expr> op ?` with the value(s) coerced to `type`; `like` keeps the text as given. */
function comparison(
  expr: string,
  op: QueryOp,
  type: ColumnType,
  condition: QueryCondition,
  params: unknown[],
): string {
  const text = condition.value ?? '';
  switch (op) {
    case 'is null':
    case 'is not null':
      return `${expr} ${sqlOps[op]}`;
    case 'like':
    case 'not like':
      params.push(text);
      return `${expr} ${sqlOps[op]} ?`;
    case 'in':
    case 'not in': {
      const values = splitInValues(text).map((v) => coerceValue(type, v, condition));
      params.push(...values);
      return `${expr} ${sqlOps[op]} (${values.map(() => '?').join(', ')})`;
    }
    default:
      params.push(coerceValue(type, text, condition));
      return `${expr} ${sqlOps[op]} ?`;
  }
}

/** The leaf test on alias `alias` of `path.owner`. */
function leafSql(
  path: ResolvedPath,
  alias: string,
  condition: QueryCondition,
  params: unknown[],
  nextAlias: () => string,
  noIndex: boolean,
): string {
  const { leaf, owner } = path;
  const pk = `${alias}.${quoteId(owner.primaryKey)}`;
  switch (leaf.kind) {
    case 'column':
      // `+col` keeps SQLite off the column's index inside EXISTS: the foreign key's is the one.
      return comparison(
        `${noIndex ? '+' : ''}${alias}.${quoteId(leaf.name)}`,
        condition.op,
        leaf.column.type,
        condition,
        params,
      );
    case 'refList': {
      const r = nextAlias();
      const from = `FROM ${quoteId(leaf.table.table)} ${r}`;
      const key = `${r}.${quoteId(leaf.ref.localKey)}`;
      // `attachedClusterUuids is null` = attached nowhere; `not null` = attached somewhere.
      if (condition.op === 'is null') return `${pk} NOT IN (SELECT ${key} ${from})`;
      if (condition.op === 'is not null') return `${pk} IN (SELECT ${key} ${from})`;
      const test = comparison(
        `${r}.${quoteId(leaf.ref.valueKey)}`,
        condition.op,
        'text',
        condition,
        params,
      );
      return `${pk} IN (SELECT ${key} ${from} WHERE ${test})`;
    }
    case 'tag': {
      const t = nextAlias();
      const positive = positiveOf[condition.op];
      const test = comparison(
        `${t}.${quoteId('tag')}`,
        positive ?? condition.op,
        'text',
        condition,
        params,
      );
      const sub = `(SELECT ${t}.${quoteId('resourceUuid')} FROM ${quoteId(leaf.table.table)} ${t} WHERE ${test})`;
      return `${pk} ${positive ? 'NOT IN' : 'IN'} ${sub}`;
    }
  }
}

/** Builds state shared by the conditions of one query. */
interface CompileState {
  readonly params: unknown[];
  readonly tables: Set<string>;
  readonly nextAlias: () => string;
}

/**
 * The test of `condition` from hop `index` of its path on, at `alias`. `in` form: ZQL's own
 * `lk IN (SELECT fk FROM … WHERE …)`. `exists` form: `EXISTS (SELECT 1 FROM … WHERE fk = lk AND …)`,
 * the same rows (IN and EXISTS agree in a WHERE clause), but it lets SQLite walk the outer
 * table in sort order and stop after a page.
 */
function joinSql(
  path: ResolvedPath,
  index: number,
  alias: string,
  condition: QueryCondition,
  mode: 'in' | 'exists',
  state: CompileState,
): string {
  const step = path.steps[index];
  if (!step) {
    if (path.leaf.kind !== 'column') state.tables.add(path.leaf.table.table);
    const noIndex = mode === 'exists' && index > 0;
    return leafSql(path, alias, condition, state.params, state.nextAlias, noIndex);
  }
  state.tables.add(step.target.table);
  const next = state.nextAlias();
  const local = `${alias}.${quoteId(step.relation.localKey)}`;
  const foreign = `${next}.${quoteId(step.relation.foreignKey)}`;
  const from = `FROM ${quoteId(step.target.table)} ${next}`;
  if (mode === 'in') {
    return `${local} IN (SELECT ${foreign} ${from} WHERE ${joinSql(path, index + 1, next, condition, mode, state)})`;
  }
  const inner = joinSql(path, index + 1, next, condition, mode, state);
  return `EXISTS (SELECT 1 ${from} WHERE ${foreign} = ${local} AND ${inner})`;
}

/**
 * Chooses the join form of a dotted condition: `exists` when it matches many rows of the queried
 * table, found by capped probes of (1) the related rows and, when the queried table holds the
 * key (`zone.name=…`, one zone but 100k VMs), (2) the queried rows they reach.
 */
function joinMode(
  spec: TableSpec,
  path: ResolvedPath,
  condition: QueryCondition,
  probe?: JoinProbe,
): 'in' | 'exists' {
  const step = path.steps[0];
  if (!probe || !step) return 'in';
  let aliases = 100;
  const state: CompileState = {
    params: [],
    tables: new Set([step.target.table]),
    nextAlias: () => `p${++aliases}`,
  };
  const where = joinSql(path, 1, 'p0', condition, 'in', state);
  const sql = `SELECT p0.${quoteId(step.relation.foreignKey)} FROM ${quoteId(step.target.table)} p0 WHERE ${where}`;
  if (probe(sql, state.params, [...state.tables]) > inListThreshold) return 'exists';
  // Each related row reaches at most one queried row when the join key is our primary key.
  if (step.relation.localKey === spec.primaryKey) return 'in';
  const local = `q0.${quoteId(step.relation.localKey)}`;
  const reach = `SELECT q0.rowid FROM ${quoteId(spec.table)} q0 WHERE ${local} IN (${sql})`;
  const tables = [spec.table, ...state.tables];
  return probe(reach, state.params, tables) > inListThreshold ? 'exists' : 'in';
}

/** Compiles every condition (ANDed) against `spec` as alias `t0`. */
export function compileConditions(
  spec: TableSpec,
  conditions: readonly QueryCondition[],
  version: string,
  lookup: SpecLookup,
  probe?: JoinProbe,
): CompiledWhere {
  let aliases = 0;
  const state: CompileState = {
    params: [],
    tables: new Set([spec.table]),
    nextAlias: () => `t${++aliases}`,
  };
  const parts = conditions.map((condition) => {
    checkCondition(condition);
    const path = resolvePath(spec, condition.name.trim(), version, lookup);
    return joinSql(path, 0, 't0', condition, joinMode(spec, path, condition, probe), state);
  });
  return { sql: parts.join(' AND '), params: state.params, tables: [...state.tables] };
}
