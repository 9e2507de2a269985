/**
 * `npm run bench -- jobs`: the job centre under 200 concurrent jobs of 30–300 simulated seconds.
 * Three processes: the BFF (`apps/bff/src/main.ts`), the simulator it starts as a detached child
 * (time scale `--time-scale`, default 0.05: 300 s simulated = 15 s real) and this load generator.
 * Runs twice: polling mode, then webhook mode (ZDASH_WEBHOOK_BASE_URL). See bench/README.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import superjson from 'superjson';
import WebSocket from 'ws';
import type { AppRouter } from '../apps/bff/src/trpc/appRouter.ts';

const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '200' },
    'time-scale': { type: 'string', default: '0.05' },
    'min-s': { type: 'string', default: '30' },
    'max-s': { type: 'string', default: '300' },
  },
});
const jobCount = Number(values.jobs);
const scale = Number(values['time-scale']);
const minS = Number(values['min-s']);
const maxS = Number(values['max-s']);
/** The simulator's RebootVmInstance takes this long (simulated) after the injected latency. */
const rebootMs = 6000;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in USER_HZ ticks
}

interface Bff {
  child: ChildProcess;
  url: string;
  dataDir: string;
}

async function startBff(webhook: boolean): Promise<Bff> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zdash-bench-jobs-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(import.meta.dirname, '../apps/bff'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      ZDASH_DATA_DIR: dataDir,
      ZDASH_SIM_SEED: `scale:${jobCount * 2}`,
      ZDASH_SIM_TIME_SCALE: String(scale),
      ZDASH_SIM_CONTROL: '1',
      ZDASH_WEBHOOK_BASE_URL: webhook ? url : '',
      ZSTACK_URL: '',
      DATABASE_URL: '',
      LOG_LEVEL: process.env.BENCH_LOG ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`BFF exited ${code}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      if (process.env.BENCH_LOG) process.stderr.write(`${line}\n`);
      if (line.includes('"listening"')) resolve();
    });
    // LOG_LEVEL=warn hides the listening line: readiness is the health check.
    const probe = setInterval(() => {
      fetch(`${url}/healthz`).then(
        (r) => {
          if (r.ok) {
            clearInterval(probe);
            resolve();
          }
        },
        () => {},
      );
    }, 100);
  });
  return { child, url, dataDir };
}

function headers(url: string, cookie?: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-zdash-csrf': '1',
    origin: url,
    ...(cookie ? { cookie } : {}),
  };
}

async function trpcPost<T>(url: string, path: string, input: unknown, cookie?: string) {
  const res = await fetch(`${url}/trpc/${path}`, {
    method: 'POST',
    headers: headers(url, cookie),
    body: JSON.stringify({ json: input }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${text}`);
  return {
    res,
    data: superjson.deserialize((JSON.parse(text) as { result: { data: never } }).result.data) as T,
  };
}

interface Finished {
  id: string;
  startedAt: Date;
  finishedAt: Date | null;
  state: string;
}

/** Polls seen at the node for RebootVmInstance jobs, from the BFF's /metrics, by HTTP status. */
async function pollCount(
  url: string,
): Promise<{ total: number; byStatus: Record<string, number> }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  let total = 0;
  const byStatus: Record<string, number> = {};
  for (const line of text.split('\n')) {
    if (
      line.startsWith('zdash_zstack_requests_total{') &&
      line.includes('api="RebootVmInstance"') &&
      line.includes('kind="poll"')
    ) {
      const n = Number(line.split(' ').at(-1));
      const status = /status="([^"]*)"/.exec(line)?.[1] ?? '?';
      byStatus[status] = (byStatus[status] ?? 0) + n;
      total += n;
    }
  }
  return { total, byStatus };
}

