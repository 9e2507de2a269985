import { ZStackError } from '@zdash/zstack-client';

/**
 * Close codes of the /console WebSocket, for the UI to word (4000–4999 are the application's).
 * 4401 (the session ended) comes from the session manager.
 */
export const consoleClose = {
  /** ZStack deleted the proxy token (the person who shared it signed out, or the VM rebooted):
   * the reason carries a fresh ticket from this person's own session — reconnect with it now. */
  reconnect: 4000,
  /** The VM is not in a console state (upstream 1011, or RequestConsoleAccess refused it). */
  vmState: 4001,
  /** The proxy refused the token before 101: expired or unknown. */
  tokenExpired: 4002,
  /** The proxy could not be reached (connection refused, no route, timeout). */
  proxyUnreachable: 4003,
  /** The console proxy agent is disconnected (re-access refused): see the agents page. */
  agentDisconnected: 4004,
  /** The proxy closed the console for another reason (its text follows). */
  proxyClosed: 4005,
  /** The keep-alive went unanswered. */
  keepAlive: 4008,
} as const;

/** Close code and reason for a failed RequestConsoleAccess, by ZStack's text (it has no own code). */
export function closeForAccessError(error: unknown): { code: number; reason: string } {
  const text = error instanceof ZStackError ? `${error.description} ${error.details ?? ''}` : '';
  if (/console agent is not connected/i.test(text)) {
    return { code: consoleClose.agentDisconnected, reason: 'console agent disconnected' };
  }
  if (/not in state|only available when/i.test(text)) {
    return { code: consoleClose.vmState, reason: 'vm not in a console state' };
  }
  return { code: consoleClose.proxyClosed, reason: 'console access refused' };
}

/** Close code and reason for an upstream that failed before it opened. */
export function closeForDialError(error: unknown): { code: number; reason: string } {
  const code = (error as { code?: string }).code;
  // websockify destroys the TCP connection before any HTTP answer on a bad token.
  if (code === 'ECONNRESET' || /socket hang up|Unexpected server response/.test(String(error))) {
    return { code: consoleClose.tokenExpired, reason: 'console token expired or unknown' };
  }
  return { code: consoleClose.proxyUnreachable, reason: 'console proxy unreachable' };
}
