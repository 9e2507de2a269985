#!/usr/bin/env node
// Runs every test suite and ends with the plain `N passed, N failed, N skipped` line CI reads.
// Neither Vitest's nor Playwright's own summary is one CI understands, so their JSON reports are
// counted here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reportsDir = 'reports';
rmSync(reportsDir, { recursive: true, force: true });
mkdirSync(reportsDir, { recursive: true });

const suites = [
  {
    name: 'vitest',
    command: ['npx', 'vitest', 'run'],
    report: `${reportsDir}/vitest.json`,
    count: (json) => ({
      passed: json.numPassedTests ?? 0,
      failed: (json.numFailedTests ?? 0) + (json.numRuntimeErrorTests ?? 0),
      skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
      // A suite file that failed to load counts as a failure even with no test inside.
      brokenFiles: (json.testResults ?? []).filter(
        (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
      ).length,
    }),
  },
  {
    // Builds the web app, then Playwright against the BFF serving it (e2e/playwright.config.ts).
    name: 'playwright',
    command: ['npm', 'run', 'test:e2e'],
    report: `${reportsDir}/playwright.json`,
    count: (json) => ({
      passed: (json.stats?.expected ?? 0) + (json.stats?.flaky ?? 0),
      failed: json.stats?.unexpected ?? 0,
      skipped: json.stats?.skipped ?? 0,
      // Errors outside any test (the web server did not start, a spec failed to load).
      brokenFiles: (json.errors ?? []).length,
    }),
  },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;
for (const suite of suites) {
  const [command, ...args] = suite.command;
  const run = spawnSync(command, args, { stdio: 'inherit' });
  if (run.status !== 0) exitCode = 1;
  if (!existsSync(suite.report)) {
    console.error(`${suite.name}: no report written; counting the suite as one failure`);
    totals.failed += 1;
    exitCode = 1;
    continue;
  }
  const counts = suite.count(JSON.parse(readFileSync(suite.report, 'utf8')));
  totals.passed += counts.passed;
  totals.failed += counts.failed + counts.brokenFiles;
  totals.skipped += counts.skipped;
}
if (totals.failed > 0) exitCode = 1;
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode);
