/** Failures allowed per account before sign-ins are delayed. */
export const throttleFreeFailures = 5;
const windowMs = 15 * 60_000;
const firstLockMs = 30_000;
const maxLockMs = 15 * 60_000;

interface Counter {
  failures: number;
  firstAt: number;
  lockedUntil: number;
}

/**
 * Failed sign-ins counted per account (OWASP: per account, not per IP). After
 * {@link throttleFreeFailures} failures within 15 minutes, each further failure locks that account
 * name for 30 s, doubling up to 15 min. Locks are temporary, so nobody can lock an admin out for
 * good. Counters exist for names that do not exist too, so a lock reveals nothing. Per replica.
 */
export class LoginThrottle {
  readonly #counters = new Map<string, Counter>();

  /** Milliseconds until `key` may try again; 0 when it may now. */
  retryAfter(key: string, now: number): number {
    const c = this.#counters.get(key);
    if (!c) return 0;
    if (now - c.firstAt > windowMs && now >= c.lockedUntil) {
      this.#counters.delete(key);
      return 0;
    }
    return Math.max(0, c.lockedUntil - now);
  }

  fail(key: string, now: number): void {
    const c = this.#counters.get(key) ?? { failures: 0, firstAt: now, lockedUntil: 0 };
    c.failures += 1;
    if (c.failures >= throttleFreeFailures) {
      const lock = Math.min(maxLockMs, firstLockMs * 2 ** (c.failures - throttleFreeFailures));
      c.lockedUntil = now + lock;
    }
    this.#counters.set(key, c);
    if (this.#counters.size > 10_000) this.#evict(now);
  }

  succeed(key: string): void {
    this.#counters.delete(key);
  }

  #evict(now: number): void {
    for (const [k, c] of this.#counters) {
      if (now - c.firstAt > windowMs && now >= c.lockedUntil) this.#counters.delete(k);
    }
  }
}

/** The throttle key of a sign-in: the account, and the user within it. */
export function throttleKey(accountName: string, userName?: string): string {
  const account = accountName.trim().toLowerCase();
  return userName ? `${account}/${userName.trim().toLowerCase()}` : account;
}
