import type Database from 'better-sqlite3';

/** Most distinct SQL texts kept prepared; queries with many shapes evict the oldest. */
const maxStatements = 500;

/**
 * Prepared statements cached by SQL text: compiling a statement costs more than running a
 * small one, and query/CRUD SQL is built from a handful of shapes.
 */
export class StatementCache {
  readonly #db: Database.Database;
  readonly #cache = new Map<string, Database.Statement>();

  constructor(db: Database.Database) {
    this.#db = db;
  }

  /** The prepared statement of `sql`, compiled once. */
  get(sql: string): Database.Statement {
    let statement = this.#cache.get(sql);
    if (statement) return statement;
    statement = this.#db.prepare(sql);
    if (this.#cache.size >= maxStatements) {
      const oldest = this.#cache.keys().next().value;
      if (oldest !== undefined) this.#cache.delete(oldest);
    }
    this.#cache.set(sql, statement);
    return statement;
  }

  /** Forgets every statement (after a schema change, SQLite re-prepares anyway; this frees memory). */
  clear(): void {
    this.#cache.clear();
  }
}
