import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the bare server saw it. */
export interface SeenRequest {
  method: string;
  /** Path and query string, as sent. */
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The client's socket port, to see keep-alive reuse. */
  remotePort: number;
  at: number;
}

/** A handler answers with [status, body]; a string body is sent as text/plain, anything else as JSON. */
export type BareHandler = (
  request: SeenRequest,
  res: http.ServerResponse,
) => [number, unknown] | undefined | Promise<[number, unknown] | undefined>;

/** A running bare HTTP peer. */
export interface BareServer {
  /** `http://127.0.0.1:<port>/zstack` */
  endpoint: string;
  origin: string;
  port: number;
  requests: SeenRequest[];
  close(): Promise<void>;
}

/**
 * Starts a plain node:http server on 127.0.0.1, port 0, for transport edge cases the simulator
 * would never produce (NAT locations, plain-text errors, hanging replies). A handler returning
 * `undefined` keeps the request open (it must answer `res` itself, or never).
 */
export async function startBareServer(handler: BareHandler): Promise<BareServer> {
  const requests: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const seen: SeenRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        remotePort: req.socket.remotePort ?? 0,
        at: performance.now(),
      };
      requests.push(seen);
      const answer = await handler(seen, res);
      if (!answer) return;
      const [status, body] = answer;
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, {
        'Content-Type': typeof body === 'string' ? 'text/plain' : 'application/json',
      });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    endpoint: `${origin}/zstack`,
    origin,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A SessionInventory-shaped login reply. */
export function loginReply(uuid: string, createDate: string, expiredDate: string) {
  return {
    inventory: {
      uuid,
      accountUuid: '36c27e8ff05c4780bf6d2fa65700f22e',
      userUuid: '36c27e8ff05c4780bf6d2fa65700f22e',
      createDate,
      expiredDate,
    },
  };
}
