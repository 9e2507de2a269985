import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { SimContext } from '../core/context.ts';
import type { SimLogger } from '../core/runtime.ts';
import { findConsoleByToken, isConsoleAgentDown } from '../network/consoleProxies.ts';

/**
 * The websockify side of the console proxy: a WebSocket listener that, like websockify 0.9 run
 * by ZStack's console proxy agent with `--token-plugin TokenFile`, takes the token from the
 * `token` query parameter of any path and checks it BEFORE answering the upgrade — an unknown or
 * expired token (or the agent held down by the control API, or the node down) gets its TCP
 * socket destroyed without any HTTP response. It answers the subprotocol `binary` when offered
 * and none otherwise (so a client offering only `base64` fails the handshake, as with 0.9).
 * What happens after the upgrade (the VNC target) is the caller's `onConnection`.
 *
 * @see https://github.com/novnc/websockify/blob/v0.9.0/websockify/websocketproxy.py
 * @see https://github.com/novnc/websockify/blob/v0.9.0/websockify/websockifyserver.py
 * @see https://github.com/zstackio/zstack-utility/blob/master/consoleproxy/consoleproxy/console_proxy_agent.py
 */
export interface WebsockifyOptions {
  readonly port: number;
  readonly host: string;
  readonly currentSim: () => SimContext | undefined;
  readonly log: SimLogger;
  /** A connection past the upgrade, for the grant behind `token`. */
  readonly onConnection: (ws: WebSocket, token: string, vmUuid: string) => void;
}

/** The bound listener. */
export interface WebsockifyListener {
  readonly server: Server;
  readonly port: number;
  /** Stops listening and drops every connection. */
  close(): Promise<void>;
}

/** Largest client frame accepted: RFB client messages are small (ClientCutText aside). */
const maxPayload = 1 << 20;

/** The grant an upgrade request names, or why it is refused. */
function admit(
  req: IncomingMessage,
  sim: SimContext | undefined,
): { token: string; vmUuid: string } | { refused: string } {
  if (!sim) return { refused: 'the management node is down' };
  const token = new URL(req.url ?? '/', 'http://proxy').searchParams.get('token');
  if (!token) return { refused: 'no token' };
  if (isConsoleAgentDown(sim, sim.managementNode.uuid)) return { refused: 'the agent is down' };
  const grant = findConsoleByToken(sim, token);
  if (!grant) return { refused: 'unknown or expired token' };
  return { token, vmUuid: grant.vmInstanceUuid };
}

/** Binds the listener on host:port (0 = a free port). */
export async function startWebsockify(options: WebsockifyOptions): Promise<WebsockifyListener> {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload,
    perMessageDeflate: false,
    handleProtocols: (offered) => (offered.has('binary') ? 'binary' : false),
  });
  const server = createServer((_req, res) => {
    // websockify without --web answers plain HTTP this way.
    res.writeHead(405, { 'content-type': 'text/plain' }).end('Method Not Allowed\n');
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    let verdict: ReturnType<typeof admit>;
    try {
      verdict = admit(req, options.currentSim());
    } catch (error) {
      verdict = { refused: String(error) };
    }
    if ('refused' in verdict) {
      options.log('consoleRefused', { reason: verdict.refused });
      socket.destroy();
      return;
    }
    const { token, vmUuid } = verdict;
    wss.handleUpgrade(req, socket, head, (ws) => options.onConnection(ws, token, vmUuid));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    server,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
