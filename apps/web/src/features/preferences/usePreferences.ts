import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../lib/i18n/catalogues.ts';
import { type RouterInputs, useTRPC } from '../../lib/trpc.ts';
import { useSession } from '../auth/useSession.ts';

/** Theme preference. */
export type ThemePreference = 'light' | 'dark' | 'system';

/** The browser's language, used until someone signs in. */
export function browserLanguage(): Language {
  return typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('zh')
    ? 'zh-CN'
    : 'en';
}

/**
 * Theme and language from the BFF (never web storage). Signed out: follow the system and the
 * browser's language.
 */
export function usePreferences(): { theme: ThemePreference; language: Language } {
  const trpc = useTRPC();
  const session = useSession();
  const signedIn = Boolean(session.data);
  const prefs = useQuery({
    ...trpc.preferences.get.queryOptions(),
    enabled: signedIn,
    staleTime: Number.POSITIVE_INFINITY,
    throwOnError: false,
  });
  if (!signedIn || !prefs.data) return { theme: 'system', language: browserLanguage() };
  return { theme: prefs.data.theme, language: prefs.data.language };
}

/** Saves preferences, showing the change at once (optimistic) and rolling back on failure. */
export function useSetPreferences() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = trpc.preferences.get.queryKey();
  return useMutation(
    trpc.preferences.set.mutationOptions({
      onMutate: async (input: RouterInputs['preferences']['set']) => {
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueryData(key);
        if (previous) {
          const next = { ...previous };
          if (input.theme) next.theme = input.theme;
          if (input.language) next.language = input.language;
          queryClient.setQueryData(key, next);
        }
        return { previous };
      },
      onError: (_error, _input, context) => {
        if (context?.previous) queryClient.setQueryData(key, context.previous);
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
    }),
  );
}
