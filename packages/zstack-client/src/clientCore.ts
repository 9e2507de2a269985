import http from 'node:http';
import https from 'node:https';
import { clientDefaults, type ZStackClientOptions } from './clientOptions.ts';
import { type Endpoint, parseEndpoint } from './endpoint.ts';
import { clientErrorCodes, ZStackError } from './errors.ts';
import type { BackoffPolicy } from './jobs/backoff.ts';
import { RestTransport } from './rest/restTransport.ts';
import type { Transport } from './transport.ts';

/**
 * What a client and every `withSession` clone share: the endpoint, the transport with its
 * connection pool, the back-off policy, the defaults and the node's version once known.
 * Not exported from the package: callers build clients from options.
 */
export class ClientCore {
  readonly endpoint: Endpoint;
  readonly transport: Transport;
  readonly backoff: BackoffPolicy;
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
    this.#version = options.zstackVersion;
    const kind = options.transport ?? 'auto';
    if (kind === 'rpc') {
      throw new ZStackError({
        code: clientErrorCodes.UNSUPPORTED,
        description:
          "the legacy RPC transport is not available yet; use transport 'rest' or 'auto'",
      });
    }
    this.transport = new RestTransport({
      endpoint: this.endpoint,
      agent: this.agent,
      onRequest: options.onRequest,
    });
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
