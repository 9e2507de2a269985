import { ZStackClient } from '../client.ts';
import type { ZStackClientOptions } from '../clientOptions.ts';

/** The node a contract suite runs against: the simulator, or a real node from the environment. */
export interface ContractTarget {
  endpoint: string;
  /** The admin account's plaintext password. */
  password: string;
  /** True for the embedded simulator (tests that need a simulator-only seed check this). */
  simulated: boolean;
  /** A fresh client for the target, closed with the target. */
  client(options?: Partial<ZStackClientOptions>): ZStackClient;
  close(): Promise<void>;
}

/** The simulator's `startSimulator`, passed in by the test file (only tests may import the simulator). */
export type StartSimulator = (options: {
  port: number;
  db: string;
  timeScale: number;
  seed?: string;
}) => Promise<{ url: string; close(): Promise<void> }>;

/**
 * `ZSTACK_CONTRACT_URL` (e.g. `http://10.0.0.5:8080/zstack`) and `ZSTACK_CONTRACT_PASSWORD` (the
 * admin password, default `password`) point the suite at a real node; otherwise it starts the
 * simulator on port 0 with `timeScale` 0.01 (and the `demo` seed when asked).
 */
export async function openContractTarget(
  startSimulator: StartSimulator,
  seed?: 'demo',
): Promise<ContractTarget> {
  const clients: ZStackClient[] = [];
  const real = process.env.ZSTACK_CONTRACT_URL;
  const sim = real
    ? undefined
    : await startSimulator({ port: 0, db: ':memory:', timeScale: 0.01, seed });
  const endpoint = real ?? sim?.url ?? '';
  return {
    endpoint,
    password: (real && process.env.ZSTACK_CONTRACT_PASSWORD) || 'password',
    simulated: !real,
    client(options = {}) {
      // Fast polls against the simulator; SDK-like ones against a real node.
      const client = new ZStackClient({ endpoint, pollInterval: real ? 500 : 5, ...options });
      clients.push(client);
      return client;
    },
    async close() {
      for (const client of clients) client.close();
      await sim?.close();
    },
  };
}
