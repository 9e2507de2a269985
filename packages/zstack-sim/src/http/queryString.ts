import {
  type ApiSpec,
  parseRestCondition,
  parseRestSort,
  type QueryCondition,
  type QueryInput,
} from '@zdash/zstack-api';
import { HttpError } from './respond.ts';

/**
 * Query-string handling of RestServer: the parameters of GET/DELETE APIs, and the query API
 * grammar (`q`, `limit`, `start`, `sort`, `fields`, `count`, `replyWithCount`, `groupBy`).
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java (handleQueryApi, normalizeCollectionParameters)
 */

/** Groups repeated keys: `k=a&k=b` → `{k: ['a','b']}`. */
export function groupParams(search: URLSearchParams): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of search) {
    const list = out.get(key) ?? [];
    list.push(value);
    out.set(key, list);
  }
  return out;
}

/**
 * The fields of a GET/DELETE API from its query string: repeated keys or `k.0=`/`k.1=` for
 * lists, `field.key=value` for maps; unknown keys (such as the SDK's `sessionId`) are ignored.
 */
export function paramsFromQuery(api: ApiSpec, search: URLSearchParams): Record<string, unknown> {
  const grouped = groupParams(search);
  // `k.0=a&k.1=b` → `k=[a,b]`, ordered by index.
  const indexed = new Map<string, [number, string][]>();
  for (const [key, values] of [...grouped]) {
    const match = /^([^.]+)\.(\d+)$/.exec(key);
    if (!match?.[1] || values[0] === undefined) continue;
    const list = indexed.get(match[1]) ?? [];
    list.push([Number(match[2]), values[0]]);
    indexed.set(match[1], list);
    grouped.delete(key);
  }
  for (const [field, list] of indexed) {
    grouped.set(
      field,
      list.sort((a, b) => a[0] - b[0]).map(([, value]) => value),
    );
  }

  const out: Record<string, unknown> = {};
  for (const [key, values] of grouped) {
    const dot = key.indexOf('.');
    if (dot > 0) {
      const field = key.slice(0, dot);
      const mapKey = key.slice(dot + 1);
      if (api.params[field]?.type !== 'map') continue;
      const map = (out[field] ?? {}) as Record<string, unknown>;
      out[field] = map;
      if (mapKey in map) {
        throw new HttpError(
          400,
          `duplicate map query parameter[${key}], there has been a parameter with the same map key`,
        );
      }
      map[mapKey] = values.length > 1 ? values : values[0];
      continue;
    }
    const spec = api.params[key];
    if (key === 'systemTags' || key === 'userTags' || spec?.type === 'stringList') {
      out[key] = values;
      continue;
    }
    if (!spec) continue;
    if (values.length > 1) {
      throw new HttpError(
        400,
        `Invalid query parameter[${key}], only one value is allowed for the parameter but multiple values found`,
      );
    }
    out[key] = values[0];
  }
  return out;
}

const opTokens = ['!=', '>=', '<=', '!?=', '!~=', '~=', '?=', '=', '>', '<', 'is null', 'not null'];

/** A query API's input from its query string; 400 for a bad `q`, `limit` or `start`. */
export function queryFromSearch(search: URLSearchParams): QueryInput {
  const input: QueryInput = {};
  const conditions: QueryCondition[] = [];
  for (const [name, values] of groupParams(search)) {
    const first = (values[0] ?? '').trim();
    switch (name.trim()) {
      case 'limit':
        input.limit = parseInteger('limit', first);
        break;
      case 'start':
        input.start = parseInteger('start', first);
        break;
      case 'count':
        input.count = first.toLowerCase() === 'true';
        break;
      case 'replyWithCount':
        input.replyWithCount = first.toLowerCase() === 'true';
        break;
      case 'groupBy':
        input.groupBy = first;
        break;
      case 'sort':
        input.sort = parseRestSort(first);
        break;
      case 'fields':
        input.fields = first
          .split(',')
          .map((field) => field.trim())
          .filter((field) => field !== '');
        break;
      case 'q':
        for (const text of values) conditions.push(parseCondition(text));
        break;
    }
  }
  if (conditions.length) input.conditions = conditions;
  return input;
}

function parseInteger(name: string, text: string): number {
  if (!/^[-+]?\d+$/.test(text) || Math.abs(Number(text)) > 2 ** 31 - 1) {
    throw new HttpError(400, `Invalid query parameter. '${name}' must be an integer`);
  }
  return Number(text);
}

function parseCondition(text: string): QueryCondition {
  const condition = parseRestCondition(text);
  if (!condition) {
    throw new HttpError(
      400,
      `Invalid query parameter. The '${text}' in the parameter[q] doesn't contain any query operator. Valid query operators are [${opTokens.join(', ')}]`,
    );
  }
  return condition;
}
