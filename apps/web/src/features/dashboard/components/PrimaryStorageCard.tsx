import { Typography } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';
import type { RouterOutputs } from '../../../lib/trpc.ts';
import { formatBytes } from '../dashboardFormat.ts';
import { DashboardCard } from './DashboardCard.tsx';
import { UsageBar } from './UsageBar.tsx';

/** Props of {@link PrimaryStorageCard}. */
export interface PrimaryStorageCardProps {
  primaryStorage: RouterOutputs['dashboard']['summary']['primaryStorage'];
}

/** Used and total capacity of each primary storage. */
export function PrimaryStorageCard(props: PrimaryStorageCardProps) {
  const { t } = useI18n();
  const { primaryStorage } = props;
  return (
    <DashboardCard title={t('dashboard.primaryStorage')} testId={testIds.dashboard.primaryStorage}>
      {!primaryStorage ? (
        <Typography color="textSecondary">{t('dashboard.noData')}</Typography>
      ) : primaryStorage.length === 0 ? (
        <Typography color="textSecondary">{t('dashboard.primaryStorage.empty')}</Typography>
      ) : (
        primaryStorage.map((ps) => (
          <UsageBar
            key={ps.uuid}
            label={`${ps.name} · ${ps.type}`}
            used={ps.totalCapacity - ps.availableCapacity}
            total={ps.totalCapacity}
            caption={t('dashboard.storageUsed', {
              used: formatBytes(ps.totalCapacity - ps.availableCapacity),
              total: formatBytes(ps.totalCapacity),
            })}
          />
        ))
      )}
    </DashboardCard>
  );
}
