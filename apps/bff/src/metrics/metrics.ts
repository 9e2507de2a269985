import type { RequestEvent } from '@zdash/zstack-client';

const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function labelText(labels: Record<string, string>): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

class Family {
  readonly counters = new Map<string, number>();
  readonly histograms = new Map<string, Histogram>();
}

/**
 * The few Prometheus metrics the BFF exports, kept in memory and rendered as text exposition
 * format at /metrics: requests and latency per procedure, upstream ZStack latency per API, open
 * WebSockets. No client library: the format is simple and the label sets are bounded (procedure
 * and API names come from code, never from input).
 */
export class Metrics {
  readonly #requests = new Family();
  readonly #upstream = new Family();
  #openSockets = 0;

  /** One tRPC procedure call. */
  procedure(path: string, type: string, code: string, seconds: number): void {
    observe(
      this.#requests,
      labelText({ procedure: path, type, code }),
      labelText({ procedure: path, type }),
      seconds,
    );
  }

  /** One HTTP exchange with ZStack (from the client's onRequest hook). */
  upstream(api: string, kind: string, status: string, seconds: number): void {
    observe(this.#upstream, labelText({ api, kind, status }), labelText({ api, kind }), seconds);
  }

  socketOpened(): void {
    this.#openSockets += 1;
  }

  socketClosed(): void {
    this.#openSockets = Math.max(0, this.#openSockets - 1);
  }

  get openSockets(): number {
    return this.#openSockets;
  }

  /** The client's `onRequest` hook feeding {@link Metrics.upstream}. */
  upstreamHook(): (event: RequestEvent) => void {
    return (e) =>
      this.upstream(e.api ?? 'unknown', e.kind, String(e.status ?? 'none'), e.durationMs / 1000);
  }

  /** The Prometheus text exposition. */
  render(): string {
    const out: string[] = [];
    renderFamily(
      out,
      'zdash_trpc_requests_total',
      'zdash_trpc_request_duration_seconds',
      'tRPC procedure calls',
      this.#requests,
    );
    renderFamily(
      out,
      'zdash_zstack_requests_total',
      'zdash_zstack_request_duration_seconds',
      'HTTP exchanges with the ZStack management node',
      this.#upstream,
    );
    out.push('# HELP zdash_websockets_open Open WebSocket connections');
    out.push('# TYPE zdash_websockets_open gauge');
    out.push(`zdash_websockets_open ${this.#openSockets}`);
    return `${out.join('\n')}\n`;
  }
}

function observe(family: Family, counterKey: string, histogramKey: string, seconds: number): void {
  family.counters.set(counterKey, (family.counters.get(counterKey) ?? 0) + 1);
  let h = family.histograms.get(histogramKey);
  if (!h) {
    h = { counts: buckets.map(() => 0), sum: 0, count: 0 };
    family.histograms.set(histogramKey, h);
  }
  h.sum += seconds;
  h.count += 1;
  for (const [i, b] of buckets.entries()) {
    if (seconds <= b) h.counts[i] = (h.counts[i] ?? 0) + 1;
  }
}

function renderFamily(
  out: string[],
  counter: string,
  histogram: string,
  help: string,
  family: Family,
): void {
  out.push(`# HELP ${counter} ${help}`, `# TYPE ${counter} counter`);
  for (const [labels, n] of family.counters) out.push(`${counter}${labels} ${n}`);
  out.push(`# HELP ${histogram} ${help}: latency`, `# TYPE ${histogram} histogram`);
  for (const [labels, h] of family.histograms) {
    const inner = labels.slice(1, -1);
    for (const [i, b] of buckets.entries()) {
      out.push(`${histogram}_bucket{${inner},le="${b}"} ${h.counts[i]}`);
    }
    out.push(`${histogram}_bucket{${inner},le="+Inf"} ${h.count}`);
    out.push(`${histogram}_sum${labels} ${h.sum}`, `${histogram}_count${labels} ${h.count}`);
  }
}
