import { useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useTRPC } from '../../lib/trpc.ts';
import type { JobView } from './jobFormat.ts';
import { applyJobChange } from './liveJobs.ts';

/** Follows `jobs.onChange` (over /ws) while `enabled`, keeping every job query current. */
export function useLiveJobs(enabled: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useSubscription(
    trpc.jobs.onChange.subscriptionOptions(undefined, {
      enabled,
      onData: (job) => applyJobChange(queryClient, trpc, job as JobView),
    }),
  );
}
