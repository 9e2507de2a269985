import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { ZStackClient } from '@zdash/zstack-client';
import superjson from 'superjson';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { adminLogin } from '../testing/testBff.ts';
import { cookieOf, mutationHeaders, postTrpc } from '../testing/testServer.ts';
import type { AppRouter } from '../trpc/appRouter.ts';
import type { Job } from './jobTypes.ts';

const bffDir = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const dataDir = mkdtempSync(join(tmpdir(), 'zdash-jobs-'));
const started: ChildProcess[] = [];

/** The BFF as `npm start` runs it, with the embedded simulator at time scale 0.05 (30 s ≈ 1.5 s). */
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
      ZDASH_SIM_SEED: 'demo',
      ZDASH_SIM_TIME_SCALE: '0.05',
      ZDASH_SIM_CONTROL: '1',
      ZSTACK_URL: '',
      DATABASE_URL: '',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const lines: Record<string, unknown>[] = [];
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`BFF exited ${code}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const record = JSON.parse(line) as Record<string, unknown>;
      lines.push(record);
      if (record.event === 'listening') resolve({ child, url: String(record.url), lines });
    });
  });
}

function simRecord() {
  return JSON.parse(readFileSync(join(dataDir, 'sim.json'), 'utf8')) as {
    pid: number;
    url: string;
    controlUrl: string;
    controlToken: string;
  };
}

afterAll(() => {
  for (const child of started) child.kill('SIGKILL');
  try {
    process.kill(simRecord().pid, 'SIGTERM');
  } catch {}
  rmSync(dataDir, { recursive: true, force: true });
});

/** Resolves with the job once it is final, from `jobs.onChange` over /ws (and one `jobs.get`). */
async function finalJob(url: string, cookie: string, id: string): Promise<Job> {
  class BrowserLikeWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { origin: url, cookie } });
    }
  }
  const client = createWSClient({
    url: `${url.replace(/^http/, 'ws')}/ws`,
    WebSocket: BrowserLikeWebSocket as never,
  });
  const trpc = createTRPCClient<AppRouter>({ links: [wsLink({ client, transformer: superjson })] });
  const final = ['succeeded', 'failed', 'outcome-unknown', 'stopped-waiting'];
  try {
    return await new Promise<Job>((resolve, reject) => {
      const sub = trpc.jobs.onChange.subscribe(undefined, {
        onStarted: () => {
          void trpc.jobs.get.query({ id }).then((job) => {
            if (final.includes(job.state)) resolve(job);
          }, reject);
        },
        onData: (job) => {
          if (job.id === id && final.includes(job.state)) resolve(job as Job);
        },
        onError: reject,
      });
      void sub;
    });
  } finally {
    client.close();
  }
}

describe('a BFF killed with SIGKILL while a job runs', () => {
  it('resumes the job after the restart and sees it succeed (the simulator kept running)', async () => {
    const first = await startBff();
    const sim = simRecord();
    const root = new ZStackClient({ endpoint: sim.url });
    await root.loginByAccount('admin', 'password');
    const { inventories } = await root.query('QueryVmInstance', {
      conditions: [{ name: 'state', op: '=', value: 'Running' }],
      limit: 1,
    });
    const uuid = inventories[0]?.uuid;
    // A 30-simulated-second reboot: 1.5 s of real time at this scale.
    const latency = await fetch(`${sim.controlUrl}/latency`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sim.controlToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ api: 'RebootVmInstance', ms: 30_000 }),
    });
    expect(latency.status).toBe(200);

    const signIn = await postTrpc(first.url, 'auth.signIn', adminLogin, mutationHeaders(first.url));
    const cookie = cookieOf(signIn.res) ?? '';
    const submit = await postTrpc(
      first.url,
      'jobs.submit',
      { api: 'RebootVmInstance', params: { uuid } },
      mutationHeaders(first.url, cookie),
    );
    expect(submit.res.status).toBe(200);
    const job = (submit.body as { result: { data: { json: Job } } }).result.data.json;
    expect(job.state).toBe('running');

    const exited = new Promise((r) => first.child.once('exit', r));
    first.child.kill('SIGKILL');
    await exited;

    const second = await startBff();
    const done = await finalJob(second.url, cookie, job.id);
    expect(done.state).toBe('succeeded');
    expect(done.outcome?.result).toMatchObject({ inventory: { uuid, state: 'Running' } });
    expect(second.lines.some((l) => l.msg === 'resuming job after restart')).toBe(true);
    second.child.kill('SIGTERM');
    await root.logout();
    root.close();
  });
});
