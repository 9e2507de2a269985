/**
 * `npm run bench -- bff-overhead`: what the BFF adds to a request, against a simulator holding
 * 100k VMs (`scale:100000`) and one holding the demo seed. See bench/README.md.
 *
 * Processes: this load generator; per part, the simulator CLI (`--seed-if-empty <seed>`) and the
 * BFF (`apps/bff/src/main.ts` with ZSTACK_URL = that simulator, so it starts none of its own), each
 * on 127.0.0.1 with an ephemeral port. Every measured pair runs in the same BFF/simulator run:
 * through the BFF (tRPC over HTTP, signed in, one procedure per request, no batching) and straight
 * to the simulator (REST, node:http keep-alive). Warm-up, then `--requests` calls at concurrency 1
 * (p50/p99) and `--requests` calls at `--concurrency` (req/s); CPU ms per request of the BFF and
 * the simulator from /proc/<pid>/stat.
 *
 * There is no BFF procedure yet that runs A's VM query or a VM page (`vms.list`): the VM queries
 * are measured direct only; the BFF is measured with `dashboard.summary` (the one procedure that
 * sends upstream queries: counts and limit=10 pages) against the same upstream calls sent direct,
 * and with `system.info` (no upstream call once the version is known) against a direct GetVersion.
 *
 * Options: --requests N (2000) · --concurrency N (8) · --warmup N (200) · --vms N (100000) ·
 * --skip-scale (demo part and sizes only).
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { type QueryCondition, toRestQueryString } from '@zdash/zstack-api';
import superjson from 'superjson';
import {
  dashboardHostStatuses,
  dashboardVmStates,
} from '../apps/bff/src/features/dashboard/dashboardSummary.ts';
import { Load, type Measured, round } from './lib/load.ts';
import { type Started, startBff, startSimulator } from './lib/processes.ts';
import { webSizes } from './lib/webSizes.ts';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '200' },
    vms: { type: 'string', default: '100000' },
    'skip-scale': { type: 'boolean', default: false },
  },
});
const requests = Number(args.requests);
const concurrency = Number(args.concurrency);
const warmup = Number(args.warmup);

const log = (message: string) => process.stderr.write(`[bff-overhead] ${message}\n`);
const load = new Load({ warmup, requests, concurrency });
/** Everything started, stopped in `finally` (also on failure and on SIGINT/SIGTERM). */
const running = new Set<Started>();

async function stopAll(): Promise<void> {
  await Promise.all([...running].map((p) => p.stop()));
  running.clear();
}

/** A simulator and a BFF pointed at it; the caller stops both with {@link stopAll}. */
async function startPair(seed: string) {
  const started = performance.now();
  const sim = await startSimulator(seed);
  running.add(sim);
  log(
    `simulator (${seed}) pid ${sim.pid} at ${sim.url}, ${Math.round(performance.now() - started)} ms`,
  );
  const bff = await startBff(sim.url);
  running.add(bff);
  log(`BFF pid ${bff.pid} at ${bff.url}`);
  return { sim, bff, pids: { bff: bff.pid, sim: sim.pid } };
}

/** Direct REST access to a simulator as admin. */
async function direct(base: string) {
  const password = createHash('sha512').update('password').digest('hex');
  const login = await load.send(
    'PUT',
    `${base}/v1/accounts/login`,
    { 'content-type': 'application/json' },
    JSON.stringify({ logInByAccount: { accountName: 'admin', password } }),
  );
  const auth = { authorization: `OAuth ${(login.inventory as { uuid: string }).uuid}` };
  const json = { 'content-type': 'application/json' };
  return {
    get: (path: string) => load.send('GET', `${base}/v1/${path}`, auth),
    getVersion: () =>
      load.send('PUT', `${base}/v1/management-nodes/actions`, json, '{"getVersion":{}}'),
  };
}

