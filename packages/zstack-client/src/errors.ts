import type { ZStackErrorCode } from '@zdash/zstack-api';

/**
 * Error codes the client itself raises. They all start with `ZDASH.` so they can never be
 * confused with a code the management node sent (`SYS.…`, `ID.…`, `VM.…`), and the BFF can map
 * them on their own (a deadline is not a ZStack failure; an expired job's outcome is unknown).
 *
 * The Java and Python SDKs have `sdk.1000` (HTTP error) and `sdk.1001` (polling timeout) for the same purpose.
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/ZSClient.java
 */
export const clientErrorCodes = {
  /** An HTTP status or body the protocol does not define for this exchange (plain-text 400/404/405/500, bad JSON). */
  HTTP: 'ZDASH.HTTP',
  /** The call's overall deadline passed. The node may still finish an async job: follow it to learn the outcome. */
  TIMEOUT: 'ZDASH.TIMEOUT',
  /** `GET /v1/api-jobs/{uuid}` answered 404: the result expired or never existed. The outcome is unknown. */
  JOB_EXPIRED: 'ZDASH.JOB_EXPIRED',
  /** The caller's AbortSignal fired. */
  ABORTED: 'ZDASH.ABORTED',
  /** The node could not be reached (refused, reset, unresolvable host). */
  CONNECTION: 'ZDASH.CONNECTION',
  /** The node's version (or the chosen transport) does not have this API or feature. */
  UNSUPPORTED: 'ZDASH.UNSUPPORTED',
  /** The API needs a session and the client has none. */
  NO_SESSION: 'ZDASH.NO_SESSION',
  /** The caller passed something the request cannot be built from (e.g. a missing path variable). */
  INVALID_ARGUMENT: 'ZDASH.INVALID_ARGUMENT',
} as const;

/** One of the client's own codes. */
export type ClientErrorCode = (typeof clientErrorCodes)[keyof typeof clientErrorCodes];

/** True for codes the client raised itself, false for codes the management node sent. */
export function isClientErrorCode(code: string): code is ClientErrorCode {
  return code.startsWith('ZDASH.');
}

/** Where a failure happened; every field is optional because a failure can happen before a request exists. */
export interface ZStackErrorInit {
  code: string;
  description: string;
  details?: string;
  elaboration?: string;
  status?: number;
  api?: string;
  jobUuid?: string;
  method?: string;
  /** The request URL. Never contains a session uuid: the client redacts it before it gets here. */
  url?: string;
  /** The nested ZStack errors (`cause` or the `causes` of an ErrorCodeList). */
  causes?: ZStackError[];
  /** A non-ZStack cause, e.g. the socket error behind `ZDASH.CONNECTION`. */
  cause?: unknown;
  /** The raw `ErrorCode` object, when the node sent one. */
  errorCode?: ZStackErrorCode;
}

/**
 * The one error the client throws, for failures of the node (`code` = the ZStack code, `status` 503
 * or the job's status) and of the client (`code` in {@link clientErrorCodes}).
 * The BFF maps it by `code`, never by `status`: every ZStack failure is a 503.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/errorcode/ErrorCode.java
 * @example
 * try { await client.call('StartVmInstance', { uuid }); }
 * catch (e) { if (e instanceof ZStackError && e.code === 'ID.1001') relogin(); else throw e; }
 */
export class ZStackError extends Error {
  override readonly name = 'ZStackError';
  readonly code: string;
  readonly description: string;
  readonly details?: string;
  readonly elaboration?: string;
  readonly status?: number;
  readonly api?: string;
  readonly jobUuid?: string;
  readonly method?: string;
  readonly url?: string;
  readonly causes: readonly ZStackError[];
  readonly errorCode?: ZStackErrorCode;

  constructor(init: ZStackErrorInit) {
    const cause = init.causes?.[0] ?? init.cause;
    super(formatMessage(init), cause === undefined ? undefined : { cause });
    this.code = init.code;
    this.description = init.description;
    this.details = init.details;
    this.elaboration = init.elaboration;
    this.status = init.status;
    this.api = init.api;
    this.jobUuid = init.jobUuid;
    this.method = init.method;
    this.url = init.url;
    this.causes = init.causes ?? [];
    this.errorCode = init.errorCode;
  }

  /** True when the client raised it (deadline, abort, connection, protocol), not the node. */
  get isClientError(): boolean {
    return isClientErrorCode(this.code);
  }

  /** A copy that also names the API, job and request (added as the error travels up). */
  withContext(context: Pick<ZStackErrorInit, 'api' | 'jobUuid' | 'method' | 'url'>): ZStackError {
    return new ZStackError({
      ...this.toInit(),
      api: this.api ?? context.api,
      jobUuid: this.jobUuid ?? context.jobUuid,
      method: this.method ?? context.method,
      url: this.url ?? context.url,
    });
  }

  private toInit(): ZStackErrorInit {
    return {
      code: this.code,
      description: this.description,
      details: this.details,
      elaboration: this.elaboration,
      status: this.status,
      api: this.api,
      jobUuid: this.jobUuid,
      method: this.method,
      url: this.url,
      causes: [...this.causes],
      cause: this.cause,
      errorCode: this.errorCode,
    };
  }
}

function formatMessage(init: ZStackErrorInit): string {
  const head = init.api ? `${init.api}: ` : '';
  const tail = init.details && init.details !== init.description ? `: ${init.details}` : '';
  return `${head}${init.code} ${init.description}${tail}`;
}

/** Builds a client-side error; `description` doubles as the message. */
export function clientError(
  code: ClientErrorCode,
  description: string,
  extra: Omit<ZStackErrorInit, 'code' | 'description'> = {},
): ZStackError {
  return new ZStackError({ code, description, ...extra });
}
