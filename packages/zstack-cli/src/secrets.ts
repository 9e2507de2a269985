/** Parameter names whose values never appear in a copied command. */
export const secretParams: ReadonlySet<string> = new Set([
  'password',
  'oldPassword',
  'newPassword',
  'rootPassword',
  'consolePassword',
  'userdata',
]);

const secretTags = ['rootPassword::', 'consolePassword::', 'userdata::'] as const;

/** `<root-password>` for `rootPassword`: what a person types instead. */
export function placeholderFor(name: string): string {
  return `<${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}>`;
}

/**
 * The parameters with every secret replaced by a placeholder: secret fields, and the secret
 * system tags (`rootPassword::…` → `rootPassword::<root-password>`).
 */
export function withoutSecrets(params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (secretParams.has(key)) out[key] = placeholderFor(key);
    else if ((key === 'systemTags' || key === 'userTags') && Array.isArray(value)) {
      out[key] = value.map((tag) => {
        const text = String(tag);
        const secret = secretTags.find((prefix) => text.startsWith(prefix));
        return secret ? `${secret}${placeholderFor(secret.slice(0, -2))}` : text;
      });
    } else out[key] = value;
  }
  return out;
}

/** Single-quotes a shell word when it needs it (`'it'\''s'`). */
export function shellQuote(text: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
