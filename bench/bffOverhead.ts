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
 * Pairs: `vms.list` against the very REST query it sends upstream (built by the BFF's own
 * `vmListQuery`, so both sides ask the simulator the same thing): a limit=10 page on the demo seed
 * (the top-level figures) and A's query at scale; `system.info` (no upstream call once the version
 * is known) against a direct GetVersion, the BFF's fixed cost.
 *
 * Options: --requests N (2000) · --concurrency N (8) · --warmup N (200) · --vms N (100000) ·
 * --skip-scale (demo part and sizes only).
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { type VmListInput, vmListInput } from '@zdash/schemas';
import { toRestQueryString } from '@zdash/zstack-api';
import superjson from 'superjson';
import { vmListQuery } from '../apps/bff/src/features/vms/vmList.ts';
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

/** The REST path of the query `vms.list` sends for `input` (the same conditions, paging, sort). */
function vmListPath(input: Partial<VmListInput>): string {
  return `vm-instances?${toRestQueryString(vmListQuery(vmListInput.parse(input)))}`;
}

interface VmPage {
  total: number;
  items: unknown[];
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

/** `vms.list` with `input` vs the same REST query direct, after checking both answer alike. */
async function vmListPair(
  label: string,
  zs: Awaited<ReturnType<typeof direct>>,
  trpc: Awaited<ReturnType<typeof viaBff>>,
  input: Partial<VmListInput>,
  pids: Record<string, number>,
  fullPage = false,
) {
  const path = vmListPath(input);
  const raw = (await zs.get(path)) as { inventories?: unknown[]; total?: number };
  const page = await trpc<VmPage>('vms.list', input);
  if (page.total !== raw.total || page.items.length !== raw.inventories?.length) {
    throw new Error(`${label}: vms.list ${page.total}/${page.items.length} vs direct ${raw.total}`);
  }
  if (fullPage && page.items.length !== input.limit) {
    throw new Error(`${label}: ${page.total} matches, not a full page`);
  }
  log(`${label}: ${page.total} VMs match, page of ${page.items.length}; direct GET /v1/${path}`);
  const d = await load.measure(`${label} direct`, () => zs.get(path), pids);
  const b = await load.measure(`${label} bff vms.list`, () => trpc('vms.list', input), pids);
  return pair(`vms.list ${JSON.stringify(input)}`, `GET /v1/${path}`, d, b);
}

/** The BFF's fixed cost: `system.info` (no upstream call once the version is known) vs GetVersion. */
async function overheadPair(
  label: string,
  zs: Awaited<ReturnType<typeof direct>>,
  trpc: Awaited<ReturnType<typeof viaBff>>,
  pids: Record<string, number>,
) {
  await trpc('system.info');
  const versionDirect = await load.measure(`${label} direct GetVersion`, zs.getVersion, pids);
  const infoBff = await load.measure(`${label} bff system.info`, () => trpc('system.info'), pids);
  return pair('system.info', 'GetVersion', versionDirect, infoBff);
}

/** The demo seed: a limit=10 VM page through `vms.list` and direct; the fixed overhead. */
async function demoPart() {
  const { sim, bff, pids } = await startPair('demo');
  try {
    const zs = await direct(sim.url);
    const trpc = await viaBff(bff.url);
    const vmPage = await vmListPair(
      'demo page',
      zs,
      trpc,
      { limit: 10, sort: { by: 'createDate', direction: 'desc' } },
      pids,
    );
    const overhead = await overheadPair('demo', zs, trpc, pids);
    return { vmPage, overhead };
  } finally {
    await stopAll();
  }
}

/** A's query at scale:N through `vms.list` and direct; the fixed overhead. */
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
    const aQuery = await vmListPair(
      "scale A's query",
      zs,
      trpc,
      {
        limit: 50,
        filters: { state: ['Running'], l3NetworkUuid: flat.uuid },
        sort: { by: 'createDate', direction: 'desc' },
      },
      pids,
      true,
    );
    const overhead = await overheadPair('scale', zs, trpc, pids);
    return { vms, aQuery, overhead };
  } finally {
    await stopAll();
  }
}

async function main(): Promise<void> {
  const sizes = webSizes();
  log(`sign-in route ${sizes.signInJsGzKB} KB gz, all JS ${sizes.appJsGzKB} KB gz`);
  const scale = args['skip-scale'] ? null : await scalePart(Number(args.vms));
  const demo = await demoPart();
  const top = demo.vmPage;
  const result = {
    procedure: 'vms.list',
    input: top.procedure,
    directApi: top.directApi,
    direct: strip(top.direct),
    bff: strip(top.bff),
    addedP50Ms: top.addedP50Ms,
    throughputRatio: top.throughputRatio,
    bffCpuMsPerReq: top.bffCpuMsPerReq,
    simCpuMsPerReq: top.simCpuMsPerReq,
    overhead: demo.overhead,
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
