import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useSessionStore } from '../../app/SessionStoreContext.tsx';
import { useTRPC } from '../../lib/trpc.ts';

/** Signs out here and upstream, drops every cached answer and goes to the sign-in page. */
export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const store = useSessionStore();
  const navigate = useNavigate();
  return useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: async () => {
        store.forget();
        queryClient.setQueryData(trpc.auth.session.queryKey(), null);
        await navigate('/sign-in', { replace: true });
        // Drop every cached answer of this person. Not clear(): observers above the router
        // (preferences, theme) would stay attached to removed queries and never update again.
        await queryClient.resetQueries();
      },
    }),
  );
}
