import type { Kysely, Migration } from 'kysely';

/**
 * `console_tickets`: single-use grants for the /console WebSocket (issue F §2). A row lives at most
 * 30 s and is deleted when redeemed; it holds the ZStack console token because the upgrade may land
 * on another replica, and the token must never travel to the browser.
 *
 * @see ../../relays/ticketsRepo.ts
 */
export const consoleTicketsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('console_tickets')
      // SHA-256 of the ticket: the ticket itself is shown only to the browser.
      .addColumn('ticket_hash', 'text', (c) => c.primaryKey())
      .addColumn('session_id_hash', 'text', (c) => c.notNull())
      .addColumn('vm_uuid', 'text', (c) => c.notNull())
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('hostname', 'text', (c) => c.notNull())
      .addColumn('port', 'integer', (c) => c.notNull())
      .addColumn('token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('console_tickets_expires')
      .on('console_tickets')
      .column('expires_at')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('console_tickets').execute();
  },
};
