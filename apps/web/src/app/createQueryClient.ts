import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { authActionOf } from '../lib/appErrors.ts';

/** Callbacks the providers fill in once i18n and notifications exist. */
export interface QueryErrorHooks {
  onAuthError(action: 'signIn' | 'reauthenticate', reason: string): void;
  onMutationError(error: unknown): void;
}

/** Mutation meta: `silent` mutations show their failure themselves (forms, dialogs). */
export interface AppMutationMeta extends Record<string, unknown> {
  silent?: boolean;
}

/**
 * The app's QueryClient. Authentication failures of any call open the sign-in or re-auth flow;
 * other mutation failures go to the one snackbar (house-style §5); query failures reach the
 * page's error boundary, except authentication ones, which the re-auth dialog resolves.
 */
export function createQueryClient(hooks: QueryErrorHooks, options: { retry?: boolean } = {}) {
  const onAuth = (error: unknown) => {
    const auth = authActionOf(error);
    if (auth) hooks.onAuthError(auth.action, auth.reason);
    return auth !== undefined;
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error) => void onAuth(error) }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        // Silent mutations (sign-in, re-auth, forms) word their own failures, auth ones included.
        if ((mutation.meta as AppMutationMeta | undefined)?.silent) return;
        if (onAuth(error)) return;
        hooks.onMutationError(error);
      },
    }),
    defaultOptions: {
      queries: {
        retry:
          options.retry === false ? false : (count, error) => !authActionOf(error) && count < 2,
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        throwOnError: (error) => !authActionOf(error),
      },
    },
  });
}
