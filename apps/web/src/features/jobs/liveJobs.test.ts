import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { describe, expect, it } from 'vitest';
import type { AppRouter } from '../../lib/trpc.ts';
import { fakeLink } from '../../test/fakeLink.ts';
import type { JobView } from './jobFormat.ts';
import { applyJobChange } from './liveJobs.ts';

function setup() {
  const queryClient = new QueryClient();
  const client = createTRPCClient<AppRouter>({ links: [fakeLink({}, [])] });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
  return { queryClient, trpc };
}

const job = (over: Partial<JobView>) =>
  ({
    id: 'j1',
    state: 'running',
    finishedAt: null,
    affects: ['vms', 'dashboard'],
    ...over,
  }) as JobView;

describe('applyJobChange', () => {
  it('updates a listed job in place and invalidates what a finished job affects', () => {
    const { queryClient, trpc } = setup();
    const listKey = trpc.jobs.list.queryKey({ limit: 20 });
    queryClient.setQueryData(listKey, { items: [job({})], total: 1 });
    queryClient.setQueryData(trpc.dashboard.summary.queryKey(), {} as never);
    applyJobChange(queryClient, trpc, job({ state: 'running', progress: null }));
    expect(queryClient.getQueryState(trpc.dashboard.summary.queryKey())?.isInvalidated).toBe(false);

    applyJobChange(queryClient, trpc, job({ state: 'succeeded', finishedAt: new Date() }));
    expect(queryClient.getQueryData(listKey)?.items[0]?.state).toBe('succeeded');
    expect(queryClient.getQueryState(trpc.dashboard.summary.queryKey())?.isInvalidated).toBe(true);
  });

  it('refreshes the lists for a job none of them holds yet', () => {
    const { queryClient, trpc } = setup();
    const listKey = trpc.jobs.list.queryKey({ limit: 20 });
    queryClient.setQueryData(listKey, { items: [], total: 0 });
    applyJobChange(queryClient, trpc, job({ id: 'new' }));
    expect(queryClient.getQueryState(listKey)?.isInvalidated).toBe(true);
  });
});
