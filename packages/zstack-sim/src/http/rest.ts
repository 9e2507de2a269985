import type { IncomingMessage, ServerResponse } from 'node:http';
import { hasCapability, newUuid } from '@zdash/zstack-api';
import { apiTimeoutMs, execute, type Invocation, submitJob } from '../core/dispatch.ts';
import { coerceParams, ParamTypeError } from '../core/params.ts';
import type { SimRuntime } from '../core/runtime.ts';
import { paramsFromQuery, queryFromSearch } from './queryString.ts';
import { HttpError, sendJson } from './respond.ts';
import { matchGroup, pathVariables, type Route, type RouteGroup } from './routes.ts';

/**
 * One REST v1 call, in RestServer#handle's order: route (404) → action key (400) → Authorization
 * (400) → query grammar or type check (400) → X-Job-UUID (400) → X-API-Timeout → dispatch:
 * a sync API answers 200/503, an async one 202 with the job's location.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java
 */
export async function handleRest(
  rt: SimRuntime,
  groups: readonly RouteGroup[],
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  path: string,
  rawBody: string,
): Promise<void> {
  const group = matchGroup(groups, path);
  if (!group) throw new HttpError(404, `no api mapping to ${path}`);
  const method = req.method ?? 'GET';
  const hasBody = method === 'POST' || method === 'PUT';
  const body = hasBody ? parseBody(rawBody) : {};
  const route = selectRoute(group, method, body, path);
  const { api } = route;

  const sessionUuid = api.noSession ? null : readAuthorization(req);
  const vars = pathVariables(route, path);

  if (api.queryInventory) {
    // handleQueryApi parses the whole grammar for `/{uuid}` too and adds `uuid=` as one more
    // condition, so `?fields=state` or `?q=...` still apply to a single resource.
    const query = queryFromSearch(url.searchParams);
    const uuid = vars.uuid;
    if (uuid) {
      query.conditions = [...(query.conditions ?? []), { name: 'uuid', op: '=', value: uuid }];
    }
    const inv: Invocation = { api, params: {}, systemTags: [], userTags: [], sessionUuid, query };
    return reply(res, await execute(rt, inv, newUuid(), rt.stopping));
  }

  let raw: Record<string, unknown>;
  let systemTags: unknown;
  let userTags: unknown;
  if (hasBody) {
    const key = api.rest?.bodyKey;
    const inner = key ? body[key] : undefined;
    raw = inner && typeof inner === 'object' && !Array.isArray(inner) ? { ...inner } : {};
    // Top-level tags (the documented place) override those inside the parameters (the Java SDK's).
    systemTags = body.systemTags ?? raw.systemTags;
    userTags = body.userTags ?? raw.userTags;
  } else {
    raw = paramsFromQuery(api, url.searchParams);
    systemTags = raw.systemTags;
    userTags = raw.userTags;
  }
  Object.assign(raw, vars);

  let params: Record<string, unknown>;
  try {
    params = coerceParams(api, raw, rt.sim.version, hasBody ? 'json' : 'query');
  } catch (error) {
    if (error instanceof ParamTypeError) throw new HttpError(400, error.message);
    throw error;
  }

  const jobUuid = readJobUuid(rt, req, method);
  const inv: Invocation = {
    api,
    params,
    systemTags: tagList('systemTags', systemTags),
    userTags: tagList('userTags', userTags),
    sessionUuid,
  };
  if (!api.async) return reply(res, await execute(rt, inv, jobUuid ?? newUuid(), rt.stopping));

  const uuid = jobUuid ?? newUuid();
  const timeoutMs = apiTimeoutMs(rt, api, readApiTimeout(rt, req));
  const webhook = header(req, 'x-web-hook');
  submitJob(rt, inv, { uuid, timeoutMs, ...(webhook ? { webhook } : {}) });
  const accepted: Record<string, unknown> = { location: `${rt.baseUrl}/v1/api-jobs/${uuid}` };
  if (hasCapability(rt.sim.version, 'apiTimeoutInReply')) accepted.apiTimeout = timeoutMs;
  sendJson(res, 202, accepted);
}

function reply(res: ServerResponse, outcome: Awaited<ReturnType<typeof execute>>): void {
  if (outcome.success) sendJson(res, 200, outcome.body);
  else sendJson(res, 503, { error: outcome.error });
}

function parseBody(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Gson's parse error escapes RestServer#handle's catch-all as a 500 with its message.
    throw new HttpError(500, `com.google.gson.JsonSyntaxException: ${(error as Error).message}`);
  }
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Picks the API of a shared URL: by method, and for PUT on a shared URL by the body key. */
function selectRoute(
  group: RouteGroup,
  method: string,
  body: Record<string, unknown>,
  path: string,
): Route {
  const byMethod = group.routes.filter((route) => route.method === method);
  if (group.routes.length > 1 && method === 'PUT') {
    const chosen = byMethod.find(
      (route) => route.api.rest?.bodyKey && route.api.rest.bodyKey in body,
    );
    if (!chosen) {
      throw new HttpError(400, `the body doesn't contain action mapping to the URL[${path}]`);
    }
    return chosen;
  }
  const chosen = byMethod[0];
  if (!chosen) {
    throw new HttpError(405, `The method[${method}] is not allowed for the path[${path}]`);
  }
  return chosen;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readAuthorization(req: IncomingMessage): string {
  const auth = header(req, 'authorization');
  if (auth === undefined) throw new HttpError(400, "missing header 'Authorization'");
  const trimmed = auth.trim();
  if (!trimmed.startsWith('OAuth')) {
    throw new HttpError(400, "Authorization type must be 'OAuth'");
  }
  return trimmed.replace('OAuth', '').trim();
}

function readJobUuid(rt: SimRuntime, req: IncomingMessage, method: string): string | undefined {
  const jobUuid = header(req, 'x-job-uuid');
  if (jobUuid === undefined) return undefined;
  if (!/^[0-9a-fA-F]{32}$/.test(jobUuid)) {
    throw new HttpError(400, "Invalid header[X-Job-UUID], it must be a UUID with '-' stripped");
  }
  if (method !== 'GET' && rt.jobs.exists(jobUuid)) {
    throw new HttpError(400, `Duplicate job uuid[${jobUuid}]`);
  }
  return jobUuid;
}

/** X-API-Timeout (seconds) exists from 3.2.0; Long.parseLong's failure is the node's 500. */
function readApiTimeout(rt: SimRuntime, req: IncomingMessage): number | undefined {
  const value = header(req, 'x-api-timeout');
  if (value === undefined || !hasCapability(rt.sim.version, 'apiTimeoutHeader')) return undefined;
  if (!/^[-+]?\d+$/.test(value)) throw new HttpError(500, `For input string: "${value}"`);
  return Number(value);
}

function tagList(name: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((tag) => typeof tag === 'object' && tag !== null)) {
    throw new HttpError(
      400,
      `[${name}] field is excepted a list of strings, but was [${JSON.stringify(value)}].`,
    );
  }
  return value.map(String);
}
