import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import type { StoredSession } from '../db/sessionsRepo.ts';
import type { BffServices } from '../services.ts';
import { readCookie } from './cookies.ts';
import { isAllowedOrigin } from './origins.ts';

/** One WebSocket path: its server and what it knows about the session that opened it. */
export interface UpgradeRoute {
  wss: WebSocketServer;
  /** The route's own checks that need the live session, before 101 (the console's ticket). */
  admit?: (req: IncomingMessage, session: StoredSession, origin: string) => Promise<Admission>;
}

/** What {@link UpgradeRoute.admit} decides: a refusal, or what to do with the open socket. */
export type Admission =
  | { ok: true; connected?: (ws: WebSocket) => void }
  | { ok: false; status: number; text: string };

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/**
 * The one 'upgrade' listener for every WebSocket path (/ws for tRPC subscriptions now, /console
 * for consoles), so one check covers them all: an Origin is required and must be allowed (browsers always
 * send one; CSWSH), and the session cookie must be live. Each socket is registered with its session,
 * whose end closes it at once.
 */
export function upgradeRouter(
  services: BffServices,
  routes: Record<string, UpgradeRoute>,
  options: { publicOrigin: string | undefined; cookieName: string },
) {
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', () => socket.destroy());
    let path = '';
    try {
      path = new URL(req.url ?? '/', 'http://x').pathname;
    } catch {}
    const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (!route) {
      refuse(socket, 404, 'Not Found');
      return;
    }
    const origin = req.headers.origin;
    if (!origin || !isAllowedOrigin(origin, req, options.publicOrigin)) {
      refuse(socket, 403, 'Forbidden');
      return;
    }
    const token = readCookie(req.headers.cookie, options.cookieName);
    services.sessions
      .resolve(token)
      .then(async (auth) => {
        if (auth.status !== 'live') {
          refuse(socket, 401, 'Unauthorized');
          return;
        }
        const admission = route.admit
          ? await route.admit(req, auth.session, origin)
          : { ok: true as const };
        if (!admission.ok) {
          refuse(socket, admission.status, admission.text);
          return;
        }
        route.wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
          const unregister = services.sessions.registerSocket(auth.session.idHash, ws);
          services.metrics.socketOpened();
          ws.once('close', () => {
            unregister();
            services.metrics.socketClosed();
          });
          route.wss.emit('connection', ws, req);
          admission.connected?.(ws);
        });
      })
      // The route's own check may fail too (the store): a 500, before any 101.
      .catch((error: unknown) => {
        services.log.error({ err: error }, 'upgrade failed');
        refuse(socket, 500, 'Internal Server Error');
      });
  };
}
