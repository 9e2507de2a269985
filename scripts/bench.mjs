#!/usr/bin/env node
// `npm run bench -- <name>` runs bench/<name>.ts (kebab-case names map to camelCase files).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const name = process.argv[2];
const available = readdirSync('bench')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
if (!name) {
  console.error(`usage: npm run bench -- <name>\navailable: ${available.join(', ')}`);
  process.exit(2);
}
const file = `bench/${name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())}.ts`;
if (!existsSync(file)) {
  console.error(`no benchmark "${name}"; available: ${available.join(', ')}`);
  process.exit(2);
}
const run = spawnSync('node', ['--import', 'tsx', file, ...process.argv.slice(3)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
