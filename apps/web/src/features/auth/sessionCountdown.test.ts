import { describe, expect, it } from 'vitest';
import { deadlines, formatCountdown, warningLead } from './sessionCountdown.ts';

describe('session countdown', () => {
  it('formats minutes and hours', () => {
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(5_000)).toBe('0:05');
    expect(formatCountdown(-10)).toBe('0:00');
    expect(formatCountdown(3_725_000)).toBe('1:02:05');
  });
  it('warns a minute ahead, or a third of a short timeout', () => {
    expect(warningLead(30 * 60_000)).toBe(60_000);
    expect(warningLead(24_000)).toBe(8_000);
  });
  it('computes deadlines from remaining times, not the server clock', () => {
    expect(deadlines({ idleRemainingMs: 1000, absoluteRemainingMs: 5000 }, 100)).toEqual({
      idleEnd: 1100,
      absoluteEnd: 5100,
    });
  });
});