/** tRPC over HTTP as a signed-in browser: one procedure per request (no batch link). */
async function viaBff(url: string) {
  const headers = { 'content-type': 'application/json', 'x-zdash-csrf': '1', origin: url };
  const res = await fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ json: { kind: 'account', accountName: 'admin', password: 'password' } }),
  });
  if (!res.ok) throw new Error(`auth.signIn: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  if (!cookie) throw new Error('auth.signIn set no cookie');
  const get = { cookie, origin: url };
  /** A query by GET, its result deserialized with superjson as the web app's client does. */
  return async <T = unknown>(path: string, input?: unknown): Promise<T> => {
    const query =
      input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    const body = await load.send('GET', `${url}/trpc/${path}${query}`, get);
    return superjson.deserialize((body as { result: { data: never } }).result.data) as T;
  };
}

type Direct = Awaited<ReturnType<typeof direct>>;

/**
 * The upstream calls `dashboard.summary` sends (apps/bff/src/features/dashboard/dashboardSummary.ts),
 * sent direct and at once, as the BFF does. The version is cached in the BFF (no call).
 */
function dashboardDirect(zs: Direct): () => Promise<unknown> {
  const q = (conditions: QueryCondition[], extra: { limit?: number; count?: boolean }) =>
    toRestQueryString({ conditions, ...extra });
  const paths = [
    'hosts/capacities/cpu-memory?all=true',
    `primary-storage?${q([], { limit: 50 })}`,
    ...dashboardVmStates.map(
      (value) => `vm-instances?${q([{ name: 'state', op: '=', value }], { count: true })}`,
    ),
    ...dashboardHostStatuses.map(
      (value) => `hosts?${q([{ name: 'status', op: '=', value }], { count: true })}`,
    ),
    `hosts?${q([{ name: 'status', op: '=', value: 'Disconnected' }], { limit: 10 })}`,
    `consoles/agents?${q([{ name: 'status', op: '!=', value: 'Connected' }], { limit: 10 })}`,
    `management-nodes?${q([], { limit: 10 })}`,
  ];
  return () => Promise.all(paths.map((path) => zs.get(path)));
}

interface Pair {
  procedure: string;
  directApi: string;
  direct: Measured;
  bff: Measured;
  addedP50Ms: number;
  throughputRatio: number;
  bffCpuMsPerReq: number;
  simCpuMsPerReq: { direct: number; bff: number };
}

function pair(procedure: string, directApi: string, d: Measured, b: Measured): Pair {
  return {
    procedure,
    directApi,
    direct: d,
    bff: b,
    addedP50Ms: round(b.p50Ms - d.p50Ms),
    throughputRatio: round(b.rps / d.rps),
    bffCpuMsPerReq: b.cpuMsPerReq.bff ?? Number.NaN,
    simCpuMsPerReq: {
      direct: d.cpuMsPerReq.sim ?? Number.NaN,
      bff: b.cpuMsPerReq.sim ?? Number.NaN,
    },
  };
}

const strip = ({ p50Ms, p99Ms, rps }: Measured) => ({ p50Ms, p99Ms, rps });

/** The demo seed: a limit=10 VM page (direct only), dashboard.summary, system.info, auditLog.list. */
async function demoPart() {
  const { sim, bff, pids } = await startPair('demo');
  try {
    const zs = await direct(sim.url);
    const trpc = await viaBff(bff.url);

    const pagePath = 'vm-instances?limit=10&sort=-createDate&replyWithCount=true';
    const first = (await zs.get(pagePath)) as { inventories?: unknown[]; total?: number };
    log(`demo: ${first.total} VMs, page of ${first.inventories?.length}`);
    const page = await load.measure('demo direct VM page limit=10', () => zs.get(pagePath), pids);

    const summary = await trpc<{ errors: unknown[] }>('dashboard.summary');
    if (summary.errors.length) throw new Error(`dashboard.summary: ${JSON.stringify(summary)}`);
    const dashDirect = await load.measure('demo direct dashboard calls', dashboardDirect(zs), pids);
    const dashBff = await load.measure(
      'demo bff dashboard.summary',
      () => trpc('dashboard.summary'),
      pids,
    );

    await trpc('system.info');
    const versionDirect = await load.measure('demo direct GetVersion', zs.getVersion, pids);
    const infoBff = await load.measure('demo bff system.info', () => trpc('system.info'), pids);

    const auditBff = await load.measure(
      'demo bff auditLog.list limit=10',
      () => trpc('auditLog.list', { limit: 10 }),
      pids,
    );
    return {
      dashboard: pair(
        'dashboard.summary',
        `the same ${dashboardVmStates.length + dashboardHostStatuses.length + 5} upstream calls, in parallel`,
        dashDirect,
        dashBff,
      ),
      overhead: pair('system.info', 'GetVersion', versionDirect, infoBff),
      vmPage: { api: `GET /v1/${pagePath}`, direct: page },
      auditLogList: {
        procedure: 'auditLog.list {limit:10} (store only, no upstream)',
        bff: auditBff,
      },
    };
  } finally {
    await stopAll();
  }
}

/** A's query at scale:N (direct only), dashboard.summary and system.info through the BFF. */
async function scalePart(vms: number) {
  const { sim, bff, pids } = await startPair(`scale:${vms}`);
  try {
    const zs = await direct(sim.url);
    const trpc = await viaBff(bff.url);

    const l3s = (await zs.get('l3-networks?fields=uuid,name')).inventories as { uuid: string }[];
    let flat = { uuid: '', vms: -1 };
    for (const l3 of l3s) {
      const reply = await zs.get(`vm-instances?q=vmNics.l3NetworkUuid%3D${l3.uuid}&count=true`);
      if (Number(reply.total) > flat.vms) flat = { uuid: l3.uuid, vms: Number(reply.total) };
    }
    const aPath =
      `vm-instances?q=state%3DRunning&q=vmNics.l3NetworkUuid%3D${flat.uuid}` +
      '&sort=-createDate&limit=50&replyWithCount=true';
    const check = (await zs.get(aPath)) as { inventories?: unknown[]; total?: number };
    if (check.inventories?.length !== 50) throw new Error(`A's query: ${check.total} matches`);
    const aQuery = await load.measure("scale direct A's query", () => zs.get(aPath), pids);

    await trpc('dashboard.summary');
    const dashDirect = await load.measure(
      'scale direct dashboard calls',
      dashboardDirect(zs),
      pids,
    );
    const dashBff = await load.measure(
      'scale bff dashboard.summary',
      () => trpc('dashboard.summary'),
      pids,
    );

    await trpc('system.info');
    const versionDirect = await load.measure('scale direct GetVersion', zs.getVersion, pids);
    const infoBff = await load.measure('scale bff system.info', () => trpc('system.info'), pids);
    return {
      vms,
      aQuery: { api: 'GET /v1/vm-instances (A §6 query, limit=50, ~100 KB)', direct: aQuery },
      dashboard: pair(
        'dashboard.summary',
        'the same upstream calls, in parallel',
        dashDirect,
        dashBff,
      ),
      overhead: pair('system.info', 'GetVersion', versionDirect, infoBff),
    };
  } finally {
    await stopAll();
  }
}

