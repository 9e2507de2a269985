import { clientErrorCodes, ZStackError } from '../errors.ts';

/**
 * How often a job is looked at. The SDKs poll every second for up to 3 h; the client starts at
 * `initialMs` and grows the wait by `factor` up to `maxMs`, so a long job costs few requests while
 * a short one is seen soon.
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/ZSConfig.java
 */
export interface BackoffPolicy {
  /** The first wait, ms. Default 1000, like the SDKs. */
  readonly initialMs: number;
  /** Growth per poll. Default 1.5. */
  readonly factor: number;
  /** The longest wait, ms. Default 5000. */
  readonly maxMs: number;
}

/** The defaults: 1 s, ×1.5, capped at 5 s. */
export const defaultBackoff: BackoffPolicy = { initialMs: 1000, factor: 1.5, maxMs: 5000 };

/** The n-th wait (n from 0) of a policy. */
export function backoffDelay(policy: BackoffPolicy, attempt: number): number {
  const grown = policy.initialMs * policy.factor ** attempt;
  return Math.max(0, Math.min(policy.maxMs, grown));
}

/**
 * Waits `ms`, or less when the deadline comes first; rejects with `ZDASH.ABORTED` when the
 * signal fires. (A timer, not a busy loop: tests shrink the policy instead of faking time.)
 */
export function waitFor(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError(signal.reason));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortError(reason: unknown): ZStackError {
  return new ZStackError({
    code: clientErrorCodes.ABORTED,
    description: 'the call was aborted',
    cause: reason,
  });
}
