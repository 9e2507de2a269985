import {
  type ApiSpec,
  type QueryInput,
  type RestMethod,
  toRestQueryString,
} from '@zdash/zstack-api';
import { clientErrorCodes, ZStackError } from '../errors.ts';

/** The method, `/v1`-relative path (with query string) and body of one REST v1 call. */
export interface RestRequestParts {
  readonly method: RestMethod;
  /** E.g. `/vm-instances/ab12…/actions` or `/vm-instances?q=state%3DRunning`. */
  readonly path: string;
  readonly body?: string;
}

const tagKeys = ['systemTags', 'userTags'] as const;

/**
 * Builds a REST v1 request from a catalogue entry, the way RestServer reads it back:
 * - `{var}` path variables are filled from `params` (URL-encoded) and left out of the body;
 * - POST/PUT: body `{ [bodyKey]: {...rest} }`, or no body when `bodyKey` is null;
 *   `systemTags`/`userTags` go at the top level of the body, where the API docs put them;
 * - GET/DELETE: every other parameter in the query string — lists as repeated keys, maps as
 *   `field.key=value` — plus, for Query APIs, the `q`/`limit`/`sort`… of `query`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java
 * @example
 * buildRestRequest(catalog.StartVmInstance, { uuid: 'ab12…' })
 * // → { method: 'PUT', path: '/vm-instances/ab12…/actions', body: '{"startVmInstance":{}}' }
 */
export function buildRestRequest(
  api: ApiSpec,
  params: Readonly<Record<string, unknown>>,
  query?: QueryInput,
): RestRequestParts {
  const route = api.rest;
  if (!route) {
    throw new ZStackError({
      code: clientErrorCodes.UNSUPPORTED,
      description: `${api.name} has no REST v1 route; it needs the legacy RPC transport`,
      api: api.name,
    });
  }
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined) rest[key] = value;

  const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = rest[name];
    if (value === undefined || value === null || value === '') {
      throw new ZStackError({
        code: clientErrorCodes.INVALID_ARGUMENT,
        description: `${api.name} needs the path variable '${name}'`,
        api: api.name,
      });
    }
    delete rest[name];
    return encodeURIComponent(String(value));
  });

  if (route.method === 'POST' || route.method === 'PUT') {
    const envelope: Record<string, unknown> = {};
    for (const key of tagKeys) {
      if (rest[key] !== undefined) envelope[key] = rest[key];
      delete rest[key];
    }
    if (route.bodyKey) envelope[route.bodyKey] = rest;
    const body = Object.keys(envelope).length > 0 ? JSON.stringify(envelope) : undefined;
    return body === undefined
      ? { method: route.method, path }
      : { method: route.method, path, body };
  }

  const search = [encodeParams(rest), query ? toRestQueryString(query) : '']
    .filter(Boolean)
    .join('&');
  return { method: route.method, path: search ? `${path}?${search}` : path };
}

/**
 * Encodes GET/DELETE parameters: scalars as `k=v`, lists as `k=a&k=b`, maps as `k.key=v`
 * (a list value repeats `k.key`). Everything is percent-encoded, unlike the Python SDK.
 */
export function encodeParams(params: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  const add = (key: string, value: unknown) => {
    if (value === undefined || value === null) return;
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
  };
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      for (const item of value) add(key, item);
    } else if (value !== null && typeof value === 'object') {
      for (const [field, inner] of Object.entries(value)) {
        if (Array.isArray(inner)) for (const item of inner) add(`${key}.${field}`, item);
        else add(`${key}.${field}`, inner);
      }
    } else {
      add(key, value);
    }
  }
  return parts.join('&');
}
