import { WebSocket } from 'ws';
import type { SessionManager } from '../auth/sessionManager.ts';
import type { StoredSession } from '../db/sessionsRepo.ts';
import type { BffLogger } from '../logging/logger.ts';
import { closeForAccessError, closeForDialError, consoleClose } from './closeCodes.ts';
import type { ConsoleService } from './consoleService.ts';
import { pipeBinary } from './pipe.ts';
import type { ConsoleTicket } from './ticketsRepo.ts';

/** What a relay needs. */
export interface RelayDeps {
  consoles: ConsoleService;
  sessions: SessionManager;
  log: BffLogger;
  /** Ping interval of both sockets; an unanswered ping ends the relay. Default 30 s. */
  pingMs?: number;
}

/** Console input counts as activity at most this often (each touch is a store write). */
const touchEveryMs = 15_000;
/** RFB client messages a person causes: KeyEvent, PointerEvent, ClientCutText (paste). */
const humanInput = new Set([4, 5, 6]);
/** A websockify frame may carry a whole Raw framebuffer update. */
const upstreamMaxPayload = 64 << 20;

/**
 * Relays one browser console socket to the ZStack console proxy its redeemed ticket names: binary
 * frames both ways with backpressure, ping/pong on both legs, both ends closed together with a code
 * the UI can word (see closeCodes.ts). The ZStack token is in the upstream URL only, never logged.
 */
export function startRelay(
  browser: WebSocket,
  ticket: ConsoleTicket,
  initial: StoredSession,
  deps: RelayDeps,
): void {
  const { consoles, sessions, log } = deps;
  let session = initial;
  let lastTouch = 0;
  let done = false;
  const vm = ticket.vmUuid;
  let upstream: WebSocket;
  try {
    upstream = new WebSocket(consoles.upstreamUrl(ticket), {
      perMessageDeflate: false,
      maxPayload: upstreamMaxPayload,
      handshakeTimeout: 10_000,
    });
  } catch {
    // A hostname from the node (or the rewrite) that is no URL host at all.
    browser.close(consoleClose.proxyUnreachable, 'console proxy unreachable');
    return;
  }
  // RFB: the server speaks first, but hold anything the browser sends until upstream is open.
  browser.pause();
  let opened = false;

  const finish = (code: number, reason: string) => {
    if (done) return;
    done = true;
    clearInterval(keepAlive);
    // A paused socket would never read the browser's answering close frame.
    if (browser.readyState === WebSocket.OPEN) browser.resume();
    if (upstream.readyState === WebSocket.OPEN) upstream.resume();
    if (browser.readyState === WebSocket.OPEN) browser.close(code, reason);
    if (upstream.readyState === WebSocket.OPEN) upstream.close(1000, 'browser closed');
    else if (upstream.readyState === WebSocket.CONNECTING) upstream.terminate();
    log.info({ vm, code, reason: reason.replace(/ticket=\S+/, 'ticket=…') }, 'console relay ended');
  };

  const alive = new Map<WebSocket, boolean>([
    [browser, true],
    [upstream, true],
  ]);
  for (const ws of [browser, upstream]) ws.on('pong', () => alive.set(ws, true));
  const keepAlive = setInterval(() => {
    for (const ws of [browser, upstream]) {
      if (ws.readyState !== WebSocket.OPEN) continue;
      if (!alive.get(ws)) return finish(consoleClose.keepAlive, 'keep-alive timeout');
      alive.set(ws, false);
      ws.ping();
    }
  }, deps.pingMs ?? 30_000);
  keepAlive.unref();

  upstream.once('open', () => {
    opened = true;
    pipeBinary(upstream, browser);
    pipeBinary(browser, upstream, (data) => {
      // Only a person's input: noVNC re-requests updates by itself, which must not keep a
      // session alive. It flushes each message in its own frame, so the first byte is its type.
      if (!humanInput.has(data[0] ?? -1)) return;
      const now = sessions.now();
      if (now - lastTouch < touchEveryMs) return;
      lastTouch = now;
      sessions.touch(session).then(
        (updated) => {
          session = updated;
        },
        (error: unknown) => log.warn({ err: error }, 'console activity not recorded'),
      );
    });
    browser.resume();
    log.info({ vm }, 'console relay open');
  });

  upstream.on('error', (error) => {
    if (!opened) finish(closeForDialError(error).code, closeForDialError(error).reason);
    else finish(consoleClose.proxyUnreachable, 'console proxy connection lost');
  });
  upstream.on('unexpected-response', (_req, res) => {
    res.resume();
    finish(consoleClose.tokenExpired, 'console token expired or unknown');
  });

  upstream.on('close', (code, buffer) => {
    if (done || !opened) return;
    const reason = buffer.toString();
    if (code === 1011) return finish(consoleClose.vmState, 'vm not in a console state');
    if (code === 1000 && reason === 'console proxy deleted') return void replaceToken();
    finish(consoleClose.proxyClosed, `console closed by the proxy: ${reason}`.slice(0, 120));
  });

  browser.on('close', () => finish(1000, 'browser closed'));
  browser.on('error', () => finish(1011, 'browser socket error'));

  /**
   * ZStack deleted the token (its owner signed out — a shared token — or the VM rebooted). A new
   * RFB handshake cannot be spliced into noVNC's running stream (it would parse "RFB 003.008" as a
   * server message and fail, and VNC auth needs a password the BFF never sees), so: a fresh
   * RequestConsoleAccess with this person's own session, a fresh ticket, and a close carrying it;
   * the page reconnects at once without another round trip.
   */
  async function replaceToken(): Promise<void> {
    try {
      const inventory = await consoles.requestAccess(sessions.clientFor(session), vm);
      if (done || browser.readyState !== WebSocket.OPEN) return;
      const grant = await consoles.issue(session, vm, ticket.origin, inventory);
      finish(consoleClose.reconnect, `console token replaced; ticket=${grant.ticket}`);
    } catch (error) {
      const mapped = closeForAccessError(error);
      finish(mapped.code, mapped.reason);
    }
  }
}
