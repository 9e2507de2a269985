/**
 * ZStack's query grammar, shared by the client (to build requests) and the simulator (to parse them).
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java (QUERY_OP_MAPPING)
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/query/QueryOp.java
 */

/** The operators of a query condition as the legacy RPC and ZQL name them. */
export const queryOps = [
  '=',
  '!=',
  '>',
  '>=',
  '<',
  '<=',
  'in',
  'not in',
  'is null',
  'is not null',
  'like',
  'not like',
] as const;
export type QueryOp = (typeof queryOps)[number];

/** One condition. `value` is absent for `is null` / `is not null`; `in` values are comma-joined. */
export interface QueryCondition {
  name: string;
  op: QueryOp;
  value?: string;
}

/**
 * REST v1 tokens in the order the server tries them: the first token found anywhere in the
 * string wins, so `a!=b` is never read as `a!` `=` `b`.
 */
export const restOpTokens: readonly (readonly [token: string, op: QueryOp])[] = [
  ['!=', '!='],
  ['>=', '>='],
  ['<=', '<='],
  ['!?=', 'not in'],
  ['!~=', 'not like'],
  ['~=', 'like'],
  ['?=', 'in'],
  ['=', '='],
  ['>', '>'],
  ['<', '<'],
  [' is null', 'is null'],
  [' not null', 'is not null'],
];

/** Special field names that match a resource's system or user tags. */
export const systemTagField = '__systemTag__';
export const userTagField = '__userTag__';

/** A query request, the same for both transports. */
export interface QueryInput {
  conditions?: QueryCondition[];
  /** Default 1000 on the server (`APIQueryMessage.limit`). */
  limit?: number;
  start?: number;
  /** `{ by: 'createDate', direction: 'desc' }` → `sort=-createDate`. */
  sort?: { by: string; direction: 'asc' | 'desc' };
  fields?: string[];
  /** Only the total, no rows. */
  count?: boolean;
  replyWithCount?: boolean;
  groupBy?: string;
}

export const defaultQueryLimit = 1000;

/**
 * Parses one REST `q=` value the way RestServer does: the first token (in precedence order)
 * found anywhere splits name and value; the name is trimmed, the value is not.
 * Returns `null` when no operator is present (the server answers 400).
 */
export function parseRestCondition(text: string): QueryCondition | null {
  for (const [token, op] of restOpTokens) {
    const at = text.indexOf(token);
    if (at < 0) continue;
    const name = text.slice(0, at).trim();
    if (op === 'is null' || op === 'is not null') return { name, op };
    return { name, op, value: text.slice(at + token.length) };
  }
  return null;
}

/** Formats a condition as a REST `q=` value (before URL encoding). */
export function formatRestCondition(condition: QueryCondition): string {
  const { name, op, value = '' } = condition;
  switch (op) {
    case 'is null':
      return `${name} is null`;
    case 'is not null':
      return `${name} not null`;
    case 'in':
      return `${name}?=${value}`;
    case 'not in':
      return `${name}!?=${value}`;
    case 'like':
      return `${name}~=${value}`;
    case 'not like':
      return `${name}!~=${value}`;
    default:
      return `${name}${op}${value}`;
  }
}

/** Parses `sort=+name` / `sort=-name` / `sort=name` (a `+` decoded to a space is tolerated). */
export function parseRestSort(text: string): QueryInput['sort'] {
  const trimmed = text.trim();
  if (trimmed.startsWith('-')) return { by: trimmed.slice(1), direction: 'desc' };
  if (trimmed.startsWith('+')) return { by: trimmed.slice(1), direction: 'asc' };
  return { by: trimmed, direction: 'asc' };
}

/** Builds the REST query string of a query (repeated `q`, one comma-joined `fields`, `%2B` for `+`). */
export function toRestQueryString(input: QueryInput): string {
  const parts: string[] = [];
  for (const condition of input.conditions ?? []) {
    parts.push(`q=${encodeURIComponent(formatRestCondition(condition))}`);
  }
  if (input.limit !== undefined) parts.push(`limit=${input.limit}`);
  if (input.start !== undefined) parts.push(`start=${input.start}`);
  if (input.sort) {
    const sign = input.sort.direction === 'desc' ? '-' : '%2B';
    parts.push(`sort=${sign}${encodeURIComponent(input.sort.by)}`);
  }
  if (input.fields?.length) parts.push(`fields=${input.fields.map(encodeURIComponent).join(',')}`);
  if (input.count) parts.push('count=true');
  if (input.replyWithCount) parts.push('replyWithCount=true');
  if (input.groupBy) parts.push(`groupBy=${encodeURIComponent(input.groupBy)}`);
  return parts.join('&');
}
