/**
 * ZStack versions are dotted numbers (`1.2.0`, `4.8.0`, `5.2.1`); GetVersion answers with one.
 * Missing parts count as 0, so `1.9` equals `1.9.0`.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const pb = b.split('.').map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}

/** True when `version` is `since` or later. */
export function isAtLeast(version: string, since: string): boolean {
  return compareVersions(version, since) >= 0;
}

/** The version the simulator emulates unless told otherwise. */
export const defaultSimulatedVersion = '4.8.0';
