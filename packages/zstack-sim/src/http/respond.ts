import type { ServerResponse } from 'node:http';

/**
 * Replies as the node writes them: JSON without nulls (Gson without serializeNulls) for API
 * results, plain text for the REST layer's own errors (400/404/405/500).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly text: string,
  ) {
    super(text);
  }
}

/** JSON.stringify that omits nulls, as Gson does. */
export function toJson(body: unknown): string {
  return JSON.stringify(body, (_key, value) => (value === null ? undefined : value));
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = toJson(body);
  res.writeHead(status, {
    'Content-Type': 'application/json;charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain;charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}
