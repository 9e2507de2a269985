import { type ApiSpec, findApi, formatRestCondition, type QueryCondition } from '@zdash/zstack-api';
import { shellQuote, withoutSecrets } from './secrets.ts';

/** Options of {@link toCurl}. */
export interface CurlOptions {
  /** The node with its context path, e.g. `http://10.0.0.5:8080/zstack`. */
  endpoint: string;
  /** Who the login line signs in as (default `admin`); the password is always a placeholder. */
  accountName?: string;
  userName?: string;
}

const sessionHeader = `-H "Authorization: OAuth $ZSTACK_SESSION"`;
const json = `-H 'Content-Type: application/json'`;

/** The login line: sets `ZSTACK_SESSION` from `inventory.uuid`; the password is a placeholder. */
export function loginLine(base: string, accountName = 'admin', userName?: string): string {
  const hash = `$(printf '%s' '<password>' | sha512sum | cut -d' ' -f1)`;
  const body = userName
    ? `{"logInByUser":{"accountName":"${accountName}","userName":"${userName}","password":"'"${hash}"'"}}`
    : `{"logInByAccount":{"accountName":"${accountName}","password":"'"${hash}"'"}}`;
  const path = userName ? '/v1/accounts/users/login' : '/v1/accounts/login';
  return [
    '# Log in (replace <password>); the session uuid is inventory.uuid',
    `export ZSTACK_SESSION=$(curl -s -X PUT ${shellQuote(`${base}${path}`)} ${json} -d '${body}' | jq -r .inventory.uuid)`,
  ].join('\n');
}

function encodeQuery(params: Record<string, unknown>): string {
  const parts: string[] = [];
  const add = (key: string, value: unknown) => {
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
  };
  const { conditions, ...rest } = params as { conditions?: QueryCondition[] };
  for (const c of conditions ?? []) parts.push(`q=${encodeURIComponent(formatRestCondition(c))}`);
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) add(key, item);
    else if (typeof value === 'object') {
      for (const [field, inner] of Object.entries(value)) add(`${key}.${field}`, inner);
    } else add(key, value);
  }
  return parts.join('&');
}

function restCall(api: ApiSpec, base: string, params: Record<string, unknown>): string {
  const route = api.rest;
  if (!route) throw new Error(`${api.name} has no REST route`);
  const rest = { ...params };
  const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = rest[name];
    delete rest[name];
    return value === undefined ? `<${name}>` : encodeURIComponent(String(value));
  });
  const auth = api.noSession ? '' : ` ${sessionHeader}`;
  if (route.method === 'GET' || route.method === 'DELETE') {
    const search = encodeQuery(rest);
    const url = `${base}/v1${path}${search ? `?${search}` : ''}`;
    return `curl -s -X ${route.method} ${shellQuote(url)}${auth}`;
  }
  const envelope: Record<string, unknown> = {};
  for (const key of ['systemTags', 'userTags']) {
    if (rest[key] !== undefined) envelope[key] = rest[key];
    delete rest[key];
  }
  if (route.bodyKey) envelope[route.bodyKey] = rest;
  const body = Object.keys(envelope).length
    ? ` ${json} -d ${shellQuote(JSON.stringify(envelope))}`
    : '';
  return `curl -s -X ${route.method} ${shellQuote(`${base}/v1${path}`)}${auth}${body}`;
}

function rpcCall(api: ApiSpec, base: string, params: Record<string, unknown>): string {
  const message = JSON.stringify({ [api.fqn]: { ...params, session: { uuid: '@SESSION@' } } });
  // The session is spliced in by the shell: close the single quotes around "$ZSTACK_SESSION".
  const body = `'${message.replace(/'/g, `'\\''`).replace('@SESSION@', `'"$ZSTACK_SESSION"'`)}'`;
  return `curl -s -X POST ${shellQuote(`${base}/api`)} ${json} -d ${body}`;
}

/**
 * A curl recipe for an API call: a login line setting `$ZSTACK_SESSION` (placeholder password),
 * then the call — REST v1 from the catalogue's route, or the legacy `POST /zstack/api` for APIs
 * without a REST route — and, for async APIs, a loop on the job until it stops answering 202.
 * Never the live session; secrets are placeholders.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java and core/src/main/java/org/zstack/core/rest/RESTApiController.java
 * @example
 * toCurl('StartVmInstance', { uuid }, { endpoint: 'http://10.0.0.5:8080/zstack' })
 */
export function toCurl(
  apiName: string,
  params: Readonly<Record<string, unknown>>,
  options: CurlOptions,
): string {
  const api = findApi(apiName);
  if (!api) throw new Error(`unknown API ${apiName}`);
  const base = options.endpoint.replace(/\/+$/, '');
  const clean = withoutSecrets(params);
  const lines = api.noSession ? [] : [loginLine(base, options.accountName, options.userName)];
  if (api.rest) {
    const call = restCall(api, base, clean);
    if (!api.async) lines.push(call);
    else {
      lines.push(
        '# Async: the reply is 202 {"location": …}; poll it until it answers 200 (done) or 503 (failed)',
        `LOCATION=$(${call} | jq -r .location)`,
        `until [ "$(curl -s -o /dev/null -w '%{http_code}' "$LOCATION")" != 202 ]; do sleep 1; done; curl -s "$LOCATION"`,
      );
    }
  } else {
    lines.push(`# ${api.name} has no REST route: the legacy RPC (zstack-cli's own protocol)`);
    if (!api.async) lines.push(rpcCall(api, base, clean));
    else {
      lines.push(
        `JOB=$(${rpcCall(api, base, clean)} | jq -r .uuid)`,
        `until [ "$(curl -s ${shellQuote(`${base}/api/result/`)}"$JOB" | jq -r .state)" = Done ]; do sleep 1; done; curl -s ${shellQuote(`${base}/api/result/`)}"$JOB" | jq -r .result`,
      );
    }
  }
  return lines.join('\n');
}
