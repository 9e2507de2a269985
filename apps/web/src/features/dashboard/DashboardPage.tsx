import { Alert, Box, Grid, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { testIds } from '@zdash/test-ids';
import { isMessageKey } from '../../lib/i18n/catalogues.ts';
import type { MessageKey } from '../../lib/i18n/en.ts';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import { backgroundContext, useTRPC } from '../../lib/trpc.ts';
import { AlertsCard } from './components/AlertsCard.tsx';
import { CapacityCards } from './components/CapacityCards.tsx';
import { ManagementNodeCard } from './components/ManagementNodeCard.tsx';
import { PrimaryStorageCard } from './components/PrimaryStorageCard.tsx';
import { StateCountCards } from './components/StateCountCards.tsx';

/** The summary is re-read this often; as background work it never extends the idle timeout. */
const refreshMs = 15_000;

function LoadingGrid() {
  return (
    <Grid container spacing={2}>
      {[3, 3, 3, 3, 5, 4, 3].map((size, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <Grid key={i} size={{ xs: 12, lg: size }}>
          <Skeleton variant="rounded" height={140} />
        </Grid>
      ))}
    </Grid>
  );
}

/** The home page: capacity, VM and host counts, alerts, management node (dashboard.summary). */
export function DashboardPage() {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const summary = useQuery({
    ...trpc.dashboard.summary.queryOptions(undefined, { trpc: { context: backgroundContext } }),
    refetchInterval: refreshMs,
  });
  const data = summary.data;
  const partKey = (part: string): MessageKey => {
    const key = `dashboard.part.${part}`;
    return isMessageKey(key) ? key : 'common.unknown';
  };
  return (
    <Box data-testid={testIds.dashboard.page}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1" data-testid={testIds.shell.pageTitle}>
          {t('dashboard.title')}
        </Typography>
        {data && (
          <Typography variant="caption" color="textSecondary">
            {t('dashboard.updated', {
              time: new Date(summary.dataUpdatedAt).toLocaleTimeString(language),
            })}
          </Typography>
        )}
      </Box>
      {!data ? (
        <LoadingGrid />
      ) : (
        <>
          {data.errors.length > 0 && (
            <Alert severity="warning" sx={{ mb: 2 }} data-testid={testIds.dashboard.error}>
              {t('dashboard.partial', {
                parts: data.errors.map((e) => `${t(partKey(e.part))} (${e.code})`).join(', '),
              })}
            </Alert>
          )}
          <Grid container spacing={2}>
            <CapacityCards capacity={data.capacity} />
            <StateCountCards vmsByState={data.vmsByState} hostsByStatus={data.hostsByStatus} />
            <Grid size={{ xs: 12, lg: 5 }}>
              <PrimaryStorageCard primaryStorage={data.primaryStorage} />
            </Grid>
            <Grid size={{ xs: 12, md: 7, lg: 4 }}>
              <AlertsCard alerts={data.alerts} />
            </Grid>
            <Grid size={{ xs: 12, md: 5, lg: 3 }}>
              <ManagementNodeCard node={data.managementNode} />
            </Grid>
          </Grid>
        </>
      )}
    </Box>
  );
}
