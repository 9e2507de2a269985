/**
 * The load generator of `bench/bffOverhead.ts`: node:http with a keep-alive agent, latency at
 * concurrency 1 and throughput at concurrency N, CPU ms per request of the measured processes.
 */
import http from 'node:http';
import { cpuMs } from './processes.ts';

export interface Figures {
  p50Ms: number;
  p99Ms: number;
  rps: number;
}

export interface Measured extends Figures {
  /** CPU ms per request of each watched process (by label), over the measured calls. */
  cpuMsPerReq: Record<string, number>;
}

export interface LoadOptions {
  warmup: number;
  requests: number;
  concurrency: number;
}

export class Load {
  readonly #agent: http.Agent;
  readonly #options: LoadOptions;

  constructor(options: LoadOptions) {
    this.#options = options;
    // No socket cap, like the BFF's own client: parallel calls (the dashboard's) are not queued.
    this.#agent = new http.Agent({ keepAlive: true });
  }

  /** One request; resolves with the parsed JSON body (every reply is parsed, as a client would). */
  send(method: string, url: string, headers: Record<string, string>, body?: string) {
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      const request = http.request(url, { method, headers, agent: this.#agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          if ((response.statusCode ?? 0) >= 300) {
            reject(new Error(`${method} ${url}: ${response.statusCode} ${text.slice(0, 300)}`));
          } else resolve(text ? (JSON.parse(text) as Record<string, unknown>) : {});
        });
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end(body);
    });
  }

  /**
   * Warm-up, then `requests` calls one at a time (p50/p99), then `requests` calls from
   * `concurrency` workers (requests per second). CPU of `pids` over both measured parts.
   */
  async measure(
    label: string,
    call: () => Promise<unknown>,
    pids: Record<string, number>,
  ): Promise<Measured> {
    const { warmup, requests, concurrency } = this.#options;
    for (let i = 0; i < warmup; i++) await call();
    const before = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, cpuMs(pid)]));
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
    const cpuMsPerReq = Object.fromEntries(
      Object.entries(pids).map(([k, pid]) => [
        k,
        Math.round(((cpuMs(pid) - (before[k] ?? 0)) / (2 * requests)) * 1000) / 1000,
      ]),
    );
    const figures: Measured = {
      p50Ms: round(percentile(latencies, 0.5)),
      p99Ms: round(percentile(latencies, 0.99)),
      rps: Math.round(requests / seconds),
      cpuMsPerReq,
    };
    const cpu = Object.entries(cpuMsPerReq)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ');
    process.stderr.write(
      `[bff-overhead] ${label.padEnd(34)} p50 ${figures.p50Ms} ms · p99 ${figures.p99Ms} ms (c=1) · ` +
        `${figures.rps} req/s (c=${concurrency}) · CPU ms/req: ${cpu}\n`,
    );
    return figures;
  }

  close(): void {
    this.#agent.destroy();
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;

/** Two decimals. */
export const round = (n: number) => Math.round(n * 100) / 100;
