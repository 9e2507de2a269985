import { type ApiSpec, findApi, isAtLeast, isZStackUuid } from '@zdash/zstack-api';
import { clientErrorCodes, ZStackError } from './errors.ts';

/**
 * Checks the client makes before anything goes on the wire, so a request the node would refuse
 * (or a node that lacks the API) fails fast with a client code.
 */

/** The catalogue entry of `name`; `ZDASH.UNSUPPORTED` when the catalogue lacks it. */
export function lookupApi(name: string): ApiSpec {
  const api = findApi(name);
  if (!api) {
    throw new ZStackError({
      code: clientErrorCodes.UNSUPPORTED,
      description: `${name} is not in the catalogue`,
      api: name,
    });
  }
  return api;
}

/** The entry of a Query API; `ZDASH.INVALID_ARGUMENT` for any other API. */
export function lookupQueryApi(name: string): ApiSpec {
  const api = lookupApi(name);
  if (!api.queryInventory) {
    throw new ZStackError({
      code: clientErrorCodes.INVALID_ARGUMENT,
      description: `${name} is not a Query API`,
      api: name,
    });
  }
  return api;
}

/**
 * Refuses an API newer than the node (`restSince`, else `since`, from the catalogue). An unknown
 * version lets the call through: the node will answer for itself.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java
 */
export function assertAvailable(api: ApiSpec, version: string | undefined): void {
  const since = api.restSince ?? api.since;
  if (version !== undefined && !isAtLeast(version, since))
    throw unsupported(api.name, version, since);
}

/** `X-Job-UUID` must be 32 characters or the node answers 400; the client insists on ZStack's shape. */
export function assertJobUuid(api: ApiSpec, jobUuid: string | undefined): void {
  if (jobUuid !== undefined && !isZStackUuid(jobUuid)) {
    throw new ZStackError({
      code: clientErrorCodes.INVALID_ARGUMENT,
      description: 'jobUuid must be 32 lowercase hex characters',
      api: api.name,
    });
  }
}

/** The error for an API or feature the node's version lacks. */
export function unsupported(api: string, version: string, since?: string): ZStackError {
  const needs = since ? ` (needs ${since})` : '';
  return new ZStackError({
    code: clientErrorCodes.UNSUPPORTED,
    description: `${api} is not available on ZStack ${version}${needs}`,
    api,
  });
}
