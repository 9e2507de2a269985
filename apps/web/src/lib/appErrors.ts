import { TRPCClientError } from '@trpc/client';
import { isMessageKey } from './i18n/catalogues.ts';
import type { MessageKey } from './i18n/en.ts';
import type { I18n } from './i18n/I18nProvider.tsx';

/** What the BFF's error formatter adds to `error.data` (apps/bff/src/trpc/init.ts). */
interface ErrorData {
  code?: string;
  zstackCode?: string | null;
  auth?: { action: 'signIn' | 'reauthenticate'; reason: string } | null;
  zodError?: { fieldErrors?: Record<string, string[] | undefined> } | null;
}

function dataOf(error: unknown): ErrorData | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  return (error.data ?? undefined) as ErrorData | undefined;
}

/** What the UI must do about an authentication failure, if it is one. */
export function authActionOf(
  error: unknown,
): { action: 'signIn' | 'reauthenticate'; reason: string } | undefined {
  return dataOf(error)?.auth ?? undefined;
}

/** The tRPC error code (`UNAUTHORIZED`, `TOO_MANY_REQUESTS` …). */
export function trpcCodeOf(error: unknown): string | undefined {
  return dataOf(error)?.code;
}

/** The ZStack error code behind a failure, if the cloud refused the call. */
export function zstackCodeOf(error: unknown): string | undefined {
  return dataOf(error)?.zstackCode ?? undefined;
}

/** Field errors of a Zod-validated input, for MUI helperText. */
export function fieldErrorsOf(error: unknown): Record<string, string[] | undefined> {
  return dataOf(error)?.zodError?.fieldErrors ?? {};
}

/**
 * One sentence for a failed call, in the person's language: ZStack codes in words (with the
 * server's detail), a dead network, or the BFF's own message.
 */
export function describeError(error: unknown, t: I18n['t']): string {
  const code = zstackCodeOf(error);
  if (code) {
    const key = `error.code.${code}`;
    const words = isMessageKey(key) ? t(key as MessageKey) : t('error.code.other');
    const detail = error instanceof Error && error.message ? ` — ${error.message}` : '';
    return t('error.zstack', { code, text: `${words}${detail}` });
  }
  if (error instanceof TRPCClientError && !error.data) return t('error.network');
  // The BFF's own refusals (FORBIDDEN, BAD_REQUEST …) carry a message meant for people.
  if (error instanceof TRPCClientError && trpcCodeOf(error) !== 'INTERNAL_SERVER_ERROR') {
    return error.message;
  }
  const message = error instanceof Error ? error.message : String(error);
  return t('error.unexpected', { message });
}
