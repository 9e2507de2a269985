import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { testIds } from '@zdash/test-ids';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useNotifications } from '../../app/notifications/NotificationsProvider.tsx';
import { useSessionStore } from '../../app/SessionStoreContext.tsx';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { deadlines, formatCountdown } from './sessionCountdown.ts';
import { type Identity, useSessionState } from './sessionStore.ts';
import { signInErrorText } from './signInErrorText.ts';
import { useNow } from './useNow.ts';
import { useSession } from './useSession.ts';
import { useSignOut } from './useSignOut.ts';

function displayName(identity: Identity): string {
  return identity.userName ? `${identity.accountName}/${identity.userName}` : identity.accountName;
}

/**
 * "Enter your password again" over the current page: after the BFF answered a call with its
 * re-auth code, after an idle end, or before the absolute end. The page underneath keeps its state;
 * only the same account/user continues it (the BFF decides and says so).
 */
export function ReauthDialog() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const store = useSessionStore();
  const { identity, reauth } = useSessionState(store);
  const notifications = useNotifications();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const session = useSession();
  const now = useNow(reauth === 'absolute');
  const [accountName, setAccountName] = useState('');
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const reauthenticate = useMutation(
    trpc.auth.reauthenticate.mutationOptions({
      meta: { silent: true },
      onSuccess: (result) => {
        setPassword('');
        store.closeReauth();
        const info = result.session;
        if (result.sameIdentity) {
          queryClient.setQueryData(trpc.auth.session.queryKey(), info);
          void queryClient.invalidateQueries();
          return;
        }
        // Someone else signed in: nothing of the previous person's page may stay on screen.
        store.remember({ kind: info.kind, accountName: info.accountName, userName: info.userName });
        void (async () => {
          await navigate('/', { replace: true });
          await queryClient.resetQueries();
          queryClient.setQueryData(trpc.auth.session.queryKey(), info);
        })();
        notifications.show(t('shell.signedInAs', { name: displayName(info) }), {
          severity: 'info',
        });
      },
      onError: () => setPassword(''),
    }),
  );
  if (!identity || !reauth) return null;
  const account = accountName || identity.accountName;
  const user = userName || identity.userName || '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!password) return;
    reauthenticate.mutate(
      identity.kind === 'user'
        ? { kind: 'user', accountName: account, userName: user, password }
        : { kind: 'account', accountName: account, password },
    );
  };
  const absolute = reauth === 'absolute';
  return (
    <Dialog open fullWidth maxWidth="xs" data-testid={testIds.session.reauthDialog}>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t(absolute ? 'session.absolute.title' : 'session.reauth.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {absolute && session.data
              ? t('session.absolute.body', {
                  time: formatCountdown(
                    deadlines(session.data, session.dataUpdatedAt).absoluteEnd - now,
                  ),
                })
              : t('session.reauth.body', { name: displayName(identity) })}
          </DialogContentText>
          <Stack spacing={2}>
            <TextField
              label={t('signIn.accountName')}
              value={account}
              onChange={(e) => setAccountName(e.target.value)}
              autoComplete="username"
              slotProps={{ htmlInput: { 'data-testid': testIds.signIn.accountName } }}
            />
            {identity.kind === 'user' && (
              <TextField
                label={t('signIn.userName')}
                value={user}
                onChange={(e) => setUserName(e.target.value)}
              />
            )}
            <TextField
              label={t('session.reauth.password')}
              type="password"
              autoFocus
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              slotProps={{ htmlInput: { 'data-testid': testIds.session.reauthPassword } }}
            />
            {reauthenticate.error && (
              <Alert severity="error" data-testid={testIds.session.reauthError}>
                {signInErrorText(reauthenticate.error, t)}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          {absolute ? (
            <Button onClick={() => store.closeReauth()}>{t('session.reauth.later')}</Button>
          ) : (
            <Button onClick={() => signOut.mutate()}>{t('shell.signOut')}</Button>
          )}
          <Button
            type="submit"
            variant="contained"
            loading={reauthenticate.isPending}
            disabled={!password}
            data-testid={testIds.session.reauthSubmit}
          >
            {t('session.reauth.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
