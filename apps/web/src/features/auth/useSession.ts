import { useQuery } from '@tanstack/react-query';
import { backgroundContext, useTRPC } from '../../lib/trpc.ts';

/** How often the session is re-read, and more often near its end (for the countdown). */
const pollMs = 30_000;
const nearEndPollMs = 5_000;
const nearEndMs = 90_000;

/**
 * The current session (null when signed out). Polled as background work so that polling never
 * extends the idle timeout.
 */
export function useSession() {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.auth.session.queryOptions(undefined, { trpc: { context: backgroundContext } }),
    staleTime: 0,
    throwOnError: false,
    refetchInterval: (query) => {
      const data = query.state.data;
      if (!data) return false;
      const left = data.idleRemainingMs - (Date.now() - query.state.dataUpdatedAt);
      return left < nearEndMs ? nearEndPollMs : pollMs;
    },
  });
}
