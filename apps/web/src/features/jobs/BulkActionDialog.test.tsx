import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { createTRPCClient } from '@trpc/client';
import { testIds } from '@zdash/test-ids';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../app/createQueryClient.ts';
import { type AppRouter, TRPCProvider } from '../../lib/trpc.ts';
import { type FakeCall, fakeLink } from '../../test/fakeLink.ts';
import { BulkActionDialog } from './BulkActionDialog.tsx';

const parentId = '6f1f8a2e-0c1b-4f57-9d7e-2a8b3c4d5e6f';

function status(done: boolean) {
  const error = { code: 'SYS.1006', description: 'The VM is busy', details: null, causes: [] };
  return {
    parentId,
    api: 'StopVmInstance',
    total: 2,
    done: done ? 2 : 1,
    counts: done ? { succeeded: 1, failed: 1 } : { succeeded: 1, running: 1 },
    items: [
      { id: 'j1', target: 'vm-a', state: 'succeeded', error: null, finishedAt: new Date() },
      {
        id: 'j2',
        target: 'vm-b',
        state: done ? 'failed' : 'running',
        error: done ? error : null,
        finishedAt: done ? new Date() : null,
      },
    ],
  };
}

describe('BulkActionDialog', () => {
  it('shows each item and re-reads the status until every item has ended', async () => {
    const calls: FakeCall[] = [];
    let reads = 0;
    const handlers = { 'jobs.bulkStatus': () => status(++reads > 1) };
    const hooks = { onAuthError: () => {}, onMutationError: () => {} };
    const queryClient = createQueryClient(hooks, { retry: false });
    const trpcClient = createTRPCClient<AppRouter>({ links: [fakeLink(handlers, calls)] });
    render(
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <MemoryRouter>
            <BulkActionDialog parentId={parentId} open onClose={() => {}} />
          </MemoryRouter>
        </TRPCProvider>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('Stop VM instance on 2 items')).toBeTruthy();
    expect(screen.getByText('1 of 2 done')).toBeTruthy();
    expect(screen.getAllByTestId(testIds.jobs.bulkItem)).toHaveLength(2);
    await waitFor(() => expect(screen.getByText('2 of 2 done')).toBeTruthy(), { timeout: 5000 });
    expect(screen.getByText('SYS.1006 The VM is busy')).toBeTruthy();
    const before = calls.length;
    await new Promise((r) => setTimeout(r, 2500));
    expect(calls.length).toBe(before);
    expect(calls.every((c) => c.path === 'jobs.bulkStatus')).toBe(true);
  }, 15_000);
});
