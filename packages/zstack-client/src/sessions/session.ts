import { createHash } from 'node:crypto';
import { hasCapability, parseZStackDate, type SessionInventory } from '@zdash/zstack-api';

/**
 * The password as the node expects it: lowercase hex SHA-512 of the plaintext (what zstack-cli
 * sends; the built-in admin's stored hash is `sha512("password")`).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/AccountConstant.java
 * @see https://github.com/zstackio/zstack-utility/blob/master/zstackcli/zstackcli/cli.py
 */
export function hashPassword(plaintext: string): string {
  return createHash('sha512').update(plaintext, 'utf8').digest('hex');
}

/** A logged-in session: the node's SessionInventory plus the expiry the client tracks. */
export interface ZStackSession extends SessionInventory {
  /**
   * When the session ends if nothing renews it, on this machine's clock; `null` when the node's
   * dates could not be read. Computed from the node's `expiredDate − createDate` (both in the
   * node's zone-less local time, so only their difference is meaningful here).
   */
  expiresAt: Date | null;
  /** From 3.0 every authenticated call slides the expiry by the session timeout; before, it is fixed at login. */
  sliding: boolean;
}

/**
 * True when sessions slide on `version` (3.0+, capability `slidingSessions`); an unknown
 * version is taken as modern.
 *
 * @see https://github.com/zstackio/zstack/blob/master/identity/src/main/java/org/zstack/identity/AuthorizationManager.java
 */
export function slidesOn(version: string | undefined): boolean {
  return version === undefined || hasCapability(version, 'slidingSessions');
}

/**
 * The client's view of its session. The uuid is kept here and nowhere else; `toJSON` and
 * `inspect` hide it so an accidental log line does not leak it.
 */
export class SessionState {
  readonly uuid: string;
  #expiresAt: number | null;
  /** The session timeout (ms) that each call slides by, when known. */
  #lifetimeMs: number | null;
  readonly #sliding: boolean;

  constructor(
    uuid: string,
    init: { expiresAt?: number | null; lifetimeMs?: number | null; sliding: boolean },
  ) {
    this.uuid = uuid;
    this.#expiresAt = init.expiresAt ?? null;
    this.#lifetimeMs = init.lifetimeMs ?? null;
    this.#sliding = init.sliding;
  }

  /** Builds the state from a login (or renew) reply. */
  static fromInventory(
    inventory: SessionInventory,
    sliding: boolean,
    now = Date.now(),
  ): SessionState {
    const lifetimeMs = lifetimeOf(inventory);
    const expired = parseZStackDate(inventory.expiredDate ?? '');
    const expiresAt = lifetimeMs !== null ? now + lifetimeMs : (expired?.getTime() ?? null);
    return new SessionState(inventory.uuid, { expiresAt, lifetimeMs, sliding });
  }

  get expiresAt(): Date | null {
    return this.#expiresAt === null ? null : new Date(this.#expiresAt);
  }

  get sliding(): boolean {
    return this.#sliding;
  }

  /** True once the tracked expiry has passed (or the node said ID.1001). Unknown expiry → false. */
  isExpired(now = Date.now()): boolean {
    return this.#expiresAt !== null && this.#expiresAt <= now;
  }

  /** An authenticated call succeeded: on a sliding node the expiry moves to now + timeout. */
  touch(now = Date.now()): void {
    if (this.#sliding && this.#lifetimeMs !== null) this.#expiresAt = now + this.#lifetimeMs;
  }

  /** The node renewed the session for `durationMs` (RenewSession). */
  renewed(durationMs: number | null, now = Date.now()): void {
    const ms = durationMs ?? this.#lifetimeMs;
    if (ms !== null) this.#expiresAt = now + ms;
  }

  /** The node answered ID.1001: the session is gone whatever the clock says. */
  markExpired(now = Date.now()): void {
    this.#expiresAt = now;
  }

  toJSON(): { expiresAt: Date | null; sliding: boolean } {
    return { expiresAt: this.expiresAt, sliding: this.#sliding };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `SessionState { uuid: '***', expiresAt: ${this.expiresAt?.toISOString() ?? 'unknown'} }`;
  }
}

/** `expiredDate − createDate` of an inventory, in ms, when both dates parse. */
export function lifetimeOf(inventory: SessionInventory): number | null {
  const created = parseZStackDate(inventory.createDate ?? '');
  const expired = parseZStackDate(inventory.expiredDate ?? '');
  if (!created || !expired) return null;
  return Math.max(0, expired.getTime() - created.getTime());
}
