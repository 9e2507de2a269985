import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { ZStackClient } from '@zdash/zstack-client';
import type { BffLogger } from '../logging/logger.ts';

/** How to run the embedded simulator. */
export interface SimOptions {
  dataDir: string;
  /** `demo`, `scale:N` or `none`; applied by the CLI only when the database is empty. */
  seed: string;
  version?: string | undefined;
  timeScale: number;
  control: boolean;
  log: BffLogger;
  /** How long to wait for the listening line. */
  startTimeoutMs?: number;
}

/** What sim.json records (mode 0600: it holds the control token when control is on). */
export interface SimRecord {
  pid: number;
  url: string;
  startedAt: string;
  controlUrl?: string;
  controlToken?: string;
}

/** The simulator the BFF uses, started now or found running. */
export interface SimHandle extends SimRecord {
  attached: boolean;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function answers(url: string): Promise<boolean> {
  const probe = new ZStackClient({ endpoint: url });
  try {
    await probe.getVersion({ timeoutMs: 2000 });
    return true;
  } catch {
    return false;
  } finally {
    probe.close();
  }
}

function readRecord(file: string): SimRecord | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as SimRecord;
    return Number.isInteger(record.pid) && typeof record.url === 'string' ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The embedded simulator as a child process that outlives the BFF, as a real management node
 * would: re-attaches to the one recorded in `<dataDir>/sim.json` when that process is alive and
 * answers GetVersion; otherwise starts `zstack-sim` detached on 127.0.0.1 with a free port and
 * `<dataDir>/sim.db` (the CLI seeds only an empty database), its output in sim.out/sim.log.
 */
export async function ensureSimulator(options: SimOptions): Promise<SimHandle> {
  const recordFile = join(options.dataDir, 'sim.json');
  const existing = readRecord(recordFile);
  if (existing && isAlive(existing.pid) && (await answers(existing.url))) {
    options.log.info({ pid: existing.pid, url: existing.url }, 'simulator re-attached');
    return { ...existing, attached: true };
  }
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve('@zdash/zstack-sim')), 'cli.ts');
  const tsx = require.resolve('tsx');
  // Every port ephemeral: the embedded node must never collide with a real node's 8080/4900.
  const args = ['--import', tsx, cli, '--host', '127.0.0.1', '--port', '0', '--console-port', '0'];
  args.push('--db', resolve(options.dataDir, 'sim.db'), '--time-scale', String(options.timeScale));
  // The node outlives BFF restarts: seed only a database that has no cloud yet.
  if (options.seed !== 'none') args.push('--seed-if-empty', options.seed);
  if (options.version) args.push('--zstack-version', options.version);
  if (options.control) args.push('--control');
  const outFile = join(options.dataDir, 'sim.out');
  // Files, not pipes: the simulator keeps writing after this process is gone.
  const out = openSync(outFile, 'w', 0o600);
  const err = openSync(join(options.dataDir, 'sim.log'), 'a', 0o600);
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', out, err],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  closeSync(out);
  closeSync(err);
  child.unref();
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (exited !== null)
      throw new Error(
        `the simulator exited with status ${exited}; see ${join(options.dataDir, 'sim.log')}`,
      );
    const line = readFileSync(outFile, 'utf8').split('\n')[0] ?? '';
    if (line.includes('"listening"')) {
      const listening = JSON.parse(line) as {
        url: string;
        controlUrl?: string;
        controlToken?: string;
      };
      const record: SimRecord = {
        pid: child.pid ?? -1,
        url: listening.url,
        startedAt: new Date().toISOString(),
        ...(listening.controlUrl
          ? { controlUrl: listening.controlUrl, controlToken: listening.controlToken }
          : {}),
      };
      writeFileSync(recordFile, JSON.stringify(record), { mode: 0o600 });
      options.log.info({ pid: record.pid, url: record.url }, 'simulator started');
      return { ...record, attached: false };
    }
    await delay(50);
  }
  child.kill('SIGTERM');
  throw new Error('the simulator did not start in time');
}
