import type { SimClock } from './context.ts';

/** The simulator's clock; `advance` moves `now()` forward (tests of expiry, never sleeps). */
export interface AdjustableClock extends SimClock {
  advance(ms: number): void;
}

/**
 * Creates the simulated clock. Simulated durations are scaled to real time (`timeScale` 0.001
 * makes a 30 s simulated boot take 30 ms), while `now()` stays the wall clock (plus whatever
 * `advance` added): dates the node reports must look like a real node's.
 */
export function createClock(timeScale = 1): AdjustableClock {
  let scale = checkScale(timeScale);
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance(ms: number) {
      offset += ms;
    },
    get timeScale() {
      return scale;
    },
    setTimeScale(next: number) {
      scale = checkScale(next);
    },
    sleep(simMs: number, signal?: AbortSignal): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal?.reason);
        };
        const timer = setTimeout(
          () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
          Math.max(0, simMs * scale),
        );
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}

function checkScale(scale: number): number {
  if (!Number.isFinite(scale) || scale < 0) throw new RangeError(`bad time scale ${scale}`);
  return scale;
}
