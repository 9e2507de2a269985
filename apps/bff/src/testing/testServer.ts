import { Metrics } from '../metrics/metrics.ts';
import { createBffServer } from '../server/httpServer.ts';
import type { ServicesInit } from '../services.ts';
import { memoryDb, startTestNode, testServices } from './testBff.ts';

/** A real BFF on port 0 over an in-process simulator and an in-memory store. */
export async function startTestServer(
  options: { publicOrigin?: string; webDist?: string } & Partial<ServicesInit> = {},
) {
  const metrics = new Metrics();
  const node = await startTestNode({ metrics });
  const db = await memoryDb();
  const { publicOrigin, webDist, ...extra } = options;
  const services = testServices(node.zstack, db, { metrics, ...extra });
  const bff = createBffServer({
    services,
    publicOrigin,
    webDist: webDist ?? '/nonexistent-zdash-dist',
  });
  const url = await bff.listen(0, '127.0.0.1');
  return {
    url,
    node,
    services,
    async close() {
      services.sessions.stop();
      await bff.close();
      await db.destroy();
      await node.close();
    },
  };
}

/** Headers a same-origin browser fetch of a mutation carries. */
export function mutationHeaders(url: string, cookie?: string | null): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-zdash-csrf': '1',
    origin: url,
    'sec-fetch-site': 'same-origin',
    ...(cookie ? { cookie } : {}),
  };
}

/** Calls a tRPC mutation over HTTP (superjson envelope), returning the raw response and its JSON. */
export async function postTrpc(
  url: string,
  path: string,
  input: unknown,
  headers: Record<string, string>,
) {
  const res = await fetch(`${url}/trpc/${path}`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ json: input }),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { res, body, text };
}

/** `name=value` of the first Set-Cookie, for the next request's Cookie header. */
export function cookieOf(res: Response): string | null {
  const set = res.headers.getSetCookie()[0];
  return set ? (set.split(';')[0] ?? null) : null;
}
