import { describe, expect, it } from 'vitest';
import { createClock } from './clock.ts';

describe('simulated clock', () => {
  it('scales sleeps and can be aborted', async () => {
    const clock = createClock(0.001);
    const began = performance.now();
    await clock.sleep(20_000);
    expect(performance.now() - began).toBeLessThan(1000);
    const controller = new AbortController();
    const sleeping = clock.sleep(3_600_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(sleeping).rejects.toThrow('stop');
  });

  it('advances now() without waiting', () => {
    const clock = createClock();
    const before = clock.now().getTime();
    clock.advance(3_600_000);
    expect(clock.now().getTime() - before).toBeGreaterThanOrEqual(3_600_000);
    expect(() => clock.setTimeScale(-1)).toThrow(RangeError);
  });
});
