/**
 * The processes of `bench/bffOverhead.ts`: the simulator CLI and the BFF, each in its own process
 * on 127.0.0.1 with an ephemeral port, and their CPU time from /proc.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = join(import.meta.dirname, '../..');

export interface Started {
  child: ChildProcess;
  pid: number;
  url: string;
  /** Stops the process (SIGTERM, then SIGKILL after 5 s) and removes its temp directory. */
  stop(): Promise<void>;
}

function stopper(child: ChildProcess, dir: string): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * `packages/zstack-sim/src/cli.ts --port 0 --console-port 0 --seed-if-empty <seed>` in a temp
 * directory; resolves with the URL of its `{"event":"listening"}` line (with `/zstack`).
 */
export async function startSimulator(seed: string): Promise<Started> {
  const dir = mkdtempSync(join(tmpdir(), 'zdash-bench-bff-sim-'));
  const argv = ['--import', 'tsx', 'packages/zstack-sim/src/cli.ts', '--port', '0'];
  argv.push('--console-port', '0', '--db', join(dir, 'sim.db'), '--seed-if-empty', seed);
  const child = spawn(process.execPath, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = stopper(child, dir);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`simulator exited (${code}): ${stderr}`)));
      lines.once('line', (line) => {
        const event = JSON.parse(line) as { event?: string; url?: string };
        if (event.event === 'listening' && event.url) resolve(event.url.replace(/\/$/, ''));
        else reject(new Error(`unexpected first line: ${line}`));
      });
    });
    child.removeAllListeners('exit');
    child.stdout?.resume();
    return { child, pid: child.pid ?? 0, url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * The BFF (`apps/bff/src/main.ts`, NODE_ENV=production, LOG_LEVEL=warn) pointed at `zstackUrl`,
 * so it starts no simulator of its own; a fresh SQLite store in a temp directory. Ready when
 * /healthz answers.
 */
export async function startBff(zstackUrl: string): Promise<Started> {
  const dir = mkdtempSync(join(tmpdir(), 'zdash-bench-bff-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // BENCH_BFF_CPU_PROF=<dir>: a V8 CPU profile of the BFF, written there when it stops.
  const prof = process.env.BENCH_BFF_CPU_PROF;
  const profile = prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/main.ts'], {
    cwd: join(root, 'apps/bff'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      ZSTACK_URL: zstackUrl,
      ZDASH_DATA_DIR: dir,
      DATABASE_URL: '',
      PUBLIC_ORIGIN: '',
      ZDASH_WEBHOOK_BASE_URL: '',
      LOG_LEVEL: process.env.BENCH_LOG ?? 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = stopper(child, dir);
  try {
    await new Promise<void>((resolve, reject) => {
      const deadline = Date.now() + 60_000;
      const onExit = (code: number | null) => {
        clearInterval(probe);
        reject(new Error(`BFF exited (${code})`));
      };
      child.once('exit', onExit);
      const probe = setInterval(() => {
        if (Date.now() > deadline) {
          clearInterval(probe);
          reject(new Error('BFF not healthy after 60 s'));
        }
        fetch(`${url}/healthz`).then(
          (r) => {
            if (r.ok) {
              clearInterval(probe);
              child.off('exit', onExit);
              resolve();
            }
          },
          () => {},
        );
      }, 100);
    });
    return { child, pid: child.pid ?? 0, url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** CPU time (utime + stime) of a process so far, in ms (USER_HZ = 100 ticks per second). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
