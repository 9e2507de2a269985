import Database from 'better-sqlite3';
import { notFound } from '../core/apiError.ts';
import { decodeRow, encodeValue, ownerColumn, quoteId } from './codec.ts';
import { CountCache } from './countCache.ts';
import { SchemaManager } from './ddl.ts';
import { buildInventories, tableOfRows } from './inventory.ts';
import { type QuerySource, queryTarget, runQuery } from './query.ts';
import { StatementCache } from './statements.ts';
import { systemTagTable, userTagTable } from './tags.ts';
import type { Row, Store, TableSpec } from './types.ts';
import { WriteTracker } from './writeTracker.ts';

/** Options of {@link createStore}. */
export interface StoreOptions {
  /** The emulated ZStack version: inventories omit fields whose `since` is newer. */
  readonly version: string;
}

/**
 * Opens (or creates) the simulator's SQLite database and returns the {@link Store} over it.
 * A file database uses WAL with `synchronous=NORMAL` (durable across a process crash, fast
 * writes); `:memory:` is for tests. Foreign keys stay off: ZStack's cascades are the handlers'
 * business, and relations are declared in TableSpecs only for joins and nesting.
 *
 * @see https://github.com/zstackio/zstack/blob/master/search/src/main/java/org/zstack/query/QueryFacadeImpl.java
 * @example
 * const store = createStore(':memory:', { version: '4.8.0' });
 * store.define(vmInstanceTable);
 */
export function createStore(path: string, options: StoreOptions): Store {
  const db = new Database(path);
  if (path !== ':memory:' && path !== '') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = OFF');
  return new SqliteStore(db, options.version);
}

/** Builds `WHERE a = ? AND b IN (…)` from an equality map (an array means IN, null IS NULL). */
function whereOf(spec: TableSpec, where: Row | undefined): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const [name, value] of Object.entries(where ?? {})) {
    const column = spec.columns[name];
    if (!column && name !== ownerColumn) {
      throw new Error(`${spec.name} has no column ${name}`);
    }
    const encode = (v: unknown) => (column ? encodeValue(column, v) : v);
    if (value === null || value === undefined) {
      parts.push(`${quoteId(name)} IS NULL`);
    } else if (Array.isArray(value)) {
      parts.push(`${quoteId(name)} IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(value.map(encode)));
    } else {
      parts.push(`${quoteId(name)} = ?`);
      params.push(encode(value));
    }
  }
  return { sql: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', params };
}

class SqliteStore implements Store, QuerySource {
  readonly db: Database.Database;
  readonly version: string;
  readonly statements: StatementCache;
  readonly counts: CountCache;
  readonly #writes: WriteTracker;
  readonly #schema: SchemaManager;

  constructor(db: Database.Database, version: string) {
    this.db = db;
    this.version = version;
    this.statements = new StatementCache(db);
    this.#writes = new WriteTracker(db);
    this.counts = new CountCache(db, this.#writes);
    this.#schema = new SchemaManager(db);
    this.define(systemTagTable);
    this.define(userTagTable);
  }

  define(spec: TableSpec): void {
    this.#schema.define(spec);
    this.statements.clear();
  }

  spec(name: string): TableSpec {
    const spec = this.#schema.find(name);
    if (!spec) throw new Error(`no TableSpec named ${name}`);
    return spec;
  }

  insert<TRow extends Row>(name: string, row: TRow, owner?: string): TRow {
    const spec = this.spec(name);
    const names: string[] = [];
    const values: unknown[] = [];
    for (const [field, column] of Object.entries(spec.columns)) {
      const value = encodeValue(column, row[field]);
      if (value === undefined) continue;
      names.push(field);
      values.push(value);
    }
    if (spec.owned && owner !== undefined) {
      names.push(ownerColumn);
      values.push(owner);
    }
    const sql = `INSERT INTO ${quoteId(spec.table)} (${names.map(quoteId).join(', ')}) VALUES (${names
      .map(() => '?')
      .join(', ')})`;
    this.#writes.wrote(spec.table, this.statements.get(sql).run(values).changes);
    return row;
  }

  update(name: string, key: string, patch: Row): Row {
    const spec = this.spec(name);
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [field, value] of Object.entries(patch)) {
      const column = spec.columns[field];
      if (!column || field === spec.primaryKey || value === undefined) continue;
      sets.push(`${quoteId(field)} = ?`);
      values.push(encodeValue(column, value));
    }
    if (sets.length > 0) {
      const sql = `UPDATE ${quoteId(spec.table)} SET ${sets.join(', ')} WHERE ${quoteId(spec.primaryKey)} = ?`;
      const info = this.statements.get(sql).run([...values, key]);
      this.#writes.wrote(spec.table, info.changes);
      if (info.changes === 0) throw notFound(name, key);
    }
    const row = this.get(name, key);
    if (!row) throw notFound(name, key);
    return row;
  }

  remove(name: string, key: string): void {
    const spec = this.spec(name);
    const sql = `DELETE FROM ${quoteId(spec.table)} WHERE ${quoteId(spec.primaryKey)} = ?`;
    this.#writes.wrote(spec.table, this.statements.get(sql).run(key).changes);
  }

  get(name: string, key: string): Row | undefined {
    const spec = this.spec(name);
    const sql = `SELECT * FROM ${quoteId(spec.table)} WHERE ${quoteId(spec.primaryKey)} = ?`;
    const raw = this.statements.get(sql).raw(false).get(key) as Row | undefined;
    return raw && this.#decode(spec, raw);
  }

  find(name: string, where?: Row): Row[] {
    const spec = this.spec(name);
    const { sql, params } = whereOf(spec, where);
    const rows = this.statements.get(`SELECT * FROM ${quoteId(spec.table)}${sql} ORDER BY rowid`);
    return (rows.raw(false).all(params) as Row[]).map((raw) => this.#decode(spec, raw));
  }

  count(name: string, where?: Row): number {
    const spec = this.spec(name);
    const { sql, params } = whereOf(spec, where);
    const statement = this.statements.get(`SELECT count(*) FROM ${quoteId(spec.table)}${sql}`);
    return Number(statement.pluck().get(params));
  }

  ownerOf(name: string, key: string): string | undefined {
    const spec = this.spec(name);
    if (!spec.owned) return undefined;
    const sql = `SELECT ${quoteId(ownerColumn)} FROM ${quoteId(spec.table)} WHERE ${quoteId(spec.primaryKey)} = ?`;
    const owner = this.statements.get(sql).pluck().get(key);
    return typeof owner === 'string' ? owner : undefined;
  }

  transaction<TResult>(fn: () => TResult): TResult {
    return this.db.transaction(fn)();
  }

  query: Store['query'] = (name, input, scope) =>
    runQuery(this, queryTarget(this, this.spec(name), input), input, scope);

  toInventory(name: string, row: Row): Record<string, unknown> {
    const spec = this.spec(name);
    const [inventory] = buildInventories(this, spec, tableOfRows(spec, [row]), { raw: false });
    return inventory ?? {};
  }

  close(): void {
    this.statements.clear();
    this.db.close();
  }

  /** Decodes a stored row; the internal owner column is dropped. */
  #decode(spec: TableSpec, raw: Row): Row {
    if (spec.owned) delete raw[ownerColumn];
    return decodeRow(spec, raw);
  }
}
