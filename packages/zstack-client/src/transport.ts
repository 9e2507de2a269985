import type { ApiSpec, QueryInput } from '@zdash/zstack-api';

/**
 * Which wire protocol a client speaks: `rest` (REST v1, 1.9.0+), `rpc` (the legacy HTTP RPC of
 * 0.x/1.x, still served by current nodes) or `auto`, which picks per call from the node's version
 * and the API's REST route.
 */
export type TransportKind = 'rest' | 'rpc' | 'auto';

/** A finished exchange, reported to the client's `onRequest` hook (for metrics; no secrets). */
export interface RequestEvent {
  /** The catalogue name, when the exchange belongs to one API. */
  readonly api?: string;
  /** `call`: the API request itself; `poll`: one look at a job's result. */
  readonly kind: 'call' | 'poll';
  readonly method: string;
  /** With session uuids replaced by `***`. */
  readonly url: string;
  /** Undefined when no reply arrived (connection failure, abort, deadline). */
  readonly status?: number;
  readonly durationMs: number;
  readonly jobUuid?: string;
}

/** Everything a transport needs to send one API call. */
export interface TransportCall {
  readonly api: ApiSpec;
  readonly params: Readonly<Record<string, unknown>>;
  /** For Query APIs: conditions, paging, sort. */
  readonly query?: QueryInput;
  /** The session uuid, absent for `noSession` APIs. */
  readonly session?: string;
  /** The request id / job id the client chose (32 hex); REST only — the RPC's node picks its own. */
  readonly jobUuid: string;
  /** Per-call API timeout; the client only sets it where the node understands it (REST: 3.2.0+). */
  readonly apiTimeoutSec?: number;
  /** Completion callback URL (REST `X-Web-Hook`; the RPC has none and refuses it). */
  readonly webHook?: string;
  readonly signal?: AbortSignal;
  /** Epoch ms. */
  readonly deadline: number;
}

/** Where a running job can be looked at. */
export interface JobRef {
  readonly jobUuid: string;
  /** The transport's polling address (already rewritten onto the configured endpoint). */
  readonly location: string;
  readonly api?: string;
  /** Sent on polls (the SDKs do; the REST job endpoint does not require it). */
  readonly session?: string;
}

/** The answer to a call: a sync result, or an accepted job to follow. */
export type SendOutcome =
  | { readonly kind: 'done'; readonly body: unknown }
  | { readonly kind: 'accepted'; readonly job: JobRef };

/** One look at a job. Failures (the job failed, expired, the node is gone) are thrown as ZStackError. */
export type PollOutcome =
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly body: unknown };

/**
 * A wire protocol: REST v1 ({@link RestTransport}) or the legacy HTTP RPC ({@link RpcTransport},
 * `POST /zstack/api`, `GET /zstack/api/result/{uuid}`), so the client's sessions, back-off,
 * deadlines and errors stay the same. Bodies are returned in the REST v1 shape (`{inventory}`,
 * `{inventories,total}`, `{}`), whatever the wire carried.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/rest/RESTApiController.java
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java
 */
export interface Transport {
  readonly kind: 'rest' | 'rpc';
  /** Sends a call. Throws ZStackError for a failed sync call or a refused request. */
  send(call: TransportCall): Promise<SendOutcome>;
  /** Looks at a job once. */
  poll(job: JobRef, options: { signal?: AbortSignal; deadline: number }): Promise<PollOutcome>;
  /** The job reference of a job known only by uuid. */
  jobRef(jobUuid: string, api?: string, session?: string): JobRef;
}
