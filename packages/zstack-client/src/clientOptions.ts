import type http from 'node:http';
import type { ApiName, Catalog, Feature, ParamsOf, ResultOf } from '@zdash/zstack-api';
import type { RequestEvent, TransportKind } from './transport.ts';

/**
 * Construction options of {@link ZStackClient}.
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/ZSConfig.java
 */
export interface ZStackClientOptions {
  /** The node with its context path, e.g. `http://10.0.0.5:8080/zstack` (a trailing slash is fine). */
  endpoint: string;
  /** The first wait between polls of a job, ms. Default 1000 (the SDKs' interval). */
  pollInterval?: number;
  /** Growth of the wait per poll. Default 1.5. */
  pollBackoff?: number;
  /** The longest wait between polls, ms. Default 5000. */
  pollMaxInterval?: number;
  /** Default deadline of a sync call, ms. Default 300 000 (the node's own sync-call timeout is 5 min). */
  timeoutMs?: number;
  /** Default deadline of an async call including following its job, ms. Default 3 h (the SDKs' polling timeout). */
  jobTimeoutMs?: number;
  /** Connection pool. Default: a keep-alive agent owned (and closed) by the client. */
  agent?: http.Agent;
  /** Called after every HTTP exchange, for metrics. URLs have session uuids redacted. */
  onRequest?: (event: RequestEvent) => void;
  /** Wire protocol. `auto` (default) and `rest` use REST v1; `rpc` arrives with the legacy transport. */
  transport?: TransportKind;
  /** The node's version when already known; saves a GetVersion. */
  zstackVersion?: string;
}

/** Per-call options. */
export interface CallOptions {
  /** Cancels the call (and stops following its job; the job itself keeps running on the node). */
  signal?: AbortSignal;
  /** Overall deadline of this call in ms, including following its job. */
  timeoutMs?: number;
  /** The job's uuid (32 lowercase hex), chosen by the caller so it can record it before sending. */
  jobUuid?: string;
  /** `X-API-Timeout` in seconds; sent only to nodes ≥ 3.2.0, ignored (not sent) before. */
  apiTimeoutSec?: number;
  /** `X-Web-Hook`: the node POSTs the result there when the job finishes. */
  webHook?: string;
}

/** Options of {@link ZStackClient.followJob}. */
export interface FollowOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** The API the job belongs to, for error messages. */
  api?: string;
  /** The `location` the node gave, if recorded (it is rewritten onto the endpoint); default `/v1/api-jobs/{uuid}`. */
  location?: string;
}

/** What {@link ZStackClient.submit} returns: enough to follow the job later, from any process. */
export interface SubmittedJob {
  jobUuid: string;
  /** The polling URL, already rewritten onto the configured endpoint. */
  location: string;
}

/** `systemTags`/`userTags`: accepted by every API from 1.9, sent at the top level of the body. */
export interface TagParams {
  systemTags?: string[];
  userTags?: string[];
}

/** The parameters of an API, typed from the catalogue. */
export type CallParams<TName extends ApiName> = ParamsOf<Catalog[TName]> & TagParams;

/** The REST reply body of an API, typed from the catalogue. */
export type CallResult<TName extends ApiName> = ResultOf<Catalog[TName]>;

/** Names of the Query APIs (entries with a `queryInventory`). */
export type QueryApiName = {
  [TName in ApiName]: Catalog[TName] extends { queryInventory: string } ? TName : never;
}[ApiName];

/** The inventory type a Query API returns. */
export type InventoryOf<TName extends QueryApiName> =
  CallResult<TName> extends { inventories: (infer TInventory)[] } ? TInventory : unknown;

/** A query's rows, and the total when `replyWithCount` was asked. */
export interface QueryReply<TInventory> {
  inventories: TInventory[];
  total?: number;
}

/** What {@link ZStackClient.capabilities} answers: the node's version and its feature flags. */
export interface NodeCapabilities {
  version: string;
  flags: Record<Feature, boolean>;
}

/** Who logs in with {@link ZStackClient.loginByUser}: the account by name or uuid, and the user. */
export type UserLogin = ({ accountName: string } | { accountUuid: string }) & {
  userName: string;
  /** Plaintext; the client sends its SHA-512 hex. */
  password: string;
};

/** Defaults of the options above. */
export const clientDefaults = {
  pollInterval: 1000,
  pollBackoff: 1.5,
  pollMaxInterval: 5000,
  timeoutMs: 300_000,
  jobTimeoutMs: 3 * 3600_000,
} as const;
