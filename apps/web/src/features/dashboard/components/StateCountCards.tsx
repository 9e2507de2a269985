import { Grid } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';
import type { RouterOutputs } from '../../../lib/trpc.ts';
import { hostStatusColor, stateLabelKey, vmStateColor } from '../dashboardStates.ts';
import { CountsList } from './CountsList.tsx';
import { DashboardCard } from './DashboardCard.tsx';

type Summary = RouterOutputs['dashboard']['summary'];

/** Props of {@link StateCountCards}. */
export interface StateCountCardsProps {
  vmsByState: Summary['vmsByState'];
  hostsByStatus: Summary['hostsByStatus'];
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** VMs by state and hosts by status. */
export function StateCountCards(props: StateCountCardsProps) {
  const { t } = useI18n();
  const { vmsByState, hostsByStatus } = props;
  return (
    <>
      <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
        <DashboardCard title={t('dashboard.vms')} testId={testIds.dashboard.vmsByState}>
          <CountsList
            total={
              vmsByState ? t('dashboard.vms.total', { n: sum(vmsByState) }) : t('dashboard.noData')
            }
            empty={t('dashboard.vms.empty')}
            testIdPrefix={testIds.dashboard.vmStatePrefix}
            items={Object.entries(vmsByState ?? {}).map(([state, count]) => ({
              key: state,
              label: t(stateLabelKey('vm', state)),
              count,
              color: vmStateColor(state),
            }))}
          />
        </DashboardCard>
      </Grid>
      <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
        <DashboardCard title={t('dashboard.hosts')} testId={testIds.dashboard.hostsByStatus}>
          <CountsList
            total={
              hostsByStatus
                ? t('dashboard.hosts.total', { n: sum(hostsByStatus) })
                : t('dashboard.noData')
            }
            totalTestId={testIds.dashboard.hostTotal}
            empty={t('dashboard.hosts.empty')}
            testIdPrefix={testIds.dashboard.hostStatusPrefix}
            items={Object.entries(hostsByStatus ?? {}).map(([status, count]) => ({
              key: status,
              label: t(stateLabelKey('host', status)),
              count,
              color: hostStatusColor(status),
            }))}
          />
        </DashboardCard>
      </Grid>
    </>
  );
}
