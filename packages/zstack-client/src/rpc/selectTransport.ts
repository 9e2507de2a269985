import { type ApiSpec, hasCapability, isAtLeast } from '@zdash/zstack-api';
import { unsupported } from '../apiGuards.ts';
import { clientErrorCodes, ZStackError } from '../errors.ts';
import type { TransportKind } from '../transport.ts';
import { rpcPaths } from './rpcTransport.ts';

/** A concrete wire protocol (what `auto` resolves to). */
export type WireKind = Exclude<TransportKind, 'auto'>;

const kinds: readonly TransportKind[] = ['auto', 'rest', 'rpc'];

/** Checks the `transport` option; `ZDASH.INVALID_ARGUMENT` for anything else. */
export function transportKindOf(value: unknown): TransportKind {
  if (value === undefined) return 'auto';
  if (kinds.includes(value as TransportKind)) return value as TransportKind;
  throw new ZStackError({
    code: clientErrorCodes.INVALID_ARGUMENT,
    description: `transport must be one of ${kinds.join(', ')}, got ${String(value)}`,
  });
}

/**
 * The protocol one call goes over.
 * - `rest`: REST v1, and `ZDASH.UNSUPPORTED` for APIs that never had a REST route;
 * - `rpc`: the legacy RPC, for everything;
 * - `auto`: REST when the node has REST v1 (1.9.0+) and the API has a route at its version
 *   (`rest !== null`, `restSince` ≤ version), else the RPC. With the version still unknown, REST:
 *   most nodes are modern, and the call engine falls back when the node answers the REST 404 of
 *   a legacy node (see {@link isRestRouteMissing}).
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/resources/doc/RestIntroduction_zh_cn.md
 */
export function chooseTransport(
  kind: TransportKind,
  api: ApiSpec,
  version: string | undefined,
): WireKind {
  if (kind === 'rest') {
    if (!api.rest) {
      throw new ZStackError({
        code: clientErrorCodes.UNSUPPORTED,
        description: `${api.name} has no REST v1 route; use transport 'rpc' or 'auto'`,
        api: api.name,
      });
    }
    return 'rest';
  }
  if (kind === 'rpc' || !api.rest) return 'rpc';
  if (version === undefined) return 'rest';
  const restFrom = api.restSince ?? api.since;
  return hasCapability(version, 'restApi') && isAtLeast(version, restFrom) ? 'rest' : 'rpc';
}

/**
 * The protocol of a job known by uuid, when its submitter did not record one: the client's
 * forced transport, else what `auto` would have sent its API over (`api` unknown: REST from
 * 1.9.0, or while the version is unknown).
 */
export function jobTransport(
  kind: TransportKind,
  api: ApiSpec | undefined,
  version: string | undefined,
): WireKind {
  if (kind !== 'auto') return kind;
  if (api) return chooseTransport(kind, api, version);
  return version === undefined || hasCapability(version, 'restApi') ? 'rest' : 'rpc';
}

/**
 * Refuses, before sending, an API newer than the node over the RPC (`since`: every API existed
 * there first). An unknown version lets the call through.
 */
export function assertRpcAvailable(api: ApiSpec, version: string | undefined): void {
  if (version !== undefined && !isAtLeast(version, api.since)) {
    throw unsupported(api.name, version, api.since);
  }
}

/**
 * True for the answer a node without the REST route gives: a plain 404 (`no api mapping to …`
 * from RestServer, Tomcat's page on 1.x). REST answers 404 to nothing else on a call, so the
 * call never ran and can be sent again over the RPC.
 */
export function isRestRouteMissing(error: unknown): boolean {
  return (
    error instanceof ZStackError && error.code === clientErrorCodes.HTTP && error.status === 404
  );
}

/** The protocol a recorded job address belongs to (`…/api/result/{uuid}` is the RPC's). */
export function transportOfLocation(location: string | undefined): WireKind | undefined {
  if (location?.includes('/v1/api-jobs/')) return 'rest';
  if (location?.includes(rpcPaths.result)) return 'rpc';
  return undefined;
}
