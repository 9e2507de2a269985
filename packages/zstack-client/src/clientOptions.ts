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
  /**
   * The first wait between polls of a legacy RPC job, ms; it grows like `pollInterval`.
   * Default 500 (zstack-cli's interval), or `pollInterval` when that is shorter.
   */
  rpcPollInterval?: number;
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
  /**
   * Wire protocol. `auto` (default): REST v1 where the node (1.9.0+) has a route for the API at
   * its version, else the legacy RPC (`POST /zstack/api`) — so 1.x nodes and RPC-only APIs work.
   * `rest` / `rpc` force one (`rest` refuses RPC-only APIs with `ZDASH.UNSUPPORTED`).
   */
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
  /**
   * The job's uuid (32 lowercase hex), chosen by the caller so it can record it before sending.
   * REST only: over the legacy RPC the node picks the uuid (see {@link SubmittedJob.transport}).
   */
  jobUuid?: string;
  /**
   * The API's timeout on the node, seconds. REST: `X-API-Timeout`, sent only to nodes ≥ 3.2.0;
   * legacy RPC: the message's `timeout` field (ms), understood by every version.
   */
  apiTimeoutSec?: number;
  /** `X-Web-Hook`: the node POSTs the result there when the job finishes. REST only (`ZDASH.UNSUPPORTED` over the RPC). */
  webHook?: string;
}

/** Options of {@link ZStackClient.followJob}. */
export interface FollowOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** The API the job belongs to, for error messages. */
  api?: string;
  /**
   * The `location` the job was submitted with, if recorded: it tells a REST job
   * (`…/v1/api-jobs/…`) from a legacy RPC one (`…/api/result/…`). The job is always polled on
   * the configured endpoint.
   */
  location?: string;
  /** The protocol the job was submitted over ({@link SubmittedJob.transport}); wins over `location`. */
  transport?: 'rest' | 'rpc';
}

/** What {@link ZStackClient.submit} returns: enough to follow the job later, from any process. */
export interface SubmittedJob {
  /** REST: the caller's `jobUuid` (or one the client chose). Legacy RPC: the uuid the node picked. */
  jobUuid: string;
  /** The polling URL, already rewritten onto the configured endpoint. */
  location: string;
  /**
   * The protocol that carried the call; pass it to `followJob`. Over `rpc` the node chose the job
   * uuid, so a process that dies between sending and the answer cannot find the job again: its
   * outcome is unknown (check the resource instead). `transportFor()` tells this before sending.
   */
  transport: 'rest' | 'rpc';
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
  rpcPollInterval: 500,
  timeoutMs: 300_000,
  jobTimeoutMs: 3 * 3600_000,
} as const;
