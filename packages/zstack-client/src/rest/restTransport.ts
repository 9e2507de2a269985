import type http from 'node:http';
import { type Endpoint, jobUrl, jobUuidOf, rewriteJobLocation } from '../endpoint.ts';
import { errorFromReply, parseJson, type ReplyContext } from '../errorBody.ts';
import { clientErrorCodes, ZStackError } from '../errors.ts';
import { observedExchange } from '../http/observedExchange.ts';
import type { HttpReply, HttpRequest } from '../http/sendHttp.ts';
import { redact } from '../redact.ts';
import type {
  JobRef,
  PollOutcome,
  RequestEvent,
  SendOutcome,
  Transport,
  TransportCall,
} from '../transport.ts';
import { buildRestRequest } from './restRequest.ts';

/** Construction options of {@link RestTransport}. */
export interface RestTransportOptions {
  readonly endpoint: Endpoint;
  readonly agent?: http.Agent;
  readonly onRequest?: (event: RequestEvent) => void;
}

/** REST v1 header names (`rest/…/RestConstants.java`). */
export const restHeaders = {
  jobUuid: 'X-Job-UUID',
  apiTimeout: 'X-API-Timeout',
  webHook: 'X-Web-Hook',
} as const;

/**
 * The REST v1 transport: `…/zstack/v1/<path>`, `Authorization: OAuth <session>`, 200 for sync
 * results, 202 + `location` for jobs, polled at `/v1/api-jobs/{uuid}` (202 `{}` running, 200 done,
 * 503 failed, 404 expired).
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/ZSClient.java
 */
export class RestTransport implements Transport {
  readonly kind = 'rest' as const;
  readonly #options: RestTransportOptions;

  constructor(options: RestTransportOptions) {
    this.#options = options;
  }

  /** Sends the call: 200 → done, 202 → the job at its rewritten `location`, else a ZStackError. */
  async send(call: TransportCall): Promise<SendOutcome> {
    const { api, session } = call;
    const parts = buildRestRequest(api, call.params, call.query);
    const headers: Record<string, string> = { [restHeaders.jobUuid]: call.jobUuid };
    if (parts.body !== undefined) headers['Content-Type'] = 'application/json; charset=utf-8';
    if (session && !api.noSession) headers.Authorization = `OAuth ${session}`;
    if (api.async && call.apiTimeoutSec !== undefined) {
      headers[restHeaders.apiTimeout] = String(Math.ceil(call.apiTimeoutSec));
    }
    if (api.async && call.webHook) headers[restHeaders.webHook] = call.webHook;

    const url = `${this.#options.endpoint.base}/v1${parts.path}`;
    const secrets = [session, stringParam(call.params.sessionUuid)];
    const context: ReplyContext = {
      api: api.name,
      jobUuid: api.async ? call.jobUuid : undefined,
      method: parts.method,
      url: redact(url, secrets),
    };
    const request: HttpRequest = { method: parts.method, url, headers, body: parts.body };
    const reply = await this.#exchange(request, 'call', context, call);

    if (reply.status === 200 || reply.status === 204) {
      return { kind: 'done', body: parseBody(reply, context) };
    }
    if (reply.status === 202) {
      const body = parseBody(reply, context) as { location?: unknown };
      if (typeof body.location !== 'string') {
        throw new ZStackError({
          code: clientErrorCodes.HTTP,
          description: 'a 202 reply without a location',
          status: 202,
          ...context,
        });
      }
      const location = rewriteJobLocation(body.location, this.#options.endpoint);
      const jobUuid = jobUuidOf(location) ?? call.jobUuid;
      return { kind: 'accepted', job: { jobUuid, location, api: api.name, session } };
    }
    throw errorFromReply(reply.status, redact(reply.text, secrets), context);
  }

  async poll(
    job: JobRef,
    options: { signal?: AbortSignal; deadline: number },
  ): Promise<PollOutcome> {
    const headers: Record<string, string> = {};
    if (job.session) headers.Authorization = `OAuth ${job.session}`;
    const context: ReplyContext = {
      api: job.api,
      jobUuid: job.jobUuid,
      method: 'GET',
      url: redact(job.location, [job.session]),
    };
    const request: HttpRequest = { method: 'GET', url: job.location, headers };
    const reply = await this.#exchange(request, 'poll', context, options);

    if (reply.status === 202) return { kind: 'running' };
    if (reply.status === 200 || reply.status === 204) {
      return { kind: 'done', body: parseBody(reply, context) };
    }
    if (reply.status === 404) {
      throw new ZStackError({
        code: clientErrorCodes.JOB_EXPIRED,
        description: 'the job has expired or is unknown to the node; its outcome is unknown',
        details: reply.text.trim().slice(0, 500) || undefined,
        status: 404,
        ...context,
      });
    }
    throw errorFromReply(reply.status, redact(reply.text, [job.session]), context);
  }

  /** The polling address of a job known by uuid, on the configured endpoint. */
  jobRef(jobUuid: string, api?: string, session?: string): JobRef {
    return { jobUuid, location: jobUrl(jobUuid, this.#options.endpoint), api, session };
  }

  #exchange(
    request: HttpRequest,
    kind: RequestEvent['kind'],
    context: ReplyContext,
    options: { signal?: AbortSignal; deadline: number },
  ): Promise<HttpReply> {
    const { onRequest, agent } = this.#options;
    const safeUrl = context.url ?? '';
    return observedExchange(request, { agent, onRequest, kind, context, safeUrl }, options);
  }
}

function parseBody(reply: HttpReply, context: ReplyContext): unknown {
  if (reply.text.trim() === '') return {};
  const body = parseJson(reply.text);
  if (body === undefined) {
    throw new ZStackError({
      code: clientErrorCodes.HTTP,
      description: `HTTP ${reply.status} with a body that is not JSON`,
      details: reply.text.trim().slice(0, 500),
      status: reply.status,
      ...context,
    });
  }
  return body;
}

function stringParam(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
