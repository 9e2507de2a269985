import { Box, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { testIds } from '@zdash/test-ids';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useParams } from 'react-router';
import { trpcCodeOf } from '../../lib/appErrors.ts';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { ConsolePasswordForm } from './ConsolePasswordForm.tsx';
import { ConsoleStatusAlert } from './ConsoleStatusAlert.tsx';
import { ConsoleStatusChip } from './ConsoleStatusChip.tsx';
import { ConsoleToolbar } from './ConsoleToolbar.tsx';
import { ConsoleSession } from './consoleSession.ts';
import { VncConsole } from './VncConsole.tsx';

/** tRPC codes of a `consoles.open` failure worth trying again later (BFF or node busy or away). */
const retryableCodes = new Set(['SERVICE_UNAVAILABLE', 'TIMEOUT', undefined]);

/**
 * A VM's graphical console at `/consoles/:vmUuid`: the screen, its status and a toolbar. The same
 * route opened in a new tab is a detached console with its own ticket.
 */
export function ConsolePage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const vmUuid = useParams().vmUuid ?? '';
  const open = useMutation(trpc.consoles.open.mutationOptions());
  const openRef = useRef(open.mutateAsync);
  openRef.current = open.mutateAsync;
  const session = useMemo(
    () =>
      new ConsoleSession({
        openTicket: () => openRef.current({ vmUuid }),
        isRetryable: (error) => retryableCodes.has(trpcCodeOf(error)),
      }),
    [vmUuid],
  );
  const status = useSyncExternalStore(session.subscribe, session.getStatus);
  const rootRef = useRef<HTMLDivElement>(null);
  const [, setTick] = useState(0);
  // The "retrying in n s" countdown.
  useEffect(() => {
    if (status.kind !== 'offline') return;
    const timer = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [status.kind]);

  return (
    <Box
      ref={rootRef}
      data-testid={testIds.consoles.page}
      sx={{
        display: 'flex',
        flexDirection: 'column',
        gap: 1,
        // Screen below the toolbar, within the window (noVNC keeps the aspect ratio).
        height: 'calc(100vh - 200px)',
        minHeight: 360,
        bgcolor: 'background.default',
      }}
    >
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1" data-testid={testIds.shell.pageTitle}>
          {t('consoles.title')}
        </Typography>
        <ConsoleStatusChip status={status} testId={testIds.consoles.status} />
        <Typography variant="body2" color="textSecondary" sx={{ fontFamily: 'monospace' }}>
          {vmUuid}
        </Typography>
      </Stack>
      <ConsoleToolbar session={session} fullscreenTarget={rootRef} vmUuid={vmUuid} />
      <ConsoleStatusAlert status={status} onReconnect={() => session.reconnect()} />
      {status.kind === 'connecting' && status.needsPassword && (
        <ConsolePasswordForm onSubmit={(password) => session.sendPassword(password)} />
      )}
      <VncConsole session={session} testId={testIds.consoles.screen} />
    </Box>
  );
}
