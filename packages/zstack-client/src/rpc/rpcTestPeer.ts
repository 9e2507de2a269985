import { type ApiSpec, findApi } from '@zdash/zstack-api';
import { ZStackClient } from '../client.ts';
import type { ZStackClientOptions } from '../clientOptions.ts';
import {
  type BareHandler,
  type BareServer,
  type SeenRequest,
  startBareServer,
} from '../test/bareServer.ts';

/**
 * Test helpers for a bare legacy-RPC peer: the RestAPIResponse shapes a node answers
 * (`RESTApiController`) and the message a request carried. Used by tests only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/rest/RESTApiController.java
 */

const date = 'Jan 6, 2017 3:51:16 AM';

/** The catalogue entry of `name` (throws for a name the catalogue lacks). */
export function entry(name: string): ApiSpec {
  const api = findApi(name);
  if (!api) throw new Error(`no catalogue entry ${name}`);
  return api;
}

/** A `Done` answer: the reply object serialised into `result`, as the node does. */
export function rpcDone(replyFqn: string, reply: Record<string, unknown>, uuid?: string) {
  const result = JSON.stringify({ [replyFqn]: reply });
  return {
    ...(uuid ? { uuid } : {}),
    state: 'Done',
    createdDate: date,
    finishedDate: date,
    result,
  };
}

/** A successful `Done` answer for API `name`. */
export function rpcOk(name: string, reply: Record<string, unknown> = {}, uuid?: string) {
  return rpcDone(entry(name).replyFqn, { ...reply, success: true }, uuid);
}

/** A failed `Done` answer for API `name`. */
export function rpcFail(name: string, error: Record<string, unknown>, uuid?: string) {
  return rpcDone(entry(name).replyFqn, { success: false, error }, uuid);
}

/** The answer to an async message: the node's job uuid, still running. */
export function rpcProcessing(uuid: string) {
  return { uuid, state: 'Processing', createdDate: date };
}

/** The message of a `POST /zstack/api`: its class name and fields (`['', {}]` for anything else). */
export function messageOf(request: SeenRequest): [string, Record<string, unknown>] {
  if (request.method !== 'POST' || !request.url.endsWith('/api')) return ['', {}];
  const [first] = Object.entries(JSON.parse(request.body) as Record<string, unknown>);
  return first ? [first[0], first[1] as Record<string, unknown>] : ['', {}];
}

/** The catalogue name of the message a request carried (`''` when it is not an RPC call). */
export function apiOf(request: SeenRequest): string {
  const [fqn] = messageOf(request);
  return fqn ? (findApi(fqn)?.name ?? fqn) : '';
}

/** A bare legacy node and a client on it, per test; `close()` in `afterEach`. */
export interface RpcNodes {
  /** Starts the node; the client speaks `rpc` to a known 1.2.0 unless `options` say otherwise. */
  open(
    handler: BareHandler,
    options?: Partial<ZStackClientOptions>,
  ): Promise<{ server: BareServer; root: ZStackClient; client: ZStackClient }>;
  /** A further client to close with the node. */
  track(client: ZStackClient): ZStackClient;
  close(): Promise<void>;
}

/** Bare legacy nodes whose clients are bound to `session`. */
export function rpcNodes(session: string): RpcNodes {
  const clients: ZStackClient[] = [];
  let server: BareServer | undefined;
  return {
    async open(handler, options = {}) {
      server = await startBareServer(handler);
      const root = new ZStackClient({
        endpoint: server.endpoint,
        transport: 'rpc',
        pollInterval: 1,
        zstackVersion: '1.2.0',
        ...options,
      });
      clients.push(root);
      return { server, root, client: root.withSession(session) };
    },
    track(client) {
      clients.push(client);
      return client;
    },
    async close() {
      for (const client of clients.splice(0)) client.close();
      await server?.close();
      server = undefined;
    },
  };
}

/** API `name` runs as job `job`: Processing on the POST and on the first `running` polls. */
export function rpcJob(
  name: string,
  job: string,
  running: number,
  finish: () => unknown,
): BareHandler {
  let polls = 0;
  return (req) => {
    if (apiOf(req) === name) return [200, rpcProcessing(job)];
    if (req.url.endsWith(`/api/result/${job}`)) {
      return [200, ++polls <= running ? rpcProcessing(job) : finish()];
    }
    return [404, 'no such thing'];
  };
}
