import { type ApiSpec, allApis, findApi, type ZStackErrorCode } from '@zdash/zstack-api';
import { errorFromErrorCode, parseJson, type ReplyContext } from '../errorBody.ts';
import { clientErrorCodes, ZStackError } from '../errors.ts';
import { redact } from '../redact.ts';

/**
 * The legacy RPC's answer (`RestAPIResponse`): `Processing` with the job's `uuid`, or `Done` with
 * `result`, the reply serialised to a JSON string. Sync answers carry no `uuid`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/rest/RestAPIResponse.java
 */
export interface RpcResponse {
  readonly state: 'Processing' | 'Done';
  readonly uuid?: string;
  readonly result?: string;
}

/**
 * Reads a 200 body as a RestAPIResponse. Anything else is `ZDASH.HTTP`: current nodes answer a
 * message they cannot decode (an API unknown to the version, a field of the wrong type) with
 * 200 and a bare string instead of JSON, so the string is kept as `details`.
 */
export function parseRpcResponse(text: string, context: ReplyContext): RpcResponse {
  const body = parseJson(text);
  if (isRecord(body) && (body.state === 'Processing' || body.state === 'Done')) {
    const { state, uuid, result } = body;
    return {
      state,
      uuid: typeof uuid === 'string' ? uuid : undefined,
      result: typeof result === 'string' ? result : undefined,
    };
  }
  const plain = typeof body === 'string' ? body : text;
  throw new ZStackError({
    code: clientErrorCodes.HTTP,
    description: isRecord(body)
      ? 'the legacy RPC answered JSON without a state'
      : 'the node could not decode the message: it answered a plain string, not a RestAPIResponse (an API this version lacks, or a parameter of the wrong type)',
    details: plain.trim().slice(0, 2000) || undefined,
    status: 200,
    ...context,
  });
}

/**
 * Decodes a `Done` answer's `result` (`{"<reply class>": {…, "success": …}}`) into the REST v1
 * body of the API, or throws the node's error as a ZStackError. A failure gets status 503, the
 * status REST gives every ZStack failure, so callers cannot tell the transports apart (the wire
 * said 200: the RPC reports failures inside `result`). `secrets` are redacted from error texts.
 * Without `api` (a job followed by uuid alone) the entry is found by the reply's class name.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/rest/RESTApiFacadeImpl.java
 */
export function decodeRpcResult(
  api: ApiSpec | string | undefined,
  response: RpcResponse,
  context: ReplyContext,
  secrets: readonly (string | undefined)[],
): Record<string, unknown> {
  const decoded = response.result === undefined ? undefined : parseJson(response.result);
  const [replyClass, reply] = isRecord(decoded) ? (Object.entries(decoded)[0] ?? []) : [];
  if (!isRecord(reply)) {
    throw new ZStackError({
      code: clientErrorCodes.HTTP,
      description:
        response.result === undefined
          ? 'a Done answer without a result'
          : 'the result is not a JSON reply object (nodes cut stored results at 64000 characters; use REST v1 for big queries)',
      details: response.result?.slice(0, 500),
      status: 200,
      ...context,
    });
  }
  if (reply.success === false) {
    const error = isRecord(reply.error) ? reply.error : { code: 'SYS.1000' };
    const safe = JSON.parse(redact(JSON.stringify(error), secrets)) as ZStackErrorCode;
    throw errorFromErrorCode(safe, { status: 503, ...context });
  }
  const spec = (typeof api === 'string' ? findApi(api) : api) ?? byReplyClass(replyClass);
  // An API the catalogue lacks: REST's `all` mapping, the reply as it came.
  return spec ? toRestBody(spec, reply) : { ...reply };
}

/**
 * Maps a reply object to the body REST v1 sends for it, by the entry's `@RestResponse` mapping:
 * `inventory` / `inventories` copy that field (queries add `total` when the node set it),
 * `all` keeps every field (`success` included), `none` is `{}`, and `fieldsTo` renames the
 * Java fields to their REST names (`validSession` → `valid`).
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java
 */
export function toRestBody(
  api: ApiSpec,
  reply: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const { response } = api;
  const out: Record<string, unknown> = {};
  const copy = (restName: string, javaField: string) => {
    if (reply[javaField] !== undefined) out[restName] = reply[javaField];
  };
  if (response === 'all') return { ...reply };
  if (response === 'none') return out;
  if (response === 'inventory') copy('inventory', 'inventory');
  else if (response === 'inventories') {
    copy('inventories', 'inventories');
    copy('total', 'total');
  } else {
    for (const [restName, javaField] of Object.entries(response.fieldsTo))
      copy(restName, javaField);
  }
  return out;
}

function byReplyClass(replyClass: string | undefined): ApiSpec | undefined {
  return replyClass === undefined
    ? undefined
    : allApis().find((entry) => entry.replyFqn === replyClass);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