async function run(webhook: boolean) {
  const bff = await startBff(webhook);
  const sim = JSON.parse(readFileSync(join(bff.dataDir, 'sim.json'), 'utf8')) as {
    pid: number;
    controlUrl: string;
    controlToken: string;
  };
  try {
    const signIn = await trpcPost(bff.url, 'auth.signIn', {
      kind: 'account',
      accountName: 'admin',
      password: 'password',
    });
    const cookie = signIn.res.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    class BrowserLikeWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { origin: bff.url, cookie } });
      }
    }
    const ws = createWSClient({
      url: `${bff.url.replace('http', 'ws')}/ws`,
      WebSocket: BrowserLikeWebSocket as never,
    });
    const trpc = createTRPCClient<AppRouter>({
      links: [wsLink({ client: ws, transformer: superjson })],
    });
    const { items } = await trpc.jobs.list.query({ limit: 1 }).then(() => ({ items: [] }));
    void items;

    // The VMs to reboot: one per job, found through a direct login to the node.
    const { ZStackClient } = await import('@zdash/zstack-client');
    const nodeUrl = (
      JSON.parse(readFileSync(join(bff.dataDir, 'sim.json'), 'utf8')) as { url: string }
    ).url;
    const root = new ZStackClient({ endpoint: nodeUrl });
    await root.loginByAccount('admin', 'password');
    const { inventories } = await root.query('QueryVmInstance', {
      conditions: [{ name: 'state', op: '=', value: 'Running' }],
      limit: jobCount,
    });
    if (inventories.length < jobCount) throw new Error(`only ${inventories.length} running VMs`);

    const finished = new Map<string, Finished>();
    const allDone = new Promise<void>((resolve) => {
      trpc.jobs.onChange.subscribe(undefined, {
        onData: (job) => {
          if (['succeeded', 'failed', 'outcome-unknown', 'stopped-waiting'].includes(job.state)) {
            finished.set(job.id, job);
            if (finished.size >= jobCount && durations.size >= jobCount) resolve();
          }
        },
      });
    });
    const durations = new Map<string, number>();
    const cpuBefore = cpuSeconds(bff.child.pid ?? 0);
    const realStart = performance.now();
    for (let i = 0; i < jobCount; i++) {
      // Spread 30–300 s evenly; the reboot's own 6 s is part of the job.
      const durationMs = Math.round(
        (minS + ((maxS - minS) * i) / Math.max(1, jobCount - 1)) * 1000,
      );
      await fetch(`${sim.controlUrl}/latency`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${sim.controlToken}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ api: 'RebootVmInstance', ms: durationMs - rebootMs }),
      });
      const { data } = await trpcPost<{ id: string }>(
        bff.url,
        'jobs.submit',
        { api: 'RebootVmInstance', params: { uuid: inventories[i]?.uuid } },
        cookie,
      );
      durations.set(data.id, durationMs);
    }
    await allDone;
    const realSeconds = (performance.now() - realStart) / 1000;
    const cpu = cpuSeconds(bff.child.pid ?? 0) - cpuBefore;
    const { total: polls, byStatus: pollStatuses } = await pollCount(bff.url);
    ws.close();
    await root.logout();
    root.close();

    let lifeSeconds = 0;
    const ratios: number[] = [];
    const states: Record<string, number> = {};
    for (const [id, durationMs] of durations) {
      const job = finished.get(id);
      if (!job?.finishedAt) continue;
      states[job.state] = (states[job.state] ?? 0) + 1;
      const started = new Date(job.startedAt).getTime();
      const seen = new Date(job.finishedAt).getTime();
      // Real ms → simulated ms. The node finished durationMs (simulated) after the job was sent.
      const lagMs = (seen - started) / scale - durationMs;
      ratios.push(Math.max(0, lagMs) / Math.max(1000, 0.1 * durationMs));
      lifeSeconds += (seen - started) / scale / 1000;
    }
    ratios.sort((a, b) => a - b);
    const p95 = ratios[Math.min(ratios.length - 1, Math.floor(ratios.length * 0.95))] ?? Number.NaN;
    const simSeconds = realSeconds / scale;
    return {
      mode: webhook ? 'webhook' : 'polling',
      jobs: durations.size,
      states,
      polls,
      pollStatuses,
      pollsPerJob: polls / durations.size,
      pollsPerJobPerSecond: polls / lifeSeconds,
      completionLagP95Ratio: p95,
      realSeconds,
      simulatedSeconds: simSeconds,
      bffCpuSecondsReal: cpu,
      bffCpuPercentReal: (cpu / realSeconds) * 100,
      bffCpuPercent: (cpu / simSeconds) * 100,
    };
  } finally {
    bff.child.kill('SIGTERM');
    try {
      process.kill(sim.pid, 'SIGTERM');
    } catch {}
    rmSync(bff.dataDir, { recursive: true, force: true });
  }
}

const polling = await run(false);
console.log(JSON.stringify(polling));
const webhook = await run(true);
console.log(JSON.stringify(webhook));
console.log(
  JSON.stringify({
    jobs: polling.jobs,
    pollsPerJobPerSecond: Number(polling.pollsPerJobPerSecond.toFixed(4)),
    completionLagP95Ratio: Number(polling.completionLagP95Ratio.toFixed(3)),
    webhookPollsPerJob: Number(webhook.pollsPerJob.toFixed(3)),
    bffCpuPercent: Number(Math.max(polling.bffCpuPercent, webhook.bffCpuPercent).toFixed(3)),
  }),
);
process.exit(0);
