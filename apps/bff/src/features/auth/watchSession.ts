import type { Clock } from '../../clock.ts';
import type { BffServices } from '../../services.ts';
import { type SessionInfo, toSessionInfo } from './sessionInfo.ts';

const tickMs = 60_000;

function wait(clock: Clock, ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const handle = clock.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clock.clearTimeout(handle);
      resolve();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The session's remaining times, pushed: now, every minute, and exactly when re-authentication
 * starts being offered; ends when the session does (its socket is closed then too). Reading it
 * is not activity.
 */
export async function* watchSession(
  services: BffServices,
  token: string | null,
  signal: AbortSignal | undefined,
): AsyncGenerator<SessionInfo> {
  const { sessions, clock } = services;
  while (!signal?.aborted) {
    const auth = await sessions.resolve(token);
    if (auth.status !== 'live') return;
    const info = toSessionInfo(auth.session, sessions.limits, clock.now());
    yield info;
    const untilReauth = info.absoluteRemainingMs - sessions.limits.reauthWindowMs;
    const next = untilReauth > 0 ? Math.min(tickMs, untilReauth) : tickMs;
    await wait(clock, Math.min(next, info.idleRemainingMs + 10), signal);
  }
}
