import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations/index.ts';
import type { Database } from './schema.ts';

/** The BFF store. */
export type Db = Kysely<Database>;

/** Where the store lives: SQLite (a file or `:memory:`) or PostgreSQL (optionally in one schema). */
export type StoreConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; schema?: string };

/**
 * Reads DATABASE_URL: unset → SQLite `<dataDir>/zdash.db`; `sqlite:<file>` → that file;
 * `postgres://…` → PostgreSQL.
 */
export function storeConfigFrom(databaseUrl: string | undefined, dataDir: string): StoreConfig {
  if (!databaseUrl) return { kind: 'sqlite', file: join(dataDir, 'zdash.db') };
  if (databaseUrl.startsWith('sqlite:')) return { kind: 'sqlite', file: databaseUrl.slice(7) };
  return { kind: 'postgres', url: databaseUrl };
}

/** Opens the store and runs pending migrations. */
export async function openDb(config: StoreConfig): Promise<Db> {
  const db = config.kind === 'sqlite' ? openSqlite(config.file) : await openPostgres(config);
  await migrate(db);
  return db;
}

function openSqlite(file: string): Db {
  const database = new SqliteDatabase(file);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

async function openPostgres(config: { url: string; schema?: string }): Promise<Db> {
  if (config.schema) {
    if (!/^[a-z_][a-z0-9_]*$/.test(config.schema)) throw new Error('bad schema name');
    const client = new pg.Client({ connectionString: config.url });
    await client.connect();
    try {
      await client.query(`create schema if not exists ${config.schema}`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 10,
    ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Applies every pending migration; throws the first failure. */
export async function migrate(db: Db): Promise<void> {
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) throw error;
}

/** True when the store answers a trivial query (for /readyz). */
export async function pingDb(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

/** Creates the data directory with owner-only permissions. */
export function ensureDataDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}
