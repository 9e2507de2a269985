import { createContext, useContext } from 'react';
import type { SessionStore } from '../features/auth/sessionStore.ts';

/** The app's session store (see features/auth/sessionStore.ts). */
export const SessionStoreContext = createContext<SessionStore | null>(null);

/** The session store of this app instance. */
export function useSessionStore(): SessionStore {
  const store = useContext(SessionStoreContext);
  if (!store) throw new Error('useSessionStore needs AppProviders');
  return store;
}
