import { sha512Hex } from '../core/boot.ts';
import { runtimeOf, type SimRuntime } from '../core/runtime.ts';
import { type RunningSimulator, type SimulatorOptions, startSimulator } from '../index.ts';

/**
 * Test helpers over a real simulator on an ephemeral loopback port: raw HTTP calls (status and
 * text, as an SDK sees them), login, and event-driven job waits (no sleeps).
 */
export interface HttpAnswer {
  readonly status: number;
  readonly text: string;
  /** The parsed JSON body; `{}` for a plain-text one. */
  readonly json: Record<string, unknown>;
  readonly contentType: string | null;
}

export interface CallOptions {
  readonly body?: unknown;
  readonly session?: string;
  readonly headers?: Record<string, string>;
}

export interface TestSim {
  readonly running: RunningSimulator;
  readonly rt: SimRuntime;
  readonly url: string;
  call(method: string, path: string, options?: CallOptions): Promise<HttpAnswer>;
  login(accountName?: string, password?: string): Promise<string>;
  /** Waits for the job behind a 202 and returns its poll answer. */
  finish(accepted: HttpAnswer): Promise<HttpAnswer>;
  close(): Promise<void>;
}

export async function startTestSim(options: SimulatorOptions = {}): Promise<TestSim> {
  const running = await startSimulator({ timeScale: 0.001, ...options });
  const rt = runtimeOf(running.sim);
  const call = async (method: string, path: string, opts: CallOptions = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.session) headers.Authorization = `OAuth ${opts.session}`;
    const target = path.startsWith('http') ? path : `${running.url}${path}`;
    const response = await fetch(target, {
      method,
      headers,
      ...(opts.body === undefined
        ? {}
        : { body: typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body) }),
    });
    const text = await response.text();
    const contentType = response.headers.get('content-type');
    const json = contentType?.startsWith('application/json')
      ? (JSON.parse(text) as Record<string, unknown>)
      : {};
    return { status: response.status, text, json, contentType };
  };
  return {
    running,
    rt,
    url: running.url,
    call,
    async login(accountName = 'admin', password = 'password') {
      const answer = await call('PUT', '/v1/accounts/login', {
        body: { logInByAccount: { accountName, password: sha512Hex(password) } },
      });
      const inventory = answer.json.inventory as { uuid?: string } | undefined;
      if (answer.status !== 200 || !inventory?.uuid)
        throw new Error(`login failed: ${answer.text}`);
      return inventory.uuid;
    },
    async finish(accepted) {
      const location = String(accepted.json.location ?? '');
      const uuid = location.split('/').at(-1) ?? '';
      await rt.jobs.waitFor(uuid);
      return call('GET', location);
    },
    close: () => running.close(),
  };
}

/** A promise with its resolve exposed, to hold a scripted job open. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
