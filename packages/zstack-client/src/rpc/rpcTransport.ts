import type http from 'node:http';
import type { Endpoint } from '../endpoint.ts';
import { errorFromReply, type ReplyContext } from '../errorBody.ts';
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
import { buildRpcMessage } from './rpcMessage.ts';
import { decodeRpcResult, parseRpcResponse } from './rpcReply.ts';

/** Construction options of {@link RpcTransport}. */
export interface RpcTransportOptions {
  readonly endpoint: Endpoint;
  readonly agent?: http.Agent;
  readonly onRequest?: (event: RequestEvent) => void;
}

/** The legacy RPC's paths under the context path (`RESTConstant.REST_API_CALL` / `REST_API_RESULT`). */
export const rpcPaths = { call: '/api', result: '/api/result/' } as const;

/**
 * The legacy HTTP RPC of 0.x/1.x, still served by current nodes: `POST …/zstack/api` with
 * `{"<message class>": {…fields, "session": {"uuid": …}}}`; HTTP 200 with `{state, uuid?, result}`
 * whatever happened. `Processing` → a job polled at `GET …/zstack/api/result/{uuid}` (404: unknown
 * or older than the 10-day retention). Bodies come back in the REST v1 shape.
 *
 * Differences from REST the caller should know: the node picks the job uuid (no `X-Job-UUID`:
 * a caller's `jobUuid` is not sent, and until the POST is answered the job cannot be found);
 * there is no webhook (`ZDASH.UNSUPPORTED`); the API timeout travels as the message's `timeout`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/rest/RESTApiController.java
 * @see https://github.com/zstackio/zstack-utility/blob/master/apibinding/apibinding/api.py
 */
export class RpcTransport implements Transport {
  readonly kind = 'rpc' as const;
  readonly #options: RpcTransportOptions;

  constructor(options: RpcTransportOptions) {
    this.#options = options;
  }

  /** Sends the message: `Done` → the REST-shaped body (or the node's error), `Processing` → the job. */
  async send(call: TransportCall): Promise<SendOutcome> {
    const { api } = call;
    const url = `${this.#options.endpoint.base}${rpcPaths.call}`;
    const context: ReplyContext = { api: api.name, method: 'POST', url };
    if (call.webHook) {
      throw new ZStackError({
        code: clientErrorCodes.UNSUPPORTED,
        description: 'the legacy RPC has no webhook; follow the job instead',
        ...context,
      });
    }
    const request: HttpRequest = {
      method: 'POST',
      url,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: buildRpcMessage(call),
    };
    const secrets = [call.session, stringParam(call.params.sessionUuid)];
    const reply = await this.#exchange(request, 'call', context, call);
    if (reply.status !== 200) {
      throw errorFromReply(reply.status, redact(reply.text, secrets), context);
    }

    const response = parseRpcResponse(reply.text, context);
    if (response.state === 'Processing') {
      if (!response.uuid) {
        throw new ZStackError({
          code: clientErrorCodes.HTTP,
          description: 'a Processing answer without the job uuid',
          status: 200,
          ...context,
        });
      }
      return { kind: 'accepted', job: this.jobRef(response.uuid, api.name, call.session) };
    }
    const jobContext = { ...context, jobUuid: response.uuid };
    return { kind: 'done', body: decodeRpcResult(api, response, jobContext, secrets) };
  }

  /** Looks at a job once: `Processing` → running, `Done` → its body or error, 404 → expired. */
  async poll(
    job: JobRef,
    options: { signal?: AbortSignal; deadline: number },
  ): Promise<PollOutcome> {
    const context: ReplyContext = {
      api: job.api,
      jobUuid: job.jobUuid,
      method: 'GET',
      url: job.location,
    };
    const request: HttpRequest = { method: 'GET', url: job.location, headers: {} };
    const reply = await this.#exchange(request, 'poll', context, options);
    if (reply.status === 404) {
      throw new ZStackError({
        code: clientErrorCodes.JOB_EXPIRED,
        description:
          'the node has no result for this job (unknown, or older than the 10 days it keeps them); its outcome is unknown',
        details: reply.text.trim().slice(0, 500) || undefined,
        status: 404,
        ...context,
      });
    }
    if (reply.status !== 200) throw errorFromReply(reply.status, reply.text, context);
    const response = parseRpcResponse(reply.text, context);
    if (response.state === 'Processing') return { kind: 'running' };
    return { kind: 'done', body: decodeRpcResult(job.api, response, context, [job.session]) };
  }

  /** The result address of a job known by uuid, on the configured endpoint. */
  jobRef(jobUuid: string, api?: string, session?: string): JobRef {
    const location = `${this.#options.endpoint.base}${rpcPaths.result}${encodeURIComponent(jobUuid)}`;
    return { jobUuid, location, api, session };
  }

  #exchange(
    request: HttpRequest,
    kind: RequestEvent['kind'],
    context: ReplyContext,
    options: { signal?: AbortSignal; deadline: number },
  ): Promise<HttpReply> {
    const { onRequest, agent } = this.#options;
    // the RPC keeps sessions in the body, never in the URL
    const safeUrl = request.url;
    return observedExchange(request, { agent, onRequest, kind, context, safeUrl }, options);
  }
}

function stringParam(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
