import type { ApiSpec, QueryInput, ZStackErrorCode } from '@zdash/zstack-api';
import { hasCapability } from '@zdash/zstack-api';
import type { QueryScope } from '../store/types.ts';
import { ApiError, invalidArgument } from './apiError.ts';
import type { ApiCall, CallerSession } from './context.ts';
import { defaultApiTimeout, parseDuration } from './globalConfigDefs.ts';
import { validateParams } from './params.ts';
import { type SimRuntime, track } from './runtime.ts';
import { deliverWebhook } from './webhook.ts';

/**
 * Runs an API the way the management node's API mediator does, whatever the transport:
 * session check (identity interceptor) → admin-only check → parameter validation → the runtime's
 * `beforeApi` hook (the control API's faults) → the query engine or the section's handler. Failures become an ErrorCode, never an exception.
 *
 * @see https://github.com/zstackio/zstack/blob/master/portal/src/main/java/org/zstack/portal/apimediator/ApiMediatorImpl.java
 * @see https://github.com/zstackio/zstack/blob/master/identity/src/main/java/org/zstack/identity/AuthorizationManager.java
 */
export interface Invocation {
  readonly api: ApiSpec;
  /** Coerced parameters (path variables merged in). */
  readonly params: Readonly<Record<string, unknown>>;
  readonly systemTags: readonly string[];
  readonly userTags: readonly string[];
  readonly sessionUuid: string | null;
  /** For APIs with `queryInventory`. */
  readonly query?: QueryInput;
  /**
   * A legacy RPC query message without `conditions`: APIQueryMessage declares it `@APIParam`
   * (required) and the validator reads the raw field, so it fails SYS.1007 (REST always sets it).
   */
  readonly conditionsMissing?: boolean;
}

export type Outcome =
  | { readonly success: true; readonly body: Record<string, unknown> }
  | { readonly success: false; readonly error: ZStackErrorCode };

/** Runs an API to completion (sync APIs, and the body of async jobs). */
export async function execute(
  rt: SimRuntime,
  inv: Invocation,
  jobUuid: string,
  signal: AbortSignal,
): Promise<Outcome> {
  try {
    const session = authorize(rt, inv.api, inv.sessionUuid);
    validateParams(inv.api, inv.params, rt.sim.version);
    if (inv.conditionsMissing) {
      throw invalidArgument(
        `field[conditions] of message[${inv.api.fqn}] is mandatory, can not be null`,
      );
    }
    // Past the interceptors, as a failure inside the node would be; queries included.
    await rt.beforeApi?.(inv.api, signal);
    const body = inv.api.queryInventory
      ? runQuery(rt, inv, session)
      : await runHandler(rt, inv, session, jobUuid, signal);
    return { success: true, body };
  } catch (error) {
    return { success: false, error: toErrorCode(rt, inv.api, error) };
  }
}

function authorize(rt: SimRuntime, api: ApiSpec, sessionUuid: string | null): CallerSession | null {
  if (api.noSession) return null;
  const session = rt.sessions.check(sessionUuid);
  if (api.adminOnly && session.accountType !== 'SystemAdmin') {
    throw new ApiError(
      'ID.1002',
      `the API[${api.fqn}] is admin only, the account[uuid:${session.accountUuid}] is not allowed to call it`,
    );
  }
  return session;
}

function runQuery(rt: SimRuntime, inv: Invocation, session: CallerSession | null) {
  const scope: QueryScope = session
    ? { accountUuid: session.accountUuid, isAdmin: session.accountType === 'SystemAdmin' }
    : null;
  const result = rt.sim.store.query(inv.api.queryInventory as string, inv.query ?? {}, scope);
  return { ...result } as Record<string, unknown>;
}

