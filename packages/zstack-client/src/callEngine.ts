import { type ApiSpec, findApi, hasCapability, newUuid, type QueryInput } from '@zdash/zstack-api';
import { assertAvailable, assertJobUuid, lookupApi } from './apiGuards.ts';
import type { ClientCore } from './clientCore.ts';
import type { CallOptions, FollowOptions } from './clientOptions.ts';
import { clientErrorCodes, ZStackError } from './errors.ts';
import { followJob } from './jobs/followJob.ts';
import {
  assertRpcAvailable,
  chooseTransport,
  isRestRouteMissing,
  jobTransport,
  transportOfLocation,
  type WireKind,
} from './rpc/selectTransport.ts';
import type { SessionState } from './sessions/session.ts';
import type { JobRef, SendOutcome, Transport } from './transport.ts';

/**
 * The call path shared by every ZStackClient method: checks, the transport for the API and the
 * node's version, what that version allows, following the job, and the session bookkeeping
 * (slide on success, expire on ID.1001).
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/ZSClient.java
 */
export interface CallContext {
  readonly core: ClientCore;
  readonly session: SessionState | undefined;
}

/** The session an API needs; `ZDASH.NO_SESSION` when there is none. */
export function requireSession(session: SessionState | undefined): SessionState {
  if (!session) {
    throw new ZStackError({ code: clientErrorCodes.NO_SESSION, description: 'not logged in' });
  }
  return session;
}

/** The call's overall deadline (epoch ms): the option, else the client's sync or job default. */
export function deadlineOf(core: ClientCore, api: ApiSpec, options: CallOptions): number {
  return Date.now() + (options.timeoutMs ?? (api.async ? core.jobTimeoutMs : core.timeoutMs));
}

/** What `send` reports: the answer, and the transport that carried it (polls use the same one). */
export interface Sent {
  readonly outcome: SendOutcome;
  readonly transport: Transport;
}

/** Sends a call and, for a job, follows it: the REST body of the result. */
export async function invoke(
  ctx: CallContext,
  api: ApiSpec,
  params: Readonly<Record<string, unknown>>,
  options: CallOptions = {},
  query?: QueryInput,
): Promise<unknown> {
  const deadline = deadlineOf(ctx.core, api, options);
  const { outcome, transport } = await send(ctx, api, params, options, deadline, query);
  if (outcome.kind === 'done') return outcome.body;
  return follow(ctx, transport, outcome.job, options.signal, deadline);
}

/**
 * Sends a call without following it, over the transport the client's `transport` option picks.
 * `auto` with the node's version still unknown tries REST; when the node answers
 * with the REST 404 of a legacy node, the version is learnt and the call goes over the RPC.
 */
export async function send(
  ctx: CallContext,
  api: ApiSpec,
  params: Readonly<Record<string, unknown>>,
  options: CallOptions,
  deadline: number,
  query?: QueryInput,
): Promise<Sent> {
  const { core } = ctx;
  const session = api.noSession ? undefined : requireSession(ctx.session);
  assertJobUuid(api, options.jobUuid);
  const kind = chooseTransport(core.transportKind, api, core.knownVersion);
  const guessed = core.transportKind === 'auto' && core.knownVersion === undefined;
  const request = { api, params, options, deadline, query, session: session?.uuid };
  try {
    let sent: Sent;
    try {
      sent = await sendVia(core, kind, request);
    } catch (error) {
      if (!guessed || kind !== 'rest' || !isRestRouteMissing(error)) throw error;
      // GetVersion is how the version is learnt: after a REST 404 it can only be the RPC's.
      if (api.name !== 'GetVersion') {
        const version = await nodeVersion(core);
        if (version === undefined || chooseTransport('auto', api, version) !== 'rpc') throw error;
      }
      sent = await sendVia(core, 'rpc', request);
    }
    session?.touch();
    return sent;
  } catch (error) {
    noteFailure(error, session);
    throw error;
  }
}

interface OutgoingCall {
  readonly api: ApiSpec;
  readonly params: Readonly<Record<string, unknown>>;
  readonly options: CallOptions;
  readonly deadline: number;
  readonly query?: QueryInput;
  readonly session?: string;
}

