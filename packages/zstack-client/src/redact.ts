/** What replaces a secret in URLs, error texts and hook events. */
export const redacted = '***';

/**
 * Replaces every occurrence of the given secrets (session uuids) in a text. Session uuids appear
 * in REST paths (`/accounts/sessions/{uuid}/valid`) and may appear in a node's error details;
 * neither may reach a log line or an error message.
 */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 8) out = out.split(secret).join(redacted);
  }
  return out;
}