async function runHandler(
  rt: SimRuntime,
  inv: Invocation,
  session: CallerSession | null,
  jobUuid: string,
  signal: AbortSignal,
): Promise<Record<string, unknown>> {
  const handler = rt.handlers.get(inv.api.name);
  if (!handler) {
    throw new ApiError('SYS.1014', `the simulator does not implement the API[${inv.api.fqn}]`);
  }
  const call: ApiCall = {
    api: inv.api,
    params: inv.params,
    systemTags: inv.systemTags,
    userTags: inv.userTags,
    session,
    jobUuid,
    sim: rt.sim,
    signal,
    progress: (percent, detail) => rt.progress.report(jobUuid, percent, detail),
  };
  const body = await handler(call);
  return (body ?? {}) as Record<string, unknown>;
}

function toErrorCode(rt: SimRuntime, api: ApiSpec, error: unknown): ZStackErrorCode {
  if (error instanceof ApiError) return error.toErrorCode();
  rt.log('handlerCrashed', { api: api.name, error: String((error as Error)?.stack ?? error) });
  return new ApiError('SYS.1000', String((error as Error)?.message ?? error)).toErrorCode();
}

/**
 * The timeout of an async API in simulated ms: the X-API-Timeout header (seconds, 3.2.0+), else
 * the `apiTimeout` global config of the API (3.2.0+), else ZStack's built-in default.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/timeout/ApiTimeoutManagerImpl.java
 */
export function apiTimeoutMs(rt: SimRuntime, api: ApiSpec, headerSeconds?: number): number {
  const modern = hasCapability(rt.sim.version, 'apiTimeoutConfigs');
  if (modern && headerSeconds !== undefined) return headerSeconds * 1000;
  const configured = modern ? rt.configs.getDuration('apiTimeout', api.fqn) : undefined;
  return configured ?? (parseDuration(defaultApiTimeout(api.name)) as number);
}

/** Longest real delay setTimeout accepts. */
const maxTimer = 2 ** 31 - 1;

/**
 * Starts an async API as a job (the row must not exist yet) and returns at once; the outcome is
 * written to the job row, then the webhook (if any) is called. A job still running when the node
 * stops is left Processing, so the next start fails it as a restarted node does.
 */
export function submitJob(
  rt: SimRuntime,
  inv: Invocation,
  job: { readonly uuid: string; readonly timeoutMs: number; readonly webhook?: string },
): void {
  rt.jobs.create(job.uuid, inv.api.name, job.webhook);
  // The handler's signal aborts only when the node stops. The API timeout fails the reply, not
  // the work: ZStack's flow carries on after the caller got SYS.1001.
  const controller = new AbortController();
  const onStop = () => controller.abort(rt.stopping.reason);
  rt.stopping.addEventListener('abort', onStop, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Outcome>((resolve) => {
    const timeout = new ApiError(
      'SYS.1001',
      `API[${inv.api.fqn}] timeout after ${job.timeoutMs}ms`,
    );
    timer = setTimeout(
      () => resolve({ success: false, error: timeout.toErrorCode() }),
      Math.min(maxTimer, job.timeoutMs * rt.sim.clock.timeScale),
    );
  });
  // Settles on the node stopping (the job is left Processing), whether or not the handler
  // honours its signal.
  const stopped = new Promise<null>((resolve) => {
    controller.signal.addEventListener('abort', () => resolve(null), { once: true });
  });

  const handlerDone = (async () => {
    // Let the 202 go out before the handler's first synchronous steps run.
    await new Promise((resolve) => setImmediate(resolve));
    return execute(rt, inv, job.uuid, controller.signal);
  })();
  const work = (async () => {
    const outcome = await Promise.race([handlerDone, deadline, stopped]);
    clearTimeout(timer);
    if (rt.stopping.aborted || outcome === null) return;
    const webhook = rt.jobs.finish(job.uuid, outcome)?.webhook;
    if (webhook) track(rt, deliverWebhook(rt, webhook, job.uuid, outcome));
  })();
  track(rt, work);
  // The work outliving its reply is still the node's: close() waits for it too.
  track(
    rt,
    handlerDone.finally(() => rt.stopping.removeEventListener('abort', onStop)),
  );
}
