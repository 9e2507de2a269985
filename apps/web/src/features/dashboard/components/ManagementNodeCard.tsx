import { Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { testIds } from '@zdash/test-ids';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';
import { backgroundContext, type RouterOutputs, useTRPC } from '../../../lib/trpc.ts';
import { DashboardCard } from './DashboardCard.tsx';

/** Props of {@link ManagementNodeCard}. */
export interface ManagementNodeCardProps {
  node: RouterOutputs['dashboard']['summary']['managementNode'];
}

function Field(props: { label: string; value: ReactNode }) {
  return (
    <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 2 }}>
      <Typography variant="body2" color="textSecondary">
        {props.label}
      </Typography>
      <Typography variant="body2" component="div" sx={{ fontWeight: 500 }}>
        {props.value}
      </Typography>
    </Stack>
  );
}

/** Version, status and back end (simulator or a real node) of the management node. */
export function ManagementNodeCard(props: ManagementNodeCardProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const system = useQuery({
    ...trpc.system.info.queryOptions(undefined, { trpc: { context: backgroundContext } }),
    throwOnError: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const { node } = props;
  const backend = system.data?.backend;
  return (
    <DashboardCard title={t('dashboard.managementNode')} testId={testIds.dashboard.managementNode}>
      <Stack spacing={1}>
        <Field
          label={t('dashboard.managementNode.version')}
          value={node.version ?? t('dashboard.noData')}
        />
        <Field
          label={t('dashboard.managementNode.status')}
          value={
            <Chip
              size="small"
              color={node.status === 'up' ? 'success' : 'error'}
              label={t(node.status === 'up' ? 'state.node.up' : 'state.node.unreachable')}
            />
          }
        />
        <Field label={t('dashboard.managementNode.nodes')} value={node.nodes.length} />
        {backend && (
          <Field
            label={t('dashboard.managementNode.backend')}
            value={t(
              backend === 'simulator'
                ? 'dashboard.managementNode.simulator'
                : 'dashboard.managementNode.real',
            )}
          />
        )}
      </Stack>
    </DashboardCard>
  );
}
