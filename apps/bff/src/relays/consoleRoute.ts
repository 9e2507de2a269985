import { WebSocket, WebSocketServer } from 'ws';
import type { UpgradeRoute } from '../server/upgrade.ts';
import type { BffServices } from '../services.ts';
import { startRelay } from './consoleRelay.ts';

/** The /console route and a way to end its relays when the server stops. */
export interface ConsoleRoute {
  route: UpgradeRoute;
  close(): void;
}

/**
 * `/console?ticket=…` on the shared upgrade router: after its Origin and session checks, the ticket
 * is redeemed (single use; refused before 101 with 401 when unknown, replayed or expired, 403 for
 * another session or Origin), then the socket is relayed to the console proxy.
 */
export function consoleRoute(
  services: BffServices,
  options: { pingMs?: number } = {},
): ConsoleRoute {
  // noVNC's messages are small; ClientCutText (paste) is the largest.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 4 << 20,
    perMessageDeflate: false,
  });
  return {
    route: {
      wss,
      async admit(req, session, origin) {
        const ticket = new URL(req.url ?? '/', 'http://x').searchParams.get('ticket');
        const redeemed = await services.consoles.redeem(ticket, session.idHash, origin);
        if (!redeemed.ok) return redeemed;
        return {
          ok: true,
          connected: (ws) =>
            startRelay(ws, redeemed.ticket, session, {
              consoles: services.consoles,
              sessions: services.sessions,
              log: services.log,
              pingMs: options.pingMs,
            }),
        };
      },
    },
    close() {
      for (const ws of wss.clients) {
        if (ws.readyState === WebSocket.OPEN) ws.close(1001, 'server stopping');
      }
      wss.close();
    },
  };
}
