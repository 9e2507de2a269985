import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { testIds } from '@zdash/test-ids';
import { useEffect, useRef, useState } from 'react';
import { useSessionStore } from '../../app/SessionStoreContext.tsx';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { deadlines, formatCountdown, warningLead } from './sessionCountdown.ts';
import { touchSession } from './touchSession.ts';
import { useNow } from './useNow.ts';
import { useSession } from './useSession.ts';
import { useSignOut } from './useSignOut.ts';

/**
 * Warns before the idle end with a live countdown and "stay signed in"; offers re-authentication
 * in the last minutes before the absolute end (the BFF's `reauthOffered`).
 */
export function SessionExpiryDialog() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const store = useSessionStore();
  const session = useSession();
  const signOut = useSignOut();
  const [staying, setStaying] = useState(false);
  const offeredFor = useRef<number | null>(null);
  // The idle timeout itself is not sent; the largest remaining time seen is the best estimate.
  const idleTimeout = useRef(0);
  const info = session.data;
  if (info) idleTimeout.current = Math.max(idleTimeout.current, info.idleRemainingMs);
  const now = useNow(Boolean(info));
  const ends = info ? deadlines(info, session.dataUpdatedAt) : undefined;
  const idleLeft = ends ? ends.idleEnd - now : Number.POSITIVE_INFINITY;
  const ended = idleLeft <= 0;

  useEffect(() => {
    // At zero, ask the BFF: the session is gone (re-auth dialog) or was extended elsewhere.
    if (ended) void session.refetch();
  }, [ended, session.refetch]);

  useEffect(() => {
    if (!info?.reauthOffered || !ends) return;
    if (offeredFor.current === ends.absoluteEnd) return;
    offeredFor.current = ends.absoluteEnd;
    store.requestReauth('absolute');
  }, [info?.reauthOffered, ends, store]);

  const stay = async () => {
    setStaying(true);
    try {
      await touchSession(queryClient, trpc);
      await session.refetch();
    } finally {
      setStaying(false);
    }
  };

  const open = Boolean(info) && idleLeft <= warningLead(idleTimeout.current) && idleLeft > 0;
  return (
    <Dialog open={open} maxWidth="xs" fullWidth data-testid={testIds.session.expiryDialog}>
      <DialogTitle>{t('session.expiry.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText data-testid={testIds.session.expiryCountdown} aria-live="polite">
          {t('session.expiry.idle', { time: formatCountdown(idleLeft) })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => signOut.mutate()}>{t('session.expiry.signOut')}</Button>
        <Button
          variant="contained"
          loading={staying}
          onClick={() => void stay()}
          data-testid={testIds.session.staySignedIn}
        >
          {t('session.expiry.stay')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
