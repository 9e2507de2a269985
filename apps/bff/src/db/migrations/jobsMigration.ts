import type { Kysely, Migration } from 'kysely';

/**
 * The job centre's tables: `jobs` (one row per asynchronous ZStack call made for a person),
 * `api_timeout_overrides` (admins' per-API timeouts) and `audit_log.job_id` (the audited mutation
 * points to its job, or to the bulk action's parent id).
 *
 * @see ../../jobs/jobService.ts
 */
export const jobsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id_hash', 'text')
      .addColumn('account_uuid', 'text', (c) => c.notNull())
      .addColumn('account_name', 'text', (c) => c.notNull())
      .addColumn('user_uuid', 'text')
      .addColumn('user_name', 'text')
      .addColumn('api', 'text', (c) => c.notNull())
      .addColumn('target', 'text')
      .addColumn('params', 'text', (c) => c.notNull())
      // The exact parameters, kept only while "sending" and only when they hold no secret.
      .addColumn('send_params', 'text')
      .addColumn('parent_id', 'text')
      .addColumn('parent_kind', 'text')
      .addColumn('transport', 'text', (c) => c.notNull())
      .addColumn('zstack_job_uuid', 'text')
      .addColumn('location', 'text')
      .addColumn('webhook_secret', 'text')
      .addColumn('api_timeout_sec', 'integer')
      .addColumn('started_at', 'bigint', (c) => c.notNull())
      .addColumn('deadline_at', 'bigint', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text')
      .addColumn('progress', 'text')
      .addColumn('finished_at', 'bigint')
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('lease_owner', 'text')
      .addColumn('lease_expires_at', 'bigint')
      .execute();
    await db.schema
      .createIndex('jobs_state_lease')
      .on('jobs')
      .columns(['state', 'lease_expires_at'])
      .execute();
    await db.schema.createIndex('jobs_started').on('jobs').columns(['started_at', 'id']).execute();
    await db.schema.createIndex('jobs_parent').on('jobs').column('parent_id').execute();
    await db.schema
      .createTable('api_timeout_overrides')
      .addColumn('api', 'text', (c) => c.primaryKey())
      .addColumn('timeout_ms', 'bigint', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.alterTable('audit_log').addColumn('job_id', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('audit_log').dropColumn('job_id').execute();
    await db.schema.dropTable('api_timeout_overrides').execute();
    await db.schema.dropTable('jobs').execute();
  },
};
