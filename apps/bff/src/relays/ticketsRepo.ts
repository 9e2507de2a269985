import type { Db } from '../db/database.ts';

/** One stored console ticket (the ticket itself is never stored: only its SHA-256). */
export interface ConsoleTicket {
  ticketHash: string;
  sessionIdHash: string;
  vmUuid: string;
  origin: string;
  hostname: string;
  port: number;
  /** The ZStack console token: never leaves the BFF, never logged. */
  token: string;
  createdAt: number;
  expiresAt: number;
}

/** The console_tickets table. */
export function ticketsRepo(db: Db) {
  return {
    async insert(ticket: ConsoleTicket): Promise<void> {
      await db
        .insertInto('console_tickets')
        .values({
          ticket_hash: ticket.ticketHash,
          session_id_hash: ticket.sessionIdHash,
          vm_uuid: ticket.vmUuid,
          origin: ticket.origin,
          hostname: ticket.hostname,
          port: ticket.port,
          token: ticket.token,
          created_at: ticket.createdAt,
          expires_at: ticket.expiresAt,
        })
        .execute();
    },

    /** Deletes and returns the ticket in one statement: of two replicas redeeming it, one wins. */
    async take(ticketHash: string): Promise<ConsoleTicket | undefined> {
      const row = await db
        .deleteFrom('console_tickets')
        .where('ticket_hash', '=', ticketHash)
        .returningAll()
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        ticketHash: row.ticket_hash,
        sessionIdHash: row.session_id_hash,
        vmUuid: row.vm_uuid,
        origin: row.origin,
        hostname: row.hostname,
        port: Number(row.port),
        token: row.token,
        createdAt: Number(row.created_at),
        expiresAt: Number(row.expires_at),
      };
    },

    /** Forgets tickets that expired unredeemed. */
    async purgeExpired(now: number): Promise<void> {
      await db.deleteFrom('console_tickets').where('expires_at', '<', now).execute();
    },
  };
}

/** What {@link ticketsRepo} returns. */
export type TicketsRepo = ReturnType<typeof ticketsRepo>;
