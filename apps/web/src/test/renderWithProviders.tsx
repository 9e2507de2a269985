import { render } from '@testing-library/react';
import { createTRPCClient } from '@trpc/client';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/AppProviders.tsx';
import { createQueryClient, type QueryErrorHooks } from '../app/createQueryClient.ts';
import { routes } from '../app/router.tsx';
import { createSessionStore } from '../features/auth/sessionStore.ts';
import type { AppRouter } from '../lib/trpc.ts';
import { type FakeCall, type FakeHandlers, fakeLink } from './fakeLink.ts';

/** Options of {@link renderApp}. */
export interface RenderAppOptions {
  handlers: FakeHandlers;
  /** The address to start at. */
  path?: string;
}

/**
 * Renders the whole app (real providers, router, pages) against a fake BFF, with a fresh
 * QueryClient (retry off) and session store per call.
 */
export function renderApp(options: RenderAppOptions) {
  const calls: FakeCall[] = [];
  const hooks: QueryErrorHooks = { onAuthError: () => {}, onMutationError: () => {} };
  const queryClient = createQueryClient(hooks, { retry: false });
  const trpcClient = createTRPCClient<AppRouter>({ links: [fakeLink(options.handlers, calls)] });
  const sessionStore = createSessionStore();
  const router = createMemoryRouter(routes, { initialEntries: [options.path ?? '/'] });
  const result = render(
    <AppProviders
      queryClient={queryClient}
      trpcClient={trpcClient}
      sessionStore={sessionStore}
      hooks={hooks}
    >
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, calls, queryClient, router, sessionStore };
}
