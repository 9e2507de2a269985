import type Database from 'better-sqlite3';

/**
 * Per-table write generations, so cached totals survive writes to unrelated tables (the session
 * table is written on every API call, which must not throw away the VM list's count).
 *
 * Writes through the Store API bump their table. Any other write is caught by comparing SQLite's
 * `total_changes()` with the changes the Store accounted for, and by `PRAGMA data_version`
 * (commits of other connections): either bumps a global epoch that invalidates everything.
 *
 * @see https://www.sqlite.org/c3ref/total_changes.html
 * @see https://www.sqlite.org/pragma.html#pragma_data_version
 */
export class WriteTracker {
  readonly #totalChanges: Database.Statement;
  readonly #dataVersion: Database.Statement;
  readonly #generations = new Map<string, number>();
  #accounted = 0;
  #lastUnaccounted = 0;
  #lastDataVersion: unknown;
  #epoch = 0;

  constructor(db: Database.Database) {
    this.#totalChanges = db.prepare('SELECT total_changes()').pluck();
    this.#dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.#lastUnaccounted = Number(this.#totalChanges.get());
    this.#lastDataVersion = this.#dataVersion.get();
  }

  /** Records `changes` rows written to SQL table `table` through the Store. */
  wrote(table: string, changes: number): void {
    this.#accounted += changes;
    this.#generations.set(table, (this.#generations.get(table) ?? 0) + 1);
  }

  /** A token that changes whenever any of `tables` (SQL names) may have changed. */
  token(tables: readonly string[]): string {
    const unaccounted = Number(this.#totalChanges.get()) - this.#accounted;
    const dataVersion = this.#dataVersion.get();
    if (unaccounted !== this.#lastUnaccounted || dataVersion !== this.#lastDataVersion) {
      this.#epoch++;
      this.#lastUnaccounted = unaccounted;
      this.#lastDataVersion = dataVersion;
    }
    let token = String(this.#epoch);
    for (const table of tables) token += `,${this.#generations.get(table) ?? 0}`;
    return token;
  }
}
