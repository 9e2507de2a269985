import { Grid, Typography } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';
import type { RouterOutputs } from '../../../lib/trpc.ts';
import { formatBytes } from '../dashboardFormat.ts';
import { DashboardCard } from './DashboardCard.tsx';
import { UsageBar } from './UsageBar.tsx';

type Summary = RouterOutputs['dashboard']['summary'];

/** Props of {@link CapacityCards}. */
export interface CapacityCardsProps {
  capacity: Summary['capacity'];
}

/** Host CPU and memory allocation. */
export function CapacityCards(props: CapacityCardsProps) {
  const { t } = useI18n();
  const { capacity } = props;
  const unavailable = <Typography color="textSecondary">{t('dashboard.noData')}</Typography>;
  return (
    <>
      <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
        <DashboardCard title={t('dashboard.cpu')} testId={testIds.dashboard.hostCpu}>
          {capacity ? (
            <UsageBar
              used={capacity.totalCpu - capacity.availableCpu}
              total={capacity.totalCpu}
              caption={t('dashboard.cpuUsed', {
                used: capacity.totalCpu - capacity.availableCpu,
                total: capacity.totalCpu,
              })}
            />
          ) : (
            unavailable
          )}
        </DashboardCard>
      </Grid>
      <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
        <DashboardCard title={t('dashboard.memory')} testId={testIds.dashboard.hostMemory}>
          {capacity ? (
            <UsageBar
              used={capacity.totalMemory - capacity.availableMemory}
              total={capacity.totalMemory}
              caption={t('dashboard.memoryUsed', {
                used: formatBytes(capacity.totalMemory - capacity.availableMemory),
                total: formatBytes(capacity.totalMemory),
              })}
            />
          ) : (
            unavailable
          )}
        </DashboardCard>
      </Grid>
    </>
  );
}
