/**
 * `npm run bench -- sim-query`: the console's heaviest list query against a simulator holding
 * 100k VMs, over HTTP, first with bare node:http and then through `@zdash/zstack-client`.
 *
 * The simulator runs in its own process (as in production); this process only generates load.
 * Prints a summary, then ONE JSON line with the figures as the last line of stdout.
 *
 * Options: --vms N (100000) · --requests N per phase (2000) · --concurrency N (8) ·
 * --warmup N (200) · --db FILE (reuse a seeded database; default a fresh temp file) ·
 * --url URL (an already running node, e.g. http://127.0.0.1:8080/zstack; nothing is spawned).
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { QueryInput } from '@zdash/zstack-api';
import { ZStackClient } from '@zdash/zstack-client';

const { values: args } = parseArgs({
  options: {
    vms: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '200' },
    db: { type: 'string' },
    url: { type: 'string' },
  },
});
const vmCount = Number(args.vms);
const requests = Number(args.requests);
const concurrency = Number(args.concurrency);
const warmup = Number(args.warmup);

const log = (message: string) => process.stderr.write(`[sim-query] ${message}\n`);

/** Starts the simulator and resolves with its URL once it prints `{"event":"listening"}`. */
async function startSimulator(): Promise<{
  url: string;
  child: ChildProcess;
  cleanup: () => void;
}> {
  const dir = args.db ? '' : mkdtempSync(join(tmpdir(), 'zdash-bench-'));
  const db = args.db ?? join(dir, 'sim.db');
  const cli = 'packages/zstack-sim/src/cli.ts';
  const argv = ['--import', 'tsx', cli, '--port', '0', '--db', db];
  // --seed-if-empty: a reused --db file keeps its cloud.
  argv.push('--seed-if-empty', `scale:${vmCount}`, '--time-scale', '0.01');
  const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const cleanup = () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`simulator exited (${code}): ${stderr}`)));
    lines.once('line', (line) => {
      const event = JSON.parse(line) as { event?: string; url?: string };
      if (event.event === 'listening' && event.url) resolve(event.url);
      else reject(new Error(`unexpected first line: ${line}`));
    });
  }).catch((error: unknown) => {
    child.kill('SIGTERM');
    cleanup();
    throw error;
  });
  child.removeAllListeners('exit');
  child.stdout?.resume();
  return { url, child, cleanup };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

/** One request with node:http; resolves with the parsed JSON body, rejects on non-2xx. */
function send(method: string, url: string, headers: Record<string, string>, body?: string) {
  return new Promise<Record<string, unknown>>((resolve, reject) => {
    const request = http.request(url, { method, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        if ((response.statusCode ?? 0) >= 300) {
          reject(new Error(`${method} ${url}: ${response.statusCode} ${text.slice(0, 300)}`));
        } else resolve(text ? JSON.parse(text) : {});
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

interface Figures {
  p50Ms: number;
  p99Ms: number;
  rps: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
const round = (n: number) => Math.round(n * 100) / 100;

/** Latency at concurrency 1, then throughput at `concurrency`, `requests` calls each. */
async function measure(label: string, call: () => Promise<void>): Promise<Figures> {
  for (let i = 0; i < warmup; i++) await call();
  const latencies: number[] = [];
  for (let i = 0; i < requests; i++) {
    const start = performance.now();
    await call();
    latencies.push(performance.now() - start);
  }
  latencies.sort((a, b) => a - b);
  let next = 0;
  const begin = performance.now();
  const worker = async () => {
    while (next++ < requests) await call();
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - begin) / 1000;
  const figures = {
    p50Ms: round(percentile(latencies, 0.5)),
    p99Ms: round(percentile(latencies, 0.99)),
    rps: Math.round(requests / seconds),
  };
  console.log(
    `${label.padEnd(7)} p50 ${figures.p50Ms} ms · p99 ${figures.p99Ms} ms (c=1) · ${figures.rps} req/s (c=${concurrency})`,
  );
  return figures;
}

/** Checks one reply of the benchmark query: a full page of inventories with their NICs. */
function checkReply(reply: { inventories?: unknown[]; total?: number }): void {
  const page = reply.inventories ?? [];
  const first = page[0] as { vmNics?: unknown[]; allVolumes?: unknown[] } | undefined;
  if (!reply.total || page.length !== Math.min(50, reply.total) || !first?.vmNics?.length) {
    throw new Error(`unexpected reply: total ${reply.total}, ${page.length} inventories`);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const sim = args.url ? undefined : await startSimulator();
  const base = (args.url ?? sim?.url ?? '').replace(/\/$/, '');
  log(`node at ${base}${sim ? `, seeded in ${Math.round(performance.now() - started)} ms` : ''}`);
  try {
    const json = { 'Content-Type': 'application/json' };
    const password = createHash('sha512').update('password').digest('hex');
    const login = await send(
      'PUT',
      `${base}/v1/accounts/login`,
      json,
      JSON.stringify({ logInByAccount: { accountName: 'admin', password } }),
    );
    const session = (login.inventory as { uuid: string }).uuid;
    const auth = { Authorization: `OAuth ${session}` };
    const get = (path: string) => send('GET', `${base}/v1/${path}`, auth);

    const l3s = (await get('l3-networks?fields=uuid,name')).inventories as { uuid: string }[];
    let flat = { uuid: '', vms: -1 };
    for (const l3 of l3s) {
      const reply = await get(`vm-instances?q=vmNics.l3NetworkUuid%3D${l3.uuid}&count=true`);
      if (Number(reply.total) > flat.vms) flat = { uuid: l3.uuid, vms: Number(reply.total) };
    }
    const vms = Number((await get('vm-instances?count=true')).total);
    log(`${vms} VMs; flat L3 ${flat.uuid} has ${flat.vms}`);

    const path =
      `vm-instances?q=state%3DRunning&q=vmNics.l3NetworkUuid%3D${flat.uuid}` +
      '&sort=-createDate&limit=50&replyWithCount=true';
    checkReply(await get(path));
    // Parsed like the client parses it, so `clientAddedP50Ms` is the client's own overhead.
    const direct = await measure('direct', async () => {
      await get(path);
    });

    const client = new ZStackClient({ endpoint: base });
    await client.loginByAccount('admin', 'password');
    const input: QueryInput = {
      conditions: [
        { name: 'state', op: '=', value: 'Running' },
        { name: 'vmNics.l3NetworkUuid', op: '=', value: flat.uuid },
      ],
      sort: { by: 'createDate', direction: 'desc' },
      limit: 50,
      replyWithCount: true,
    };
    checkReply(await client.query('QueryVmInstance', input));
    const viaClient = await measure('client', async () => {
      await client.query('QueryVmInstance', input);
    });
    client.close();

    const result = {
      vms,
      direct,
      client: viaClient,
      clientAddedP50Ms: round(viaClient.p50Ms - direct.p50Ms),
    };
    console.log(JSON.stringify(result));
  } finally {
    agent.destroy();
    if (sim) {
      const exited = new Promise((resolve) => sim.child.once('exit', resolve));
      sim.child.kill('SIGTERM');
      await exited;
      sim.cleanup();
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[sim-query] failed: ${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
});
