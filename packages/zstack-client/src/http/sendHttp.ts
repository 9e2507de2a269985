import http from 'node:http';
import https from 'node:https';
import { clientErrorCodes, ZStackError } from '../errors.ts';

/** One HTTP request as the transports describe it. */
export interface HttpRequest {
  readonly method: string;
  /** Absolute URL. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** The reply, body read in full (ZStack replies are JSON or short plain text). */
export interface HttpReply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
}

/** How to send: connection pool, cancellation and the call's overall deadline. */
export interface SendOptions {
  readonly agent?: http.Agent;
  readonly signal?: AbortSignal;
  /** Epoch ms; the request is cut when it passes. */
  readonly deadline?: number;
  /** The URL as errors may show it (session uuids removed). */
  readonly safeUrl: string;
}

/** The node refuses, resets or cannot be resolved: `ZDASH.CONNECTION`, retryable by a person. */
const connectionCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
]);

/**
 * Sends one request with node:http(s) and a keep-alive agent (measurably cheaper than fetch for
 * the many small JSON exchanges a dashboard makes). Abort and deadline destroy the socket and
 * surface as `ZDASH.ABORTED` / `ZDASH.TIMEOUT`; socket failures as `ZDASH.CONNECTION`.
 * A request that failed with ECONNRESET on a reused keep-alive socket is sent once more: the node
 * closed an idle connection just as it was picked, so the request never reached it.
 *
 * @see https://nodejs.org/docs/latest-v20.x/api/http.html#requestreusedsocket
 */
export async function sendHttp(request: HttpRequest, options: SendOptions): Promise<HttpReply> {
  try {
    return await sendOnce(request, options);
  } catch (error) {
    if (error instanceof StaleSocketError) return sendOnce(request, options);
    throw error;
  }
}

class StaleSocketError extends Error {}

function sendOnce(request: HttpRequest, options: SendOptions): Promise<HttpReply> {
  const { signal, deadline, safeUrl } = options;
  const context = { method: request.method, url: safeUrl };
  if (signal?.aborted) return Promise.reject(aborted(context, signal.reason));
  const remaining = deadline === undefined ? undefined : deadline - Date.now();
  if (remaining !== undefined && remaining <= 0) return Promise.reject(timedOut(context));

  return new Promise<HttpReply>((resolve, reject) => {
    const url = new URL(request.url);
    const lib = url.protocol === 'https:' ? https : http;
    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body !== undefined) headers['Content-Length'] = Buffer.byteLength(request.body);
    let failure: ZStackError | undefined;
    const req = lib.request(url, { method: request.method, headers, agent: options.agent });

    const fail = (error: ZStackError) => {
      failure ??= error;
      req.destroy(error);
    };
    const onAbort = () => fail(aborted(context, signal?.reason));
    const timer =
      remaining === undefined ? undefined : setTimeout(() => fail(timedOut(context)), remaining);
    signal?.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };

    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let ended = false;
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        ended = true;
        cleanup();
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        });
      });
      // A body cut short (abort, deadline, the node dropping the socket) may end in 'close' alone.
      const cut = (error?: Error) => {
        if (ended) return;
        cleanup();
        reject(failure ?? connectionError(error ?? new Error('the reply was cut short'), context));
      };
      res.on('error', cut);
      res.on('close', () => cut());
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      cleanup();
      if (failure) return reject(failure);
      if (req.reusedSocket && error.code === 'ECONNRESET') return reject(new StaleSocketError());
      reject(connectionError(error, context));
    });
    req.end(request.body);
  });
}

type Context = { method: string; url: string };

function aborted(context: Context, reason: unknown): ZStackError {
  return new ZStackError({
    code: clientErrorCodes.ABORTED,
    description: 'the request was aborted',
    cause: reason,
    ...context,
  });
}

function timedOut(context: Context): ZStackError {
  return new ZStackError({
    code: clientErrorCodes.TIMEOUT,
    description: 'the deadline passed before the management node answered',
    ...context,
  });
}

function connectionError(error: NodeJS.ErrnoException, context: Context): ZStackError {
  const known = error.code && connectionCodes.has(error.code);
  return new ZStackError({
    code: clientErrorCodes.CONNECTION,
    description: known
      ? `cannot reach the management node (${error.code})`
      : `connection to the management node failed: ${error.message}`,
    cause: error,
    ...context,
  });
}
