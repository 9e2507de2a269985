import { ZStackError } from '@zdash/zstack-client';
import { describe, expect, it } from 'vitest';
import {
  isDuplicateJobUuid,
  sendOutcomeUnknown,
  stateOfFollowError,
  toJobError,
} from './outcome.ts';
import { defaultPollSchedule, nextPollDelay, scaledSchedule } from './pollSchedule.ts';

describe('the poll schedule', () => {
  it('waits the floor, then a tenth of the elapsed time, up to the ceiling', () => {
    expect(nextPollDelay(0, defaultPollSchedule)).toBe(2000);
    expect(nextPollDelay(60_000, defaultPollSchedule)).toBe(6000);
    expect(nextPollDelay(10 * 3600_000, defaultPollSchedule)).toBe(300_000);
    expect(scaledSchedule(defaultPollSchedule, 0.01)).toEqual({
      floorMs: 20,
      ceilMs: 3000,
      webhookFallbackMs: 9000,
    });
  });

  it('sees any completion within max(floor, 10 %) of its time: simulated over 30–300 s jobs', () => {
    let polls = 0;
    let life = 0;
    for (let d = 30_000; d <= 300_000; d += 1000) {
      let t = 0;
      for (;;) {
        t += nextPollDelay(t, defaultPollSchedule);
        polls++;
        if (t >= d) break;
      }
      expect(t - d).toBeLessThanOrEqual(Math.max(2000, 0.1 * d));
      life += t / 1000;
    }
    expect(polls / life).toBeLessThan(0.2);
  });
});

describe('what a failure means for a job', () => {
  const err = (code: string, extra: Partial<ConstructorParameters<typeof ZStackError>[0]> = {}) =>
    new ZStackError({ code, description: code, ...extra });

  it('only the node’s own code is failed', () => {
    expect(stateOfFollowError(err('VM.1001'))).toBe('failed');
    expect(stateOfFollowError(err('ZDASH.TIMEOUT'))).toBe('stopped-waiting');
    expect(stateOfFollowError(err('ZDASH.JOB_EXPIRED'))).toBe('outcome-unknown');
    expect(stateOfFollowError(err('ZDASH.CONNECTION'))).toBeNull();
    expect(stateOfFollowError(err('ZDASH.HTTP'))).toBeNull();
    expect(stateOfFollowError(new Error('boom'))).toBeNull();
  });

  it('tells the duplicate-uuid 400 and lost answers', () => {
    expect(
      isDuplicateJobUuid(err('ZDASH.HTTP', { status: 400, details: 'Duplicate job uuid[ab]' })),
    ).toBe(true);
    expect(isDuplicateJobUuid(err('ZDASH.HTTP', { status: 400, details: 'bad uuid' }))).toBe(false);
    expect(sendOutcomeUnknown(err('ZDASH.CONNECTION'))).toBe(true);
    expect(sendOutcomeUnknown(err('SYS.1007'))).toBe(false);
  });

  it('keeps the cause chain', () => {
    const e = err('VM.1003', { causes: [err('HOST.1001', { details: 'agent lost' })] });
    expect(toJobError(e)).toEqual({
      code: 'VM.1003',
      description: 'VM.1003',
      details: null,
      causes: [{ code: 'HOST.1001', description: 'HOST.1001', details: 'agent lost', causes: [] }],
    });
  });
});
