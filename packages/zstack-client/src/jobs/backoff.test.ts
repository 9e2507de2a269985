import { describe, expect, it } from 'vitest';
import { clientErrorCodes } from '../errors.ts';
import { backoffDelay, defaultBackoff, waitFor } from './backoff.ts';

describe('backoffDelay', () => {
  it('starts at 1 s and grows ×1.5 to the cap by default', () => {
    const delays = [0, 1, 2, 3, 4, 5].map((n) => backoffDelay(defaultBackoff, n));
    expect(delays).toEqual([1000, 1500, 2250, 3375, 5000, 5000]);
  });
});

describe('waitFor', () => {
  it('rejects with ZDASH.ABORTED when the signal fires', async () => {
    const controller = new AbortController();
    const waiting = waitFor(60_000, controller.signal);
    controller.abort(new Error('bye'));
    await expect(waiting).rejects.toMatchObject({ code: clientErrorCodes.ABORTED });
  });

  it('rejects at once on an already aborted signal', async () => {
    await expect(waitFor(60_000, AbortSignal.abort())).rejects.toMatchObject({
      code: clientErrorCodes.ABORTED,
    });
  });
});
