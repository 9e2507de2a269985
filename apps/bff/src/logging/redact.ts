import { createHash } from 'node:crypto';

/** What replaces a secret in logs and audit records. */
export const mask = '***';

// Keys whose values are secrets wherever they appear (compared lower-case, without - and _).
const secretKeys = new Set([
  'authorization',
  'cookie',
  'setcookie',
  'sessionid',
  'sessionuuid',
  'zstacksessionuuid',
  'token',
  'ticket',
  'password',
  'oldpassword',
  'newpassword',
  'currentpassword',
  'accesskeysecret',
  'secret',
  'controltoken',
  'consoletoken',
  'databaseurl',
  'connectionstring',
]);

const queryParamPattern = /([?&](?:sessionId|sessionUuid|token|ticket)=)[^&\s"']+/gi;
const oauthPattern = /(OAuth\s+)[0-9a-f-]{8,}/gi;
const dbCredentialPattern = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:)[^@\s]+@/gi;
const secretTagPattern = /\b(rootPassword|consolePassword)::[^\s"',]*/g;
// A userdata tag is the whole rest of its string (cloud-init text spans lines); in free text it ends at a quote.
const userdataPattern = /\buserdata::([\s\S]*?)(?=["']|$)/g;

function userdataSummary(body: string): string {
  const sha = createHash('sha256').update(body).digest('hex');
  return `userdata::[redacted size=${body.length} sha256=${sha}]`;
}

/** Removes secrets from a free text: URL query secrets, OAuth headers, DB credentials, secret tags. */
export function redactText(text: string): string {
  if (text.startsWith('userdata::')) return userdataSummary(text.slice('userdata::'.length));
  return text
    .replace(queryParamPattern, `$1${mask}`)
    .replace(oauthPattern, `$1${mask}`)
    .replace(dbCredentialPattern, `$1${mask}@`)
    .replace(secretTagPattern, `$1::${mask}`)
    .replace(userdataPattern, (_m, body: string) => userdataSummary(body));
}

function isSecretKey(key: string): boolean {
  return secretKeys.has(key.toLowerCase().replace(/[-_]/g, ''));
}

// A ZStack SessionInventory (the login reply's inventory, or a legacy RPC `session`): its uuid is the token.
function looksLikeSession(key: string, value: Record<string, unknown>): boolean {
  if (key === 'session') return true;
  return (
    'uuid' in value && ('expiredDate' in value || 'accountUuid' in value) && 'userUuid' in value
  );
}

/**
 * A deep copy of `value` without secrets: secret keys masked, session inventories' uuids masked,
 * `rootPassword::`/`consolePassword::` tags masked, whole `userdata::` tags replaced by their size and
 * sha256, secret query parameters and DB credentials removed from strings. Used by the logger and
 * the audit log.
 */
export function redactValue(value: unknown, key = '', depth = 0): unknown {
  if (depth > 12) return '[deep]';
  if (typeof value === 'string') return isSecretKey(key) ? mask : redactText(value);
  if (value === null || typeof value !== 'object')
    return isSecretKey(key) && value != null ? mask : value;
  if (isSecretKey(key)) return mask;
  if (value instanceof Date) return value;
  if (value instanceof Error) {
    const out: Record<string, unknown> = { type: value.name, message: redactText(value.message) };
    if (value.stack) out.stack = redactText(value.stack);
    const code = (value as { code?: unknown }).code;
    if (code !== undefined) out.code = code;
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => redactValue(v, '', depth + 1));
  const record = value as Record<string, unknown>;
  const sessionLike = looksLikeSession(key, record);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    out[k] = sessionLike && k === 'uuid' ? mask : redactValue(v, k, depth + 1);
  }
  return out;
}