async function main(): Promise<void> {
  const sizes = webSizes();
  log(`sign-in route ${sizes.signInJsGzKB} KB gz, all JS ${sizes.appJsGzKB} KB gz`);
  const scale = args['skip-scale'] ? null : await scalePart(Number(args.vms));
  const demo = await demoPart();
  const top = demo.dashboard;
  const result = {
    procedure: top.procedure,
    directApi: top.directApi,
    missing:
      "no BFF procedure runs A's VM query or a VM page (vms.list): VM queries are measured direct only",
    direct: strip(top.direct),
    bff: strip(top.bff),
    addedP50Ms: top.addedP50Ms,
    throughputRatio: top.throughputRatio,
    bffCpuMsPerReq: top.bffCpuMsPerReq,
    simCpuMsPerReq: top.simCpuMsPerReq,
    overhead: demo.overhead,
    demoVmPage: demo.vmPage,
    auditLogList: demo.auditLogList,
    scale,
    signInJsGzKB: sizes.signInJsGzKB,
    appJsGzKB: sizes.appJsGzKB,
    signInChunks: sizes.signInChunks,
    run: { requests, concurrency, warmup, cpus: (await import('node:os')).availableParallelism() },
  };
  console.log(JSON.stringify(result));
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    process.stderr.write(
      `[bff-overhead] failed: ${error instanceof Error ? error.stack : error}\n`,
    );
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAll();
    load.close();
  });
