/** The session cookie's name: `__Host-` prefixed when served over https (needs Secure, Path=/, no Domain). */
export function cookieName(secure: boolean): string {
  return secure ? '__Host-zdash_session' : 'zdash_session';
}

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{16,128}$/.test(value) ? value : null;
    }
  }
  return null;
}

/**
 * The Set-Cookie value: HttpOnly, SameSite=Strict, Path=/, Secure over https; a session cookie (no
 * Max-Age) because the BFF enforces the limits itself. `null` clears it.
 */
export function sessionCookie(name: string, token: string | null, secure: boolean): string {
  const attrs = ['Path=/', 'HttpOnly', 'SameSite=Strict'];
  if (secure) attrs.push('Secure');
  if (token === null) attrs.push('Max-Age=0');
  return `${name}=${token ?? ''}; ${attrs.join('; ')}`;
}
