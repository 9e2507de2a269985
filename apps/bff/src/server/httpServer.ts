import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import { WebSocketServer } from 'ws';
import { pingDb } from '../db/database.ts';
import { isWebhookPath, webhookReceiver } from '../features/jobs/webhookReceiver.ts';
import { consoleRoute } from '../relays/consoleRoute.ts';
import type { BffServices } from '../services.ts';
import { appRouter } from '../trpc/appRouter.ts';
import { contextFactory } from '../trpc/context.ts';
import { cookieName } from './cookies.ts';
import { checkCsrf } from './origins.ts';
import { staticHandler } from './staticFiles.ts';
import { upgradeRouter } from './upgrade.ts';

/** Options of {@link createBffServer}. */
export interface BffServerOptions {
  services: BffServices;
  /** PUBLIC_ORIGIN; an https origin turns on Secure `__Host-` cookies. */
  publicOrigin?: string | undefined;
  /** The built web app. */
  webDist: string;
  /** Keep-alive ping interval of console relays (default 30 s; tests shorten it). */
  consolePingMs?: number;
}

/** A running BFF server. */
export interface BffServer {
  server: Server;
  /** Listens; resolves to `http://host:port`. */
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));
}

/**
 * One node:http server: tRPC at /trpc (CSRF-checked), tRPC subscriptions over WebSocket at /ws
 * and console relays at /console (both through the single upgrade router), /healthz, /readyz, /metrics, and the SPA.
 */
export function createBffServer(options: BffServerOptions): BffServer {
  const { services, publicOrigin } = options;
  const secure = publicOrigin?.startsWith('https:') ?? false;
  const createContext = contextFactory(services, { secure });
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    maxBodySize: 1 << 20,
    createContext,
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1 << 20 });
  const wsHandler = applyWSSHandler({
    wss,
    router: appRouter,
    createContext,
    keepAlive: { enabled: true, pingMs: 30_000, pongWaitMs: 5_000 },
  });
  const spa = staticHandler(options.webDist);
  const consoles = consoleRoute(services, { pingMs: options.consolePingMs });
  const webhook = webhookReceiver(services);

  async function readyz(res: ServerResponse) {
    const [store, zstack] = await Promise.all([
      pingDb(services.db),
      services.zstack.getVersion({ timeoutMs: 3000 }).then(
        () => true,
        () => false,
      ),
    ]);
    json(res, store && zstack ? 200 : 503, { store, zstack });
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let path: string;
    try {
      path = new URL(req.url ?? '/', 'http://x').pathname;
    } catch {
      res.writeHead(400).end();
      return;
    }
    const started = performance.now();
    // The path only: tRPC GET inputs travel in the query string.
    res.once('finish', () => {
      const ms = Math.round(performance.now() - started);
      services.log.debug({ method: req.method, path, status: res.statusCode, ms }, 'http');
    });
    if (path.startsWith('/trpc/') || path === '/trpc') {
      const refusal = checkCsrf(req, publicOrigin);
      if (refusal) return json(res, refusal.status, { error: { message: refusal.message } });
      return void trpc(req, res);
    }
    // ZStack's job callbacks: CSRF-exempt, authenticated by the job's secret path segment.
    if (isWebhookPath(path)) return void webhook(req, res, path);
    if (path === '/healthz') return json(res, 200, { status: 'ok' });
    if (path === '/readyz') return void readyz(res);
    if (path === '/metrics') {
      res
        .writeHead(200, { 'content-type': 'text/plain; version=0.0.4' })
        .end(services.metrics.render());
      return;
    }
    spa(req, res);
  });
  server.on(
    'upgrade',
    upgradeRouter(
      services,
      { '/ws': { wss }, '/console': consoles.route },
      { publicOrigin, cookieName: cookieName(secure) },
    ),
  );

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const { port: actual } = server.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${actual}`);
        });
      }),
    async close() {
      wsHandler.broadcastReconnectNotification();
      consoles.close();
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
