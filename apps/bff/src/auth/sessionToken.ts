import { createHash, randomBytes } from 'node:crypto';

/** A new cookie value: 256 random bits, base64url. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the store keeps instead of the cookie value. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
