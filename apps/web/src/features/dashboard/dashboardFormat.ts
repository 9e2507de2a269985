const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;

/** Bytes in binary units, as ZStack's own UI shows capacity (`1.5 TiB`). */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value >= 100 || unit === 0 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

/** Used share in percent (0–100), 0 for an empty total. */
export function usedPercent(used: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.max(0, (used / total) * 100));
}

/** Bar colour by fill level: calm below 70 %, warning to 90 %, error above. */
export function levelColor(percent: number): 'primary' | 'warning' | 'error' {
  if (percent >= 90) return 'error';
  if (percent >= 70) return 'warning';
  return 'primary';
}
