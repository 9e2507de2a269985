import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { e2eBffLog, e2eDataDir } from './e2eEnv.ts';

/**
 * The BFF starts the simulator detached (it outlives BFF restarts, like a management node), so
 * Playwright's webServer does not stop it: stop it here, by the pid the BFF recorded.
 */
export default function globalTeardown(): void {
  try {
    const record = JSON.parse(readFileSync(join(e2eDataDir, 'sim.json'), 'utf8')) as {
      pid?: number;
    };
    if (record.pid) process.kill(record.pid, 'SIGTERM');
  } catch {
    // No simulator recorded, or already gone.
  }
  rmSync(e2eDataDir, { recursive: true, force: true });
  rmSync(e2eBffLog, { force: true });
}
