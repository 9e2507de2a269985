import { useSyncExternalStore } from 'react';

/** Who is signed in, remembered so a re-authentication can name them after the session ended. */
export interface Identity {
  kind: 'account' | 'user';
  accountName: string;
  userName: string | null;
}

/** Why the password is asked for again. */
export type ReauthReason = 'ended' | 'absolute';

/** Session state that lives outside React Query: it must survive the session query going null. */
export interface SessionState {
  identity: Identity | null;
  reauth: ReauthReason | null;
  /** Why the last session ended without a way back (for the sign-in page); null after sign-out. */
  endedReason: string | null;
}

/**
 * A tiny external store (useSyncExternalStore) shared by the QueryClient's error hooks and the
 * session dialogs. One per app instance, so tests get a fresh one.
 */
export function createSessionStore() {
  let state: SessionState = { identity: null, reauth: null, endedReason: null };
  const listeners = new Set<() => void>();
  const set = (next: Partial<SessionState>) => {
    state = { ...state, ...next };
    for (const l of listeners) l();
  };
  return {
    get: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    remember(identity: Identity) {
      const prev = state.identity;
      if (
        prev?.kind === identity.kind &&
        prev.accountName === identity.accountName &&
        prev.userName === identity.userName
      )
        return;
      set({ identity, endedReason: null });
    },
    /** Asks for the password over the current page; ignored when nobody was signed in here. */
    requestReauth(reason: ReauthReason) {
      if (state.identity && state.reauth !== reason) set({ reauth: reason });
    },
    closeReauth() {
      set({ reauth: null });
    },
    forget(endedReason: string | null = null) {
      set({ identity: null, reauth: null, endedReason });
    },
  };
}

/** The store type. */
export type SessionStore = ReturnType<typeof createSessionStore>;

/** Subscribes a component to the store. */
export function useSessionState(store: SessionStore): SessionState {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
