import type { QueryClient } from '@tanstack/react-query';
import type { useTRPC } from '../../lib/trpc.ts';

/**
 * Counts as activity of the person, resetting the BFF's idle clock ("stay signed in").
 *
 * Adapter: the BFF has no `auth.keepAlive` yet, and auth.session / preferences.get are marked
 * background (they never touch the session). The smallest non-background read is one audit row,
 * which every signed-in person may list. Swap for a dedicated procedure when the BFF adds one.
 */
export async function touchSession(
  queryClient: QueryClient,
  trpc: ReturnType<typeof useTRPC>,
): Promise<void> {
  await queryClient.fetchQuery({
    ...trpc.auditLog.list.queryOptions({ limit: 1, offset: 0 }),
    staleTime: 0,
  });
}
