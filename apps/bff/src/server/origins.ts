import type { IncomingMessage } from 'node:http';

/**
 * True when `origin` is PUBLIC_ORIGIN or the request's own host (http or https: a TLS proxy in
 * front keeps the Host). Compared as parsed origins, never as prefixes.
 */
export function isAllowedOrigin(
  origin: string,
  req: IncomingMessage,
  publicOrigin: string | undefined,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (publicOrigin && parsed.origin === new URL(publicOrigin).origin) return true;
  const host = req.headers.host;
  if (!host) return false;
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.host === host.toLowerCase()
  );
}

/** Why a state-changing tRPC request is refused, or null when it may pass. */
export type CsrfRefusal = { status: 403 | 415; message: string } | null;

/**
 * CSRF for tRPC (clients-security B2.3): a non-GET call needs `content-type: application/json`
 * (tRPC would otherwise take `multipart/form-data`, which a cross-site form can send), the custom
 * header `x-zdash-csrf: 1` (forces a CORS preflight) and `Sec-Fetch-Site` same-origin/none or an
 * allowed `Origin`.
 */
export function checkCsrf(req: IncomingMessage, publicOrigin: string | undefined): CsrfRefusal {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return null;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json')
    return { status: 415, message: 'Content-Type must be application/json' };
  if (req.headers['x-zdash-csrf'] !== '1')
    return { status: 403, message: 'missing x-zdash-csrf header' };
  const site = req.headers['sec-fetch-site'];
  if (site === 'same-origin' || site === 'none') return null;
  const origin = req.headers.origin;
  if (origin && isAllowedOrigin(origin, req, publicOrigin)) return null;
  return { status: 403, message: 'cross-site request refused' };
}
