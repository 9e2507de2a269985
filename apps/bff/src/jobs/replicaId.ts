import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * This replica's id, kept in `<dataDir>/replica-id` so a restarted BFF (SIGKILL included) knows
 * the leases it held are its own and resumes those jobs at once instead of waiting for them to
 * expire. Replicas sharing a PostgreSQL store each have their own data directory.
 */
export function replicaIdOf(dataDir: string): string {
  const file = join(dataDir, 'replica-id');
  try {
    const id = readFileSync(file, 'utf8').trim();
    if (/^[0-9a-f-]{36}$/.test(id)) return id;
  } catch {
    // first start
  }
  const id = randomUUID();
  writeFileSync(file, `${id}\n`, { mode: 0o600 });
  return id;
}
