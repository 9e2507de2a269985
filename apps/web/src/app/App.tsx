import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createSessionStore } from '../features/auth/sessionStore.ts';
import { createAppTRPCClient } from '../lib/trpc.ts';
import { AppProviders } from './AppProviders.tsx';
import { createQueryClient, type QueryErrorHooks } from './createQueryClient.ts';
import { createAppRouter } from './router.tsx';

function createApp() {
  // Filled in by QueryErrorBridge once the snackbar and the language exist.
  const hooks: QueryErrorHooks = { onAuthError: () => {}, onMutationError: () => {} };
  return {
    hooks,
    queryClient: createQueryClient(hooks),
    trpcClient: createAppTRPCClient(),
    sessionStore: createSessionStore(),
    router: createAppRouter(),
  };
}

/** The whole app. */
export function App() {
  const [app] = useState(createApp);
  return (
    <AppProviders
      queryClient={app.queryClient}
      trpcClient={app.trpcClient}
      sessionStore={app.sessionStore}
      hooks={app.hooks}
    >
      <RouterProvider router={app.router} />
    </AppProviders>
  );
}
