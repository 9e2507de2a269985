import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type ApiSpec,
  findApi,
  formatZStackDate,
  newUuid,
  type QueryCondition,
  type QueryInput,
  queryOps,
} from '@zdash/zstack-api';
import { apiTimeoutMs, execute, type Invocation, submitJob } from '../core/dispatch.ts';
import { coerceParams, ParamTypeError } from '../core/params.ts';
import type { SimRuntime } from '../core/runtime.ts';
import { legacyResult } from './legacyReply.ts';
import { HttpError, sendJson, sendText } from './respond.ts';
import { servedByNode } from './routes.ts';

/**
 * The legacy HTTP RPC of 0.x/1.x, still served by current nodes: `POST /zstack/api` with
 * `{"<message FQN>": {…fields, "session": {"uuid": …}}}`, answered with a RestAPIResponse
 * (`state`, dates, `result` as a JSON string); async messages are polled at
 * `/zstack/api/result/{uuid}`. Every API failure is inside `result` with HTTP 200.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/rest/RESTApiController.java
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/rest/RESTApiFacadeImpl.java
 */
export const legacyCallPath = '/api';
export const legacyResultPath = /^\/api\/result\/([^/]+)\/?$/;

const date = (ms: number) => formatZStackDate(new Date(ms));

export async function handleLegacyCall(
  rt: SimRuntime,
  req: IncomingMessage,
  res: ServerResponse,
  rawBody: string,
): Promise<void> {
  if (req.method !== 'POST' && req.method !== 'PUT') {
    throw new HttpError(405, `Request method '${req.method}' not supported`);
  }
  const [fqn, fields] = parseEnvelope(rawBody);
  const api = findApi(fqn);
  if (!api || api.fqn !== fqn || !servedByNode(api, rt.sim.version)) {
    // The decoder's failure comes back as a bare string with 200 (RESTApiController).
    sendText(res, 200, `Unable to find message class[${fqn}]`);
    return;
  }
  const inv = invocation(rt, api, fields);
  const created = rt.sim.clock.now().getTime();
  if (!api.async) {
    const outcome = await execute(rt, inv, newUuid(), rt.stopping);
    const finished = rt.sim.clock.now().getTime();
    sendJson(res, 200, {
      state: 'Done',
      createdDate: date(created),
      finishedDate: date(finished),
      result: legacyResult(api, outcome),
    });
    return;
  }
  const uuid = newUuid();
  const timeout = typeof fields.timeout === 'number' ? fields.timeout : apiTimeoutMs(rt, api);
  submitJob(rt, inv, { uuid, timeoutMs: timeout });
  sendJson(res, 200, { uuid, state: 'Processing', createdDate: date(created) });
}

export function handleLegacyResult(rt: SimRuntime, res: ServerResponse, uuid: string): void {
  const view = rt.jobs.read(uuid);
  if (view.state === 'expired') throw new HttpError(404, `cannot find API result[uuid:${uuid}]`);
  if (view.state === 'processing') {
    sendJson(res, 200, { uuid, state: 'Processing', createdDate: date(view.createDate) });
    return;
  }
  const api = findApi(view.apiName) as ApiSpec;
  const outcome = view.success
    ? { success: true as const, body: view.body }
    : { success: false as const, error: view.body.error as never };
  sendJson(res, 200, {
    uuid,
    state: 'Done',
    createdDate: date(view.createDate),
    finishedDate: date(view.finishDate),
    result: legacyResult(api, outcome),
  });
}

function parseEnvelope(text: string): [string, Record<string, unknown>] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new HttpError(500, `com.google.gson.JsonSyntaxException: ${(error as Error).message}`);
  }
  const entries = value && typeof value === 'object' ? Object.entries(value) : [];
  const [entry] = entries;
  if (entries.length !== 1 || !entry || typeof entry[1] !== 'object' || entry[1] === null) {
    throw new HttpError(500, 'the body must be one message class name mapped to its fields');
  }
  return [entry[0], entry[1] as Record<string, unknown>];
}

function invocation(rt: SimRuntime, api: ApiSpec, fields: Record<string, unknown>): Invocation {
  const session = fields.session as { uuid?: unknown } | undefined;
  const sessionUuid = typeof session?.uuid === 'string' ? session.uuid : null;
  const tags = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const base = {
    api,
    systemTags: tags(fields.systemTags),
    userTags: tags(fields.userTags),
    sessionUuid,
  };
  if (api.queryInventory) {
    const conditionsMissing = fields.conditions === undefined || fields.conditions === null;
    return { ...base, params: {}, query: legacyQuery(fields), conditionsMissing };
  }
  try {
    return { ...base, params: coerceParams(api, fields, rt.sim.version) };
  } catch (error) {
    if (error instanceof ParamTypeError) throw new HttpError(500, error.message);
    throw error;
  }
}

/** The 1.x query message: `conditions` [{name, op, value}], limit, start, sortBy/sortDirection … */
function legacyQuery(fields: Record<string, unknown>): QueryInput {
  const input: QueryInput = {};
  const conditions = Array.isArray(fields.conditions) ? fields.conditions : [];
  input.conditions = conditions.map((raw): QueryCondition => {
    const c = raw as { name?: unknown; op?: unknown; value?: unknown };
    const op = String(c.op ?? '=');
    if (!(queryOps as readonly string[]).includes(op)) {
      throw new HttpError(500, `invalid query op[${op}]`);
    }
    const condition: QueryCondition = { name: String(c.name), op: op as QueryCondition['op'] };
    if (c.value !== undefined && c.value !== null) condition.value = String(c.value);
    return condition;
  });
  if (typeof fields.limit === 'number') input.limit = fields.limit;
  if (typeof fields.start === 'number') input.start = fields.start;
  if (fields.count === true) input.count = true;
  if (fields.replyWithCount === true) input.replyWithCount = true;
  if (typeof fields.groupBy === 'string') input.groupBy = fields.groupBy;
  if (Array.isArray(fields.fields)) input.fields = fields.fields.map(String);
  if (typeof fields.sortBy === 'string') {
    input.sort = {
      by: fields.sortBy,
      direction: String(fields.sortDirection).toLowerCase() === 'desc' ? 'desc' : 'asc',
    };
  }
  return input;
}
