import http from 'node:http';
import https from 'node:https';
import { clientDefaults, type ZStackClientOptions } from './clientOptions.ts';
import { type Endpoint, parseEndpoint } from './endpoint.ts';
import type { BackoffPolicy } from './jobs/backoff.ts';
import { RestTransport } from './rest/restTransport.ts';
import { RpcTransport } from './rpc/rpcTransport.ts';
import { transportKindOf, type WireKind } from './rpc/selectTransport.ts';
import type { Transport, TransportKind } from './transport.ts';

/**
 * What a client and every `withSession` clone share: the endpoint, both transports over one
 * connection pool, the back-off policies, the defaults and the node's version once known.
 * Not exported from the package: callers build clients from options.
 */
export class ClientCore {
  readonly endpoint: Endpoint;
  /** The `transport` option: which protocol calls use (`auto` decides per call). */
  readonly transportKind: TransportKind;
  readonly rest: RestTransport;
  readonly rpc: RpcTransport;
  readonly backoff: BackoffPolicy;
  /** Polls of legacy RPC jobs start sooner, as zstack-cli's (500 ms). */
  readonly rpcBackoff: BackoffPolicy;
  readonly timeoutMs: number;
  readonly jobTimeoutMs: number;
  readonly agent: http.Agent;
  readonly #ownsAgent: boolean;
  #version: string | undefined;
  #pendingVersion: Promise<string | undefined> | undefined;

  constructor(options: ZStackClientOptions) {
    this.endpoint = parseEndpoint(options.endpoint);
    this.#ownsAgent = options.agent === undefined;
    // One keep-alive pool per client: the dashboard makes many small calls to one node.
    this.agent =
      options.agent ??
      (this.endpoint.protocol === 'https:'
        ? new https.Agent({ keepAlive: true })
        : new http.Agent({ keepAlive: true }));
    this.backoff = {
      initialMs: options.pollInterval ?? clientDefaults.pollInterval,
      factor: options.pollBackoff ?? clientDefaults.pollBackoff,
      maxMs: options.pollMaxInterval ?? clientDefaults.pollMaxInterval,
    };
    this.timeoutMs = options.timeoutMs ?? clientDefaults.timeoutMs;
    this.jobTimeoutMs = options.jobTimeoutMs ?? clientDefaults.jobTimeoutMs;
    this.rpcBackoff = {
      ...this.backoff,
      initialMs:
        options.rpcPollInterval ?? Math.min(this.backoff.initialMs, clientDefaults.rpcPollInterval),
    };
    this.#version = options.zstackVersion;
    this.transportKind = transportKindOf(options.transport);
    const wire = { endpoint: this.endpoint, agent: this.agent, onRequest: options.onRequest };
    this.rest = new RestTransport(wire);
    this.rpc = new RpcTransport(wire);
  }

  /** The transport of a protocol. */
  transportOf(kind: WireKind): Transport {
    return kind === 'rpc' ? this.rpc : this.rest;
  }

  /** How a job of that protocol is polled. */
  backoffOf(kind: WireKind): BackoffPolicy {
    return kind === 'rpc' ? this.rpcBackoff : this.backoff;
  }

  /** The node's version if known (from the options or an earlier GetVersion). */
  get knownVersion(): string | undefined {
    return this.#version;
  }

  set knownVersion(version: string | undefined) {
    this.#version = version;
  }

  /**
   * The node's version, fetching it once with `fetch` when unknown. Concurrent callers share one
   * request; a failure answers `undefined` and is not cached.
   */
  versionOnce(fetch: () => Promise<string>): Promise<string | undefined> {
    if (this.#version !== undefined) return Promise.resolve(this.#version);
    this.#pendingVersion ??= fetch()
      .then((version) => {
        this.#version = version;
        return version;
      })
      .catch(() => undefined)
      .finally(() => {
        this.#pendingVersion = undefined;
      });
    return this.#pendingVersion;
  }

  /** Closes pooled connections if the client created the agent. */
  close(): void {
    if (this.#ownsAgent) this.agent.destroy();
  }
}
