import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { describeError } from '../lib/appErrors.ts';
import { useI18n } from '../lib/i18n/I18nProvider.tsx';
import { useTRPC } from '../lib/trpc.ts';
import type { QueryErrorHooks } from './createQueryClient.ts';
import { useNotifications } from './notifications/NotificationsProvider.tsx';
import { useSessionStore } from './SessionStoreContext.tsx';

/** Props of {@link QueryErrorBridge}. */
export interface QueryErrorBridgeProps {
  hooks: QueryErrorHooks;
}

/**
 * Connects the QueryClient's global error hooks (created before React) to the snackbar, the
 * language and the session store.
 */
export function QueryErrorBridge(props: QueryErrorBridgeProps) {
  const { hooks } = props;
  const notifications = useNotifications();
  const { t } = useI18n();
  const store = useSessionStore();
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  useEffect(() => {
    hooks.onMutationError = (error) =>
      notifications.show(describeError(error, t), { severity: 'error' });
    hooks.onAuthError = (action, reason) => {
      if (action === 'reauthenticate') store.requestReauth('ended');
      else {
        // The session is gone for good (signed out elsewhere): back to the sign-in page.
        store.forget(reason);
        queryClient.setQueryData(trpc.auth.session.queryKey(), null);
      }
    };
  }, [hooks, notifications, t, store, queryClient, trpc]);
  return null;
}
