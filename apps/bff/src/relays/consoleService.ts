import { createHash, randomBytes } from 'node:crypto';
import type { ZStackClient } from '@zdash/zstack-client';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import type { StoredSession } from '../db/sessionsRepo.ts';
import type { HostRewrite } from './hostRewrite.ts';
import { type ConsoleTicket, type TicketsRepo, ticketsRepo } from './ticketsRepo.ts';

/** What `consoles.open` returns: never the ZStack token. */
export interface ConsoleGrant {
  ticket: string;
  expiresAt: number;
  /** Where the browser opens its WebSocket (same origin). */
  path: string;
}

/** Why an upgrade on /console is refused before 101, or the ticket it redeemed. */
export type Redemption =
  | { ok: true; ticket: ConsoleTicket }
  | { ok: false; status: 401 | 403; text: string };

/** The fields of a ConsoleInventory the relay uses. */
interface Inventory {
  hostname: string;
  port: number;
  token: string;
}

/** Ticket lifetime: long enough for the browser to open the socket, short enough to be useless later. */
export const ticketTtlMs = 30_000;

/** SHA-256 of a ticket, as stored. */
export function hashTicket(ticket: string): string {
  return createHash('sha256').update(ticket).digest('hex');
}

/**
 * Console access for the relay (issue F §2): RequestConsoleAccess with the person's own ZStack
 * session, then a single-use ticket bound to the browser session, the VM and the Origin.
 * Not through the job centre: the job row would keep the result, and the result is the token.
 */
export class ConsoleService {
  readonly #tickets: TicketsRepo;

  constructor(
    db: Db,
    readonly clock: Clock,
    readonly rewrite: HostRewrite,
  ) {
    this.#tickets = ticketsRepo(db);
  }

  /** RequestConsoleAccess as `zs` (a ZStackError — agent disconnected, VM state — propagates). */
  async requestAccess(zs: ZStackClient, vmUuid: string): Promise<Inventory> {
    const result = (await zs.call('RequestConsoleAccess', { vmInstanceUuid: vmUuid } as never, {
      timeoutMs: 60_000,
    })) as { inventory?: Partial<Inventory> };
    const inv = result.inventory ?? {};
    if (typeof inv.hostname !== 'string' || typeof inv.token !== 'string' || !inv.port) {
      throw new Error('RequestConsoleAccess answered without hostname, port or token');
    }
    return { hostname: inv.hostname, port: Number(inv.port), token: inv.token };
  }

  /** Stores a fresh ticket for an inventory and returns what the browser may see. */
  async issue(
    session: StoredSession,
    vmUuid: string,
    origin: string,
    inventory: Inventory,
  ): Promise<ConsoleGrant> {
    const now = this.clock.now();
    await this.#tickets.purgeExpired(now);
    // 192 random bits, base64url: 32 characters, fits a WebSocket close reason.
    const ticket = randomBytes(24).toString('base64url');
    const expiresAt = now + ticketTtlMs;
    await this.#tickets.insert({
      ticketHash: hashTicket(ticket),
      sessionIdHash: session.idHash,
      vmUuid,
      origin,
      ...inventory,
      createdAt: now,
      expiresAt,
    });
    return { ticket, expiresAt, path: `/console?ticket=${ticket}` };
  }

  /** Redeems a ticket once; any mismatch consumes it too (a leaked ticket is spent). */
  async redeem(ticket: string | null, sessionIdHash: string, origin: string): Promise<Redemption> {
    if (!ticket) return { ok: false, status: 401, text: 'Unauthorized' };
    const row = await this.#tickets.take(hashTicket(ticket));
    if (!row || row.expiresAt <= this.clock.now()) {
      return { ok: false, status: 401, text: 'Unauthorized' };
    }
    if (row.sessionIdHash !== sessionIdHash || row.origin !== new URL(origin).origin) {
      return { ok: false, status: 403, text: 'Forbidden' };
    }
    return { ok: true, ticket: row };
  }

  /** The websockify URL of a ticket's proxy, after the NAT rewrite (never a fixed port). */
  upstreamUrl(target: Pick<Inventory, 'hostname' | 'port' | 'token'>): string {
    const host = this.rewrite(target.hostname);
    const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
    return `ws://${bracketed}:${target.port}/websockify?token=${encodeURIComponent(target.token)}`;
  }
}
