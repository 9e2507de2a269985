import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { SessionStore } from '../features/auth/sessionStore.ts';
import { type createAppTRPCClient, TRPCProvider } from '../lib/trpc.ts';
import type { QueryErrorHooks } from './createQueryClient.ts';
import { NotificationsProvider } from './notifications/NotificationsProvider.tsx';
import { PreferencesProviders } from './PreferencesProviders.tsx';
import { QueryErrorBridge } from './QueryErrorBridge.tsx';
import { SessionStoreContext } from './SessionStoreContext.tsx';

/** Props of {@link AppProviders}. */
export interface AppProvidersProps {
  queryClient: QueryClient;
  trpcClient: ReturnType<typeof createAppTRPCClient>;
  sessionStore: SessionStore;
  hooks: QueryErrorHooks;
  children: ReactNode;
}

/** Every provider in order: data, tRPC, session, preferences (language, theme), notifications. */
export function AppProviders(props: AppProvidersProps) {
  const { queryClient, trpcClient, sessionStore, hooks, children } = props;
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <SessionStoreContext value={sessionStore}>
          <PreferencesProviders>
            <NotificationsProvider>
              <QueryErrorBridge hooks={hooks} />
              {children}
            </NotificationsProvider>
          </PreferencesProviders>
        </SessionStoreContext>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
