/** Time and timers, injectable so tests drive session limits with a fake clock instead of sleeping. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock; its timers never keep the process alive. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(fn, ms) {
    const t = setTimeout(fn, ms);
    t.unref();
    return t;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * A manual clock for tests: `advance(ms)` moves time and runs the timers that fall due, in order,
 * awaiting what they return.
 *
 * @example
 * const clock = fakeClock();
 * await clock.advance(31 * 60_000);
 */
export function fakeClock(start = Date.now()) {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => unknown }>();
  return {
    now: () => now,
    setTimeout(fn: () => unknown, ms: number) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout(handle: unknown) {
      timers.delete(handle as number);
    },
    pending: () => timers.size,
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= end)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        await due[1].fn();
      }
      now = end;
    },
  } satisfies Clock & Record<string, unknown>;
}
