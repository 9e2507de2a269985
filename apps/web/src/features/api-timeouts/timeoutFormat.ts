import { apiTimeoutDuration } from '@zdash/schemas';
import type { MessageKey } from '../../lib/i18n/en.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';

/** One row of `apiTimeouts.list`. */
export type TimeoutRow = RouterOutputs['apiTimeouts']['list']['items'][number];

/** Milliseconds as ZStack writes durations: 3h, 30m, 90s, 1d (or plain ms). */
export function zstackDuration(ms: number): string {
  const units: [number, string][] = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'm'],
    [1000, 's'],
  ];
  for (const [size, unit] of units) if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  return String(ms);
}

/** The message key of the rule that applies. */
export function ruleLabel(rule: TimeoutRow['rule']): MessageKey {
  return `timeouts.rule.${rule}` as MessageKey;
}

/** Whether a typed duration is acceptable (a duration of at least 5 minutes). */
export function isValidTimeout(text: string): boolean {
  return text.trim() !== '' && apiTimeoutDuration.safeParse(text.trim()).success;
}
