import type { QueryInput } from '@zdash/zstack-api';
import type { TransportCall } from '../transport.ts';

/** What a legacy RPC message is built from: the call minus the REST-only parts. */
export type RpcMessageInput = Pick<
  TransportCall,
  'api' | 'params' | 'query' | 'session' | 'apiTimeoutSec'
>;

/**
 * Builds the body of `POST /zstack/api`: one key, the message's fully qualified class name, mapped
 * to its fields — the way `RESTApiDecoder` reads it back and zstack-cli's `api.py` writes it:
 * - the session goes inside the message as `"session": {"uuid": …}` (there is no header), and
 *   not at all for `noSession` APIs (login, logout, validate, GetVersion);
 * - `"timeout"` (ms, `NeedReplyMessage.timeout`) carries the call's API timeout: the RPC has no
 *   `X-API-Timeout` header, and the field works on every version;
 * - `systemTags`/`userTags` are ordinary fields of the message;
 * - Query APIs take their conditions, paging and sort as fields (see {@link rpcQueryFields}).
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/rest/RESTApiController.java
 * @see https://github.com/zstackio/zstack-utility/blob/master/apibinding/apibinding/api.py
 * @example
 * buildRpcMessage({ api: catalog.StartVmInstance, params: { uuid }, session })
 * // → '{"org.zstack.header.vm.APIStartVmInstanceMsg":{"uuid":"…","session":{"uuid":"…"}}}'
 */
export function buildRpcMessage(input: RpcMessageInput): string {
  const { api } = input;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input.params)) {
    if (value !== undefined) fields[key] = value;
  }
  if (api.queryInventory || input.query) Object.assign(fields, rpcQueryFields(input.query ?? {}));
  if (input.session && !api.noSession) fields.session = { uuid: input.session };
  if (input.apiTimeoutSec !== undefined) fields.timeout = Math.round(input.apiTimeoutSec * 1000);
  return JSON.stringify({ [api.fqn]: fields });
}

/**
 * The fields of an `APIQueryMessage`: `conditions` as `[{name, op, value}]` with the op strings
 * `QueryOp` knows (`=`, `in`, `is null` …; `value` left out for the null tests), `limit`,
 * `start`, `count`, `replyWithCount`, `sortBy`/`sortDirection`, `fields` as a list and `groupBy`.
 * `conditions` is always sent: on 1.2 it is a required parameter, so "everything" is `[]`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/query/APIQueryMessage.java
 */
export function rpcQueryFields(query: QueryInput): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    conditions: (query.conditions ?? []).map(({ name, op, value }) =>
      value === undefined ? { name, op } : { name, op, value },
    ),
  };
  if (query.limit !== undefined) fields.limit = query.limit;
  if (query.start !== undefined) fields.start = query.start;
  if (query.count) fields.count = true;
  if (query.replyWithCount) fields.replyWithCount = true;
  if (query.sort) {
    fields.sortBy = query.sort.by;
    fields.sortDirection = query.sort.direction;
  }
  if (query.fields?.length) fields.fields = [...query.fields];
  if (query.groupBy) fields.groupBy = query.groupBy;
  return fields;
}
