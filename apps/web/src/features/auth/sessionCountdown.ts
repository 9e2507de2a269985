/** The idle warning opens this long before the idle end… */
export const idleWarningMs = 60_000;

/** …or a third of the idle timeout when that is shorter (a short timeout must stay usable). */
export function warningLead(idleTimeoutMs: number): number {
  return Math.min(idleWarningMs, Math.floor(idleTimeoutMs / 3));
}

/** Local deadlines of a session answer: the server's remaining times from when it was received. */
export function deadlines(
  info: { idleRemainingMs: number; absoluteRemainingMs: number },
  receivedAt: number,
): { idleEnd: number; absoluteEnd: number } {
  // Remaining times, not the server's clock, so a skewed browser clock does not matter.
  return {
    idleEnd: receivedAt + info.idleRemainingMs,
    absoluteEnd: receivedAt + info.absoluteRemainingMs,
  };
}

/** `m:ss` (or `h:mm:ss`) of a duration; never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
