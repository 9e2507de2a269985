import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh bearer token for the control listener: 256 random bits, base64url. */
export function newControlToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Whether an `Authorization` header carries the token, compared in constant time: both sides
 * are hashed first, so neither the length nor a common prefix leaks through timing.
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
  const given = createHash('sha256')
    .update(match?.[1] ?? '')
    .digest();
  const expected = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, expected) && match !== null;
}
