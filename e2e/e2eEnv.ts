import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Port of the BFF under test (E2E_PORT to move it). */
export const e2ePort = Number(process.env.E2E_PORT ?? 3101);
/** Where that BFF keeps its store and the simulator's; wiped before every run. */
export const e2eDataDir = process.env.E2E_DATA_DIR ?? join(tmpdir(), `zdash-e2e-${e2ePort}`);
/** Idle timeout of the BFF under test, in minutes: short, so the expiry specs run in seconds. */
export const e2eIdleMinutes = 0.4;
/** Where the screenshots spec writes (outside the repository). */
export const screenshotDir =
  process.env.ZDASH_SCREENSHOT_DIR ?? join(tmpdir(), 'zdash-screenshots');
/** Everything the BFF under test writes (stdout and stderr), scanned for secrets after the suite. */
export const e2eBffLog = join(tmpdir(), `zdash-e2e-${e2ePort}-bff.log`);
