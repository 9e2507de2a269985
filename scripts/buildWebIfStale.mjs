#!/usr/bin/env node
// `npm start` builds the web app only when apps/web/dist is missing or older than its sources,
// so a second start is instant and a changed source is never served stale.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const built = 'apps/web/dist/index.html';
const sources = [
  'apps/web/src',
  'apps/web/index.html',
  'vite.config.ts',
  'packages/test-ids/src',
  'packages/schemas/src',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
if (builtAt > 0 && builtAt >= Math.max(...sources.map(newest))) process.exit(0);
const run = spawnSync('npm', ['run', 'build', '-w', '@zdash/web'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
