import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

const cli = new URL('./cli.ts', import.meta.url).pathname;
let child: ChildProcess | undefined;
let dir: string | undefined;
afterEach(() => {
  if (child?.exitCode === null && child.pid) process.kill(child.pid, 'SIGKILL');
  child = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function run(args: string[]) {
  child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child?.once('exit', resolve));
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  return { child, exited, stderr: () => stderr };
}

function firstLine(proc: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: proc.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => {
      lines.close();
      resolve(line);
    });
    proc.once('exit', () => reject(new Error('exited before listening')));
  });
}

describe('the CLI', () => {
  it('prints one listening line, serves REST, and stops cleanly on SIGTERM', async () => {
    dir = mkdtempSync(join(tmpdir(), 'zsim-cli-'));
    const db = join(dir, 'nested', 'sim.db');
    const proc = run(['--port', '0', '--db', db, '--time-scale', '0.01', '--console-port', '0']);
    const line = JSON.parse(await firstLine(proc.child));
    expect(line).toEqual({
      event: 'listening',
      url: `http://127.0.0.1:${line.port}/zstack`,
      port: expect.any(Number),
      zstackVersion: '4.8.0',
      consolePort: expect.any(Number),
    });
    expect(line.consolePort).toBeGreaterThan(0);
    expect(line.consolePort).not.toBe(4900);
    expect(statSync(join(dir, 'nested')).mode & 0o777).toBe(0o700);
    const version = await fetch(`${line.url}/v1/management-nodes/actions`, {
      method: 'PUT',
      body: JSON.stringify({ getVersion: {} }),
    });
    expect(await version.json()).toEqual({ version: '4.8.0', success: true });
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
  });

  it('emulates the version it is told', async () => {
    const proc = run([
      '--port',
      '0',
      '--db',
      ':memory:',
      '--zstack-version',
      '3.10.0',
      '--console-port',
      '0',
    ]);
    const line = JSON.parse(await firstLine(proc.child));
    expect(line.zstackVersion).toBe('3.10.0');
    const version = await fetch(`${line.url}/v1/management-nodes/actions`, {
      method: 'PUT',
      body: JSON.stringify({ getVersion: {} }),
    });
    expect(await version.json()).toMatchObject({ version: '3.10.0' });
    proc.child.kill('SIGINT');
    expect(await proc.exited).toBe(0);
  });

  it('refuses --seed onto a database that holds a cloud; --seed-if-empty starts it as it is', async () => {
    dir = mkdtempSync(join(tmpdir(), 'zsim-cli-'));
    const db = join(dir, 'sim.db');
    const base = ['--port', '0', '--db', db, '--time-scale', '0.001', '--console-port', '0'];
    const first = run([...base, '--seed', 'demo']);
    const seeded = JSON.parse(await firstLine(first.child));
    expect(seeded.event).toBe('listening');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const again = run([...base, '--seed', 'demo']);
    expect(await again.exited).toBe(2);
    expect(again.stderr()).toContain('refusing to seed a non-empty database');

    const restart = run([...base, '--seed-if-empty', 'demo']);
    const line = JSON.parse(await firstLine(restart.child));
    const login = await fetch(`${line.url}/v1/accounts/login`, {
      method: 'PUT',
      body: JSON.stringify({
        logInByAccount: {
          accountName: 'admin',
          password:
            'b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86',
        },
      }),
    });
    const session = ((await login.json()) as { inventory: { uuid: string } }).inventory.uuid;
    const zones = await fetch(`${line.url}/v1/zones?count=true`, {
      headers: { Authorization: `OAuth ${session}` },
    });
    expect(await zones.json()).toMatchObject({ total: 1 });
    restart.child.kill('SIGTERM');
    expect(await restart.exited).toBe(0);
  });

  it('exits 2 with a clear message on bad arguments', async () => {
    const bad = run(['--port', 'eighty']);
    expect(await bad.exited).toBe(2);
    expect(bad.stderr()).toContain('--port');
    const seed = run(['--seed', 'lots']);
    expect(await seed.exited).toBe(2);
    expect(seed.stderr()).toContain('must be demo or scale:N');
    const unknown = run(['--colour', 'blue']);
    expect(await unknown.exited).toBe(2);
  });

  it('says the default version in --help', async () => {
    const proc = run(['--help']);
    let out = '';
    proc.child.stdout?.on('data', (chunk) => {
      out += chunk;
    });
    expect(await proc.exited).toBe(0);
    expect(out).toContain('default 4.8.0');
  });
});
