import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { e2eDataDir, e2eIdleMinutes, e2ePort } from './e2eEnv.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The built app served by the BFF exactly as `npm start` serves it, with the embedded simulator:
 * one BFF + simulator for the whole run, a fresh data directory, a small time scale.
 */
export default defineConfig({
  testDir: './specs',
  // Explicit: the default (<package.json dir>/test-results) is the repo root and is wiped per run.
  outputDir: './test-results',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: '../reports/playwright.json' }]],
  globalTeardown: './globalTeardown.ts',
  use: {
    baseURL: `http://127.0.0.1:${e2ePort}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-US',
    colorScheme: 'light',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        // Debian's chromium: `npx playwright install` cannot download here (toolchain.md).
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      },
    },
  ],
  webServer: {
    // node directly (not npm): one process, so stopping it leaves no orphan (toolchain.md §4.9).
    command: `rm -rf '${e2eDataDir}' && exec node --import tsx apps/bff/src/main.ts`,
    cwd: root,
    url: `http://127.0.0.1:${e2ePort}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'production',
      PORT: String(e2ePort),
      HOST: '127.0.0.1',
      ZDASH_DATA_DIR: e2eDataDir,
      ZDASH_SIM_SEED: 'demo',
      ZDASH_SIM_TIME_SCALE: '0.05',
      ZDASH_IDLE_TIMEOUT_MIN: String(e2eIdleMinutes),
      LOG_LEVEL: 'warn',
    },
  },
});
