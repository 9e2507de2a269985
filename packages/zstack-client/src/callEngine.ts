import { type ApiSpec, hasCapability, newUuid, type QueryInput } from '@zdash/zstack-api';
import { assertAvailable, assertJobUuid, lookupApi } from './apiGuards.ts';
import type { ClientCore } from './clientCore.ts';
import type { CallOptions } from './clientOptions.ts';
import { clientErrorCodes, ZStackError } from './errors.ts';
import { followJob } from './jobs/followJob.ts';
import type { SessionState } from './sessions/session.ts';
import type { JobRef, SendOutcome } from './transport.ts';

/**
 * The call path shared by every ZStackClient method: checks, headers the node's version allows,
 * the transport, following the job, and the session bookkeeping (slide on success, expire on
 * ID.1001).
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

/** Sends a call and, for a job, follows it: the REST body of the result. */
export async function invoke(
  ctx: CallContext,
  api: ApiSpec,
  params: Readonly<Record<string, unknown>>,
  options: CallOptions = {},
  query?: QueryInput,
): Promise<unknown> {
  const deadline = deadlineOf(ctx.core, api, options);
  const outcome = await send(ctx, api, params, options, deadline, query);
  if (outcome.kind === 'done') return outcome.body;
  return follow(ctx, outcome.job, options.signal, deadline);
}

/** Sends a call without following it. */
export async function send(
  ctx: CallContext,
  api: ApiSpec,
  params: Readonly<Record<string, unknown>>,
  options: CallOptions,
  deadline: number,
  query?: QueryInput,
): Promise<SendOutcome> {
  const session = api.noSession ? undefined : requireSession(ctx.session);
  assertAvailable(api, ctx.core.knownVersion);
  assertJobUuid(api, options.jobUuid);
  let apiTimeoutSec: number | undefined;
  if (api.async && options.apiTimeoutSec !== undefined) {
    // X-API-Timeout exists from 3.2.0; older nodes would ignore it, so it is not sent at all.
    const version = await nodeVersion(ctx.core);
    if (version !== undefined && hasCapability(version, 'apiTimeoutHeader')) {
      apiTimeoutSec = options.apiTimeoutSec;
    }
  }
  try {
    const outcome = await ctx.core.transport.send({
      api,
      params,
      query,
      session: session?.uuid,
      jobUuid: options.jobUuid ?? newUuid(),
      apiTimeoutSec,
      webHook: options.webHook,
      signal: options.signal,
      deadline,
    });
    session?.touch();
    return outcome;
  } catch (error) {
    noteFailure(error, session);
    throw error;
  }
}

/** Follows a job to its end. */
export async function follow(
  ctx: CallContext,
  job: JobRef,
  signal: AbortSignal | undefined,
  deadline: number,
): Promise<unknown> {
  try {
    return await followJob(ctx.core.transport, job, {
      backoff: ctx.core.backoff,
      signal,
      deadline,
    });
  } catch (error) {
    noteFailure(error, ctx.session);
    throw error;
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
