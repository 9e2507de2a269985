import { clientErrorCodes, ZStackError } from './errors.ts';

/** A parsed management-node endpoint. */
export interface Endpoint {
  /** `http://host:8080/zstack`: scheme, host, port and context path, no trailing slash. */
  readonly base: string;
  readonly protocol: 'http:' | 'https:';
  readonly hostname: string;
  readonly port: number;
  /** `/zstack` on a real node; may be empty. */
  readonly contextPath: string;
}

/**
 * Parses `http://host:8080/zstack` (a trailing slash is accepted). The context path is kept as
 * given: a real node serves under `/zstack`, ZStack's own test server under none.
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/ZSConfig.java
 */
export function parseEndpoint(endpoint: string): Endpoint {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch (cause) {
    throw new ZStackError({
      code: clientErrorCodes.INVALID_ARGUMENT,
      description: `not a URL: ${endpoint}`,
      cause,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ZStackError({
      code: clientErrorCodes.INVALID_ARGUMENT,
      description: `the endpoint must be http(s), got ${url.protocol}`,
    });
  }
  const contextPath = url.pathname.replace(/\/+$/, '');
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  return {
    base: `${url.protocol}//${url.host}${contextPath}`,
    protocol: url.protocol,
    hostname: url.hostname,
    port,
    contextPath,
  };
}

const jobsMarker = '/v1/api-jobs/';

/**
 * Maps the `location` of a 202 onto the configured endpoint. The node builds it from its own view
 * of itself (`RESTFacade.hostname`, port 8080, always `http://`), which is wrong behind NAT, a
 * proxy or TLS termination. Like the Java and Go SDKs, which split on the literal
 * `/zstack/v1/api-jobs` when the location lacks the configured host:port, this keeps the part from
 * `/v1/api-jobs/` on and puts the configured scheme, host, port and context path in front.
 * A location without that path is used verbatim.
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/ZSClient.java (pollResult)
 * @example
 * rewriteJobLocation('http://10.0.0.5:8080/zstack/v1/api-jobs/ab12…', parseEndpoint('https://mn.example/zstack'))
 * // → 'https://mn.example/zstack/v1/api-jobs/ab12…'
 */
export function rewriteJobLocation(location: string, endpoint: Endpoint): string {
  const at = location.indexOf(jobsMarker);
  if (at < 0) return location;
  return `${endpoint.base}${location.slice(at)}`;
}

/** The polling URL of a job the client knows only by uuid (e.g. after a BFF restart). */
export function jobUrl(jobUuid: string, endpoint: Endpoint): string {
  return `${endpoint.base}${jobsMarker}${encodeURIComponent(jobUuid)}`;
}

/** The job uuid at the end of a `location`, if it has the `/v1/api-jobs/{uuid}` shape. */
export function jobUuidOf(location: string): string | undefined {
  const at = location.indexOf(jobsMarker);
  if (at < 0) return undefined;
  const rest = location.slice(at + jobsMarker.length).split(/[/?#]/)[0];
  return rest || undefined;
}
