import { describe, expect, it } from 'vitest';
import { isValidTimeout, zstackDuration } from './timeoutFormat.ts';

describe('timeoutFormat', () => {
  it('writes durations as ZStack does', () => {
    expect(zstackDuration(3 * 3_600_000)).toBe('3h');
    expect(zstackDuration(30 * 60_000)).toBe('30m');
    expect(zstackDuration(86_400_000)).toBe('1d');
    expect(zstackDuration(300_001)).toBe('300001');
  });

  it('accepts 5 minutes or more only', () => {
    expect(isValidTimeout('30m')).toBe(true);
    expect(isValidTimeout('300000')).toBe(true);
    expect(isValidTimeout('4m')).toBe(false);
    expect(isValidTimeout('soon')).toBe(false);
    expect(isValidTimeout('')).toBe(false);
  });
});
