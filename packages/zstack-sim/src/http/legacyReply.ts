import type { ApiSpec, ZStackErrorCode } from '@zdash/zstack-api';

/**
 * The legacy RPC carries the reply or event object itself (`{"<replyFqn>": {…, "success": true}}`,
 * serialised to a string), not the REST mapping. Handlers answer in the REST shape, so this turns
 * it back: `fieldsTo` renames go back to the Java field names, and `success` is added.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/rest/RESTApiFacadeImpl.java
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/rest/RestAPIResponse.java
 */
export function legacyResult(
  api: ApiSpec,
  outcome:
    | { success: true; body: Record<string, unknown> }
    | { success: false; error: ZStackErrorCode },
): string {
  const reply = outcome.success
    ? { ...fromRestBody(api, outcome.body), success: true }
    : { success: false, error: outcome.error };
  return JSON.stringify({ [api.replyFqn]: reply }, (_key, value) =>
    value === null ? undefined : value,
  );
}

function fromRestBody(api: ApiSpec, body: Record<string, unknown>): Record<string, unknown> {
  const { response } = api;
  const { schema: _schema, ...rest } = body;
  if (typeof response === 'string') return rest;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    out[response.fieldsTo[key] ?? key] = value;
  }
  return out;
}
