import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoading } from '../../app/errors/PageLoading.tsx';
import { useSessionStore } from '../../app/SessionStoreContext.tsx';
import { useSessionState } from './sessionStore.ts';
import { useSession } from './useSession.ts';

/**
 * Guards the signed-in pages. A session that ends while a page is open asks for the password
 * over that page (the page keeps its state); with nobody signed in here, the sign-in page.
 */
export function RequireSession() {
  const session = useSession();
  const store = useSessionStore();
  const { identity } = useSessionState(store);
  const location = useLocation();
  const info = session.data;

  useEffect(() => {
    if (info)
      store.remember({ kind: info.kind, accountName: info.accountName, userName: info.userName });
    else if (info === null) store.requestReauth('ended');
  }, [info, store]);

  if (session.isPending) return <PageLoading />;
  if (!info && !identity) {
    const next = `${location.pathname}${location.search}`;
    return (
      <Navigate to={`/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />
    );
  }
  return <Outlet />;
}
