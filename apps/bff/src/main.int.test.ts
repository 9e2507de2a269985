import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { adminLogin } from './testing/testBff.ts';
import { mutationHeaders, postTrpc } from './testing/testServer.ts';

const bffDir = dirname(dirname(fileURLToPath(import.meta.url)));
const dataDir = mkdtempSync(join(tmpdir(), 'zdash-bff-'));
const started: ChildProcess[] = [];

/** Starts `npm run start -w @zdash/bff`'s command (NODE_ENV=production) and waits for its listening line. */
function startBff(): Promise<{
  child: ChildProcess;
  url: string;
  lines: Record<string, unknown>[];
}> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: bffDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      ZDASH_DATA_DIR: dataDir,
      ZDASH_SIM_SEED: 'none',
      ZDASH_SIM_TIME_SCALE: '0.01',
      ZSTACK_URL: '',
      DATABASE_URL: '',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const lines: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`BFF exited ${code}: ${stderr}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const record = JSON.parse(line) as Record<string, unknown>;
      lines.push(record);
      if (record.event === 'listening') resolve({ child, url: String(record.url), lines });
    });
  });
}

function simRecord(): { pid: number; url: string } {
  return JSON.parse(readFileSync(join(dataDir, 'sim.json'), 'utf8')) as {
    pid: number;
    url: string;
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

afterAll(() => {
  for (const child of started) child.kill('SIGKILL');
  try {
    process.kill(simRecord().pid, 'SIGTERM');
  } catch {}
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the BFF process (npm start)', () => {
  it('starts the simulator as a child process, keeps it across a BFF crash and re-attaches', async () => {
    const first = await startBff();
    expect(first.lines.some((l) => l.msg === 'simulator started')).toBe(true);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const sim = simRecord();
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/zstack$/);
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);

    const exited = new Promise((r) => first.child.once('exit', r));
    first.child.kill('SIGKILL');
    await exited;
    expect(alive(sim.pid)).toBe(true);

    const second = await startBff();
    expect(second.lines.find((l) => l.msg === 'simulator re-attached')).toMatchObject({
      pid: sim.pid,
    });
    const { res } = await postTrpc(
      second.url,
      'auth.signIn',
      adminLogin,
      mutationHeaders(second.url),
    );
    expect(res.status).toBe(200);
    second.child.kill('SIGTERM');
  });

  it('sends no stack trace to a client in production', async () => {
    const { child, url } = await startBff();
    const bad = await postTrpc(url, 'auth.signIn', { kind: 'nope' }, mutationHeaders(url));
    expect(bad.res.status).toBe(400);
    expect(bad.text).toContain('"zodError"');
    expect(bad.text).not.toContain('"stack"');
    expect(bad.text).not.toMatch(/\n\s+at /);
    expect(bad.text).not.toContain('.ts:');
    const missing = await fetch(`${url}/trpc/no.such.procedure`);
    expect(await missing.text()).not.toContain('"stack"');
    child.kill('SIGTERM');
  });
});
