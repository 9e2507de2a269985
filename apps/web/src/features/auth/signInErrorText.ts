import { describeError, trpcCodeOf } from '../../lib/appErrors.ts';
import type { I18n } from '../../lib/i18n/I18nProvider.tsx';

/**
 * The sign-in failure in words: one generic message for any wrong name or password (never which
 * one), the throttle's wait, or an unreachable cloud.
 */
export function signInErrorText(error: unknown, t: I18n['t']): string {
  switch (trpcCodeOf(error)) {
    case 'UNAUTHORIZED':
      return t('signIn.failed');
    case 'TOO_MANY_REQUESTS': {
      const seconds = /(\d+)\s*s\b/.exec(error instanceof Error ? error.message : '')?.[1] ?? '60';
      return t('signIn.throttled', { seconds });
    }
    case 'SERVICE_UNAVAILABLE':
    case 'TIMEOUT':
      return t('signIn.unavailable');
    default:
      return describeError(error, t);
  }
}
