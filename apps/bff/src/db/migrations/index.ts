import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';
import { consoleTicketsMigration } from './consoleTicketsMigration.ts';
import { jobsMigration } from './jobsMigration.ts';

// Migrations live in code (no file scanning), named so they sort; never edit one that shipped.
const migrations: Record<string, Migration> = {
  '0001_sessions_audit_preferences': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('zstack_session_uuid', 'text')
        .addColumn('login_kind', 'text', (c) => c.notNull())
        .addColumn('account_name', 'text', (c) => c.notNull())
        .addColumn('user_name', 'text')
        .addColumn('account_uuid', 'text', (c) => c.notNull())
        .addColumn('user_uuid', 'text', (c) => c.notNull())
        .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('default_password', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('last_activity_at', 'bigint', (c) => c.notNull())
        .addColumn('absolute_expires_at', 'bigint', (c) => c.notNull())
        .addColumn('upstream_expires_at', 'bigint')
        .addColumn('ended_at', 'bigint')
        .addColumn('end_reason', 'text')
        .execute();
      await db.schema
        .createIndex('sessions_account')
        .on('sessions')
        .column('account_uuid')
        .execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('account_uuid', 'text')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('procedure', 'text', (c) => c.notNull())
        .addColumn('api', 'text')
        .addColumn('target', 'text')
        .addColumn('params', 'text', (c) => c.notNull())
        .addColumn('result', 'text', (c) => c.notNull())
        .addColumn('error_code', 'text')
        .addColumn('error_message', 'text')
        .addColumn('duration_ms', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();
      await db.schema
        .createTable('preferences')
        .addColumn('owner', 'text', (c) => c.primaryKey())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await sql`select 1`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('preferences').execute();
      await db.schema.dropTable('audit_log').execute();
      await db.schema.dropTable('sessions').execute();
    },
  },
  '0002_jobs': jobsMigration,
  '0003_console_tickets': consoleTicketsMigration,
};

/** The in-code migration provider for Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
