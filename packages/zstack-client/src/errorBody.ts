import type { ZStackErrorCode } from '@zdash/zstack-api';
import { clientErrorCodes, ZStackError, type ZStackErrorInit } from './errors.ts';

/** Request context copied onto every error built from a reply. */
export type ReplyContext = Pick<ZStackErrorInit, 'api' | 'jobUuid' | 'method' | 'url'>;

/** Plain-text bodies are the node's own words, but a servlet error page can be long. */
const maxDetails = 2000;

/**
 * Turns a ZStack `ErrorCode` object into a ZStackError chain: `cause` (one) or `causes`
 * (an `ErrorCodeList`) become nested ZStackErrors, so `err.cause` walks down to the root failure.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/errorcode/ErrorCodeList.java
 */
export function errorFromErrorCode(
  error: ZStackErrorCode,
  context: ReplyContext & { status?: number } = {},
): ZStackError {
  const nested = error.causes?.length ? error.causes : error.cause ? [error.cause] : [];
  return new ZStackError({
    code: String(error.code ?? 'SYS.1000'),
    description: String(error.description ?? error.details ?? error.code ?? 'unknown error'),
    details: error.details,
    elaboration: error.elaboration,
    causes: nested.filter(isErrorCode).map((cause) => errorFromErrorCode(cause)),
    errorCode: error,
    ...context,
  });
}

/**
 * Builds the error for a reply the caller did not expect. A body `{"error": …}` (503, or any
 * status that carries one) is parsed as ZStack's envelope; anything else — the plain-text 400/404/
 * 405/500 bodies of the REST layer, an HTML page from a proxy — becomes `ZDASH.HTTP` with the
 * text as `details`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java
 */
export function errorFromReply(status: number, text: string, context: ReplyContext): ZStackError {
  const envelope = parseJson(text);
  if (isRecord(envelope) && isErrorCode(envelope.error)) {
    return errorFromErrorCode(envelope.error, { status, ...context });
  }
  return new ZStackError({
    code: clientErrorCodes.HTTP,
    description: `unexpected HTTP ${status} from the management node`,
    details: text.trim().slice(0, maxDetails) || undefined,
    status,
    ...context,
  });
}

/** JSON.parse that answers `undefined` instead of throwing. */
export function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isErrorCode(value: unknown): value is ZStackErrorCode {
  return isRecord(value) && typeof value.code === 'string';
}
