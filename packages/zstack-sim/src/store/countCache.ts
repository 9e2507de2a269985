import type Database from 'better-sqlite3';
import type { WriteTracker } from './writeTracker.ts';

/** Most distinct counts remembered. */
const maxEntries = 512;

/**
 * Remembers query totals until a table they read changes. Counting every match of a broad query
 * at 100k rows costs tens of milliseconds while the page itself costs well under one, and a
 * console polls the same list (and its total) again and again between writes.
 */
export class CountCache {
  readonly #db: Database.Database;
  readonly #tracker: WriteTracker;
  readonly #entries = new Map<string, { token: string; total: number }>();

  constructor(db: Database.Database, tracker: WriteTracker) {
    this.#db = db;
    this.#tracker = tracker;
  }

  /** The total of `key` (reading SQL tables `tables`): cached, or `compute()`'s result. */
  get(key: string, tables: readonly string[], compute: () => number): number {
    // Inside a transaction a count may see writes that a rollback undoes.
    if (this.#db.inTransaction) return compute();
    const token = this.#tracker.token(tables);
    const entry = this.#entries.get(key);
    if (entry?.token === token) return entry.total;
    const total = compute();
    if (!entry && this.#entries.size >= maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, { token, total });
    return total;
  }
}
