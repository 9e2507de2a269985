import type { QueryClient, QueryFilters } from '@tanstack/react-query';
import type { RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import type { JobView } from './jobFormat.ts';

type Trpc = ReturnType<typeof useTRPC>;
type JobList = RouterOutputs['jobs']['list'];
type JobDetail = RouterOutputs['jobs']['get'];

/**
 * Invalidates the queries a finished job affects: each key of `affects` is a router key (the
 * catalogue section), taken through the tRPC proxy's path filter; a key with no query is a no-op.
 */
export function invalidateAffected(queryClient: QueryClient, trpc: Trpc, affects: string[]) {
  const routers = trpc as unknown as Record<string, { pathFilter(): QueryFilters } | undefined>;
  for (const key of new Set(affects)) {
    const filter = routers[key]?.pathFilter();
    if (filter) void queryClient.invalidateQueries(filter);
  }
}

/**
 * Applies one `jobs.onChange` event to the cache: the job's page and every list holding it are
 * updated in place; a job no list has yet refreshes the lists; a finished one invalidates what
 * it affects.
 */
export function applyJobChange(queryClient: QueryClient, trpc: Trpc, job: JobView): void {
  queryClient.setQueryData(trpc.jobs.get.queryKey({ id: job.id }), (old: JobDetail | undefined) =>
    old ? { ...old, ...job } : old,
  );
  let known = false;
  queryClient.setQueriesData<JobList>(trpc.jobs.list.pathFilter(), (old) => {
    if (!old?.items.some((j) => j.id === job.id)) return old;
    known = true;
    return { ...old, items: old.items.map((j) => (j.id === job.id ? job : j)) };
  });
  if (job.finishedAt) invalidateAffected(queryClient, trpc, [...job.affects, 'jobs']);
  else if (!known) void queryClient.invalidateQueries(trpc.jobs.list.pathFilter());
}
