import { describe, expect, it } from 'vitest';
import { formatBytes, levelColor, usedPercent } from './dashboardFormat.ts';

describe('dashboard formatting', () => {
  it('formats bytes in binary units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(64 * 1024 ** 3)).toBe('64.0 GiB');
    expect(formatBytes(200 * 1024 ** 4)).toBe('200 TiB');
  });
  it('computes a bounded percentage and its colour', () => {
    expect(usedPercent(5, 0)).toBe(0);
    expect(usedPercent(3, 4)).toBe(75);
    expect(levelColor(75)).toBe('warning');
    expect(levelColor(95)).toBe('error');
    expect(levelColor(10)).toBe('primary');
  });
});
