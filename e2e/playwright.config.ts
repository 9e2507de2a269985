import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { e2eBffLog, e2eDataDir, e2eIdleMinutes, e2ePort } from './e2eEnv.ts';

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
      testIgnore: /logsHaveNoSecrets\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        // Debian's chromium: `npx playwright install` cannot download here (toolchain.md).
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      },
    },
    {
      // After every other spec: the logs of the whole run must hold no secret (issue C §5).
      name: 'logs',
      testMatch: /logsHaveNoSecrets\.spec\.ts/,
      dependencies: ['chromium'],
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      },
    },
  ],
  webServer: {
    // node directly (not npm): one process, so stopping it leaves no orphan (toolchain.md §4.9).
    // Its output goes to a file the last spec scans for secrets.
    command: `rm -rf '${e2eDataDir}' '${e2eBffLog}' && exec node --import tsx apps/bff/src/main.ts > '${e2eBffLog}' 2>&1`,
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
      // Everything the BFF would log, so the secret scan has the most to read.
      LOG_LEVEL: 'debug',
    },
  },
});
