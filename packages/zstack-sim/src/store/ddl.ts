import type Database from 'better-sqlite3';
import { ownerColumn, quoteId, sqlTypeOf } from './codec.ts';
import type { TableSpec } from './types.ts';

/**
 * Creates tables and indexes from TableSpecs, idempotently, and upgrades old database files by
 * adding the columns a newer spec has. Indexes on other tables that a relation needs (the
 * target's foreign key, a ref table's keys) wait until that table is defined, so sections can be
 * defined in any order.
 *
 * @see https://github.com/zstackio/zstack/blob/master/conf/db/V0.6__schema.sql
 */
export class SchemaManager {
  readonly #db: Database.Database;
  readonly #specs = new Map<string, TableSpec>();
  /** Wanted indexes (column lists) by spec name, created as soon as that spec is defined. */
  readonly #wanted = new Map<string, Set<string>>();

  constructor(db: Database.Database) {
    this.#db = db;
  }

  /** The spec of a name, or undefined. */
  find(name: string): TableSpec | undefined {
    return this.#specs.get(name);
  }

  /** Every defined spec. */
  all(): IterableIterator<TableSpec> {
    return this.#specs.values();
  }

  define(spec: TableSpec): void {
    if (!(spec.primaryKey in spec.columns)) {
      throw new Error(`TableSpec ${spec.name}: primary key ${spec.primaryKey} is not a column`);
    }
    this.#specs.set(spec.name, spec);
    this.#createTable(spec);
    this.#addMissingColumns(spec);
    this.#wantOwnIndexes(spec);
    for (const name of this.#wanted.keys()) this.#flush(name);
  }

  #createTable(spec: TableSpec): void {
    const columns = Object.entries(spec.columns).map(([name, column]) => {
      const pk = name === spec.primaryKey ? ' PRIMARY KEY NOT NULL' : '';
      return `${quoteId(name)} ${sqlTypeOf[column.type]}${pk}`;
    });
    if (spec.owned) columns.push(`${quoteId(ownerColumn)} TEXT`);
    this.#db.exec(`CREATE TABLE IF NOT EXISTS ${quoteId(spec.table)} (${columns.join(', ')})`);
  }

  /** An older database file lacks the columns added since; SQLite can add them in place. */
  #addMissingColumns(spec: TableSpec): void {
    const info = this.#db.prepare(`PRAGMA table_info(${quoteId(spec.table)})`).all() as {
      name: string;
    }[];
    const present = new Set(info.map((column) => column.name));
    const wanted: [string, string][] = Object.entries(spec.columns).map(([name, column]) => [
      name,
      sqlTypeOf[column.type],
    ]);
    if (spec.owned) wanted.push([ownerColumn, 'TEXT']);
    for (const [name, type] of wanted) {
      if (present.has(name)) continue;
      this.#db.exec(`ALTER TABLE ${quoteId(spec.table)} ADD COLUMN ${quoteId(name)} ${type}`);
    }
  }

  #wantOwnIndexes(spec: TableSpec): void {
    for (const [name, column] of Object.entries(spec.columns)) {
      // Dates are the usual sort keys (createDate, lastOpDate): index them even if not asked.
      if ((column.index || column.type === 'date') && name !== spec.primaryKey) {
        this.#want(spec.name, [name]);
      }
    }
    if (spec.owned) this.#want(spec.name, [ownerColumn]);
    for (const columns of spec.indexes ?? []) this.#want(spec.name, columns);
    for (const relation of spec.relations ?? []) {
      // Both ends of a join: the local key for `x IN (SELECT …)`, the foreign key for nesting.
      if (relation.localKey !== spec.primaryKey) this.#want(spec.name, [relation.localKey]);
      this.#want(relation.target, [relation.foreignKey]);
    }
    for (const ref of spec.refLists ?? []) {
      this.#want(ref.table, [ref.localKey, ref.valueKey]);
      this.#want(ref.table, [ref.valueKey, ref.localKey]);
    }
  }

  #want(specName: string, columns: readonly string[]): void {
    let set = this.#wanted.get(specName);
    if (!set) {
      set = new Set();
      this.#wanted.set(specName, set);
    }
    set.add(JSON.stringify(columns));
  }

  #flush(specName: string): void {
    const spec = this.#specs.get(specName);
    const wanted = this.#wanted.get(specName);
    if (!spec || !wanted) return;
    for (const key of wanted) {
      const columns = JSON.parse(key) as string[];
      if (columns.length === 1 && columns[0] === spec.primaryKey) continue;
      const known = columns.every((c) => c in spec.columns || c === ownerColumn);
      if (!known) throw new Error(`TableSpec ${spec.name}: index on unknown column ${key}`);
      const indexName = quoteId(`${spec.table}__${columns.join('_')}`);
      const list = columns.map(quoteId).join(', ');
      this.#db.exec(`CREATE INDEX IF NOT EXISTS ${indexName} ON ${quoteId(spec.table)} (${list})`);
    }
    this.#wanted.delete(specName);
  }
}
