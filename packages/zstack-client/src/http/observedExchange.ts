import type http from 'node:http';
import type { ReplyContext } from '../errorBody.ts';
import { ZStackError } from '../errors.ts';
import type { RequestEvent } from '../transport.ts';
import { type HttpReply, type HttpRequest, sendHttp } from './sendHttp.ts';

/** What both transports hand to one observed HTTP exchange. */
export interface ExchangeSetup {
  readonly agent?: http.Agent;
  readonly onRequest?: (event: RequestEvent) => void;
  readonly kind: RequestEvent['kind'];
  readonly context: ReplyContext;
  /** The URL as it may be shown: never with a session in it. */
  readonly safeUrl: string;
}

/**
 * Sends one request and reports it to the client's `onRequest` hook (for metrics), whatever
 * happens; errors gain the API context. The same for the REST and the legacy RPC transport.
 */
export async function observedExchange(
  request: HttpRequest,
  setup: ExchangeSetup,
  options: { signal?: AbortSignal; deadline: number },
): Promise<HttpReply> {
  const started = performance.now();
  const { agent, onRequest, kind, context, safeUrl } = setup;
  let status: number | undefined;
  try {
    const reply = await sendHttp(request, { agent, safeUrl, ...options });
    status = reply.status;
    return reply;
  } catch (error) {
    throw error instanceof ZStackError ? error.withContext(context) : error;
  } finally {
    // A metrics hook must never break a call.
    try {
      onRequest?.({
        api: context.api,
        kind,
        method: request.method,
        url: safeUrl,
        status,
        durationMs: performance.now() - started,
        jobUuid: context.jobUuid,
      });
    } catch {}
  }
}