async function sendVia(core: ClientCore, kind: WireKind, call: OutgoingCall): Promise<Sent> {
  const { api, options } = call;
  const transport = core.transportOf(kind);
  let apiTimeoutSec: number | undefined;
  if (kind === 'rpc') {
    assertRpcAvailable(api, core.knownVersion);
    // The message's own `timeout` field: every version reads it.
    if (api.async) apiTimeoutSec = options.apiTimeoutSec;
  } else {
    assertAvailable(api, core.knownVersion);
    if (api.async && options.apiTimeoutSec !== undefined) {
      // X-API-Timeout exists from 3.2.0; older nodes would ignore it, so it is not sent at all.
      const version = await nodeVersion(core);
      if (version !== undefined && hasCapability(version, 'apiTimeoutHeader')) {
        apiTimeoutSec = options.apiTimeoutSec;
      }
    }
  }
  const outcome = await transport.send({
    api,
    params: call.params,
    query: call.query,
    session: call.session,
    jobUuid: options.jobUuid ?? newUuid(),
    apiTimeoutSec,
    webHook: options.webHook,
    signal: options.signal,
    deadline: call.deadline,
  });
  return { outcome, transport };
}

/** Follows a job to its end over the transport that started it. */
export async function follow(
  ctx: CallContext,
  transport: Transport,
  job: JobRef,
  signal: AbortSignal | undefined,
  deadline: number,
): Promise<unknown> {
  try {
    return await followJob(transport, job, {
      backoff: ctx.core.backoffOf(transport.kind),
      signal,
      deadline,
    });
  } catch (error) {
    noteFailure(error, ctx.session);
    throw error;
  }
}

/**
 * Follows a job known by uuid over the transport it was submitted with (`options.transport`, or
 * told by `location`), else the one the client would pick for its API. With the node's version
 * unknown that is REST; a 404 there makes the client learn the version, and a 1.x node's job is
 * then looked for on the RPC.
 */
export async function resume(
  ctx: CallContext,
  jobUuid: string,
  options: FollowOptions,
): Promise<unknown> {
  const { core } = ctx;
  const deadline = Date.now() + (options.timeoutMs ?? core.jobTimeoutMs);
  const recorded = options.transport ?? transportOfLocation(options.location);
  const api = options.api === undefined ? undefined : findApi(options.api);
  const kind = recorded ?? jobTransport(core.transportKind, api, core.knownVersion);
  const guessed = !recorded && core.transportKind === 'auto' && core.knownVersion === undefined;
  const followVia = (via: WireKind) => {
    const transport = core.transportOf(via);
    const job = transport.jobRef(jobUuid, options.api, ctx.session?.uuid);
    return follow(ctx, transport, job, options.signal, deadline);
  };
  try {
    return await followVia(kind);
  } catch (error) {
    const expired = error instanceof ZStackError && error.code === clientErrorCodes.JOB_EXPIRED;
    if (!guessed || kind !== 'rest' || !expired) throw error;
    const version = await nodeVersion(core);
    if (version === undefined || jobTransport('auto', api, version) !== 'rpc') throw error;
    return followVia('rpc');
  }
}

/** GetVersion (no session); refreshes the shared cache. */
export async function fetchVersion(core: ClientCore, options?: CallOptions): Promise<string> {
  const body = await invoke({ core, session: undefined }, lookupApi('GetVersion'), {}, options);
  const version = String((body as { version?: unknown }).version ?? '');
  if (!version) {
    throw new ZStackError({
      code: clientErrorCodes.HTTP,
      description: 'GetVersion answered without a version',
      api: 'GetVersion',
    });
  }
  core.knownVersion = version;
  return version;
}

/** The node's version, asked once per client family; `undefined` if the node would not say. */
export function nodeVersion(core: ClientCore): Promise<string | undefined> {
  return core.versionOnce(() => fetchVersion(core));
}

function noteFailure(error: unknown, session: SessionState | undefined): void {
  if (session && error instanceof ZStackError && error.code === 'ID.1001') session.markExpired();
}
