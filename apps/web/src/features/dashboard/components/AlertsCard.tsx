import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import LinkOff from '@mui/icons-material/LinkOff';
import { List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import type { ReactElement } from 'react';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';
import type { RouterOutputs } from '../../../lib/trpc.ts';
import { DashboardCard } from './DashboardCard.tsx';

type Alerts = RouterOutputs['dashboard']['summary']['alerts'];

/** Props of {@link AlertsCard}. */
export interface AlertsCardProps {
  alerts: Alerts;
}

interface Row {
  key: string;
  icon: ReactElement;
  primary: string;
  secondary?: string;
}

/** Disconnected hosts and console proxy agents, and failed operations of the last day. */
export function AlertsCard(props: AlertsCardProps) {
  const { t, language } = useI18n();
  const { disconnectedHosts, consoleProxyAgents, failedOperations } = props.alerts;
  const time = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  const rows: Row[] = [
    ...(disconnectedHosts ?? []).map((h) => ({
      key: `host-${h.uuid}`,
      icon: <LinkOff color="error" />,
      primary: t('dashboard.alerts.hostDisconnected', { name: h.name }),
      secondary: h.managementIp,
    })),
    ...(consoleProxyAgents ?? []).map((a) => ({
      key: `agent-${a.uuid}`,
      icon: <LinkOff color="warning" />,
      primary: t('dashboard.alerts.consoleProxyDisconnected', { name: a.managementIp }),
      secondary: a.status,
    })),
    ...(failedOperations ?? []).map((f) => ({
      key: `op-${f.id}`,
      icon: <ErrorOutline color="error" />,
      primary: t('dashboard.alerts.operationFailed', { name: f.procedure }),
      secondary: t('dashboard.alerts.failedDetail', {
        actor: f.actor,
        time: time.format(f.at),
        code: f.errorCode ?? '—',
      }),
    })),
  ];
  return (
    <DashboardCard title={t('dashboard.alerts')} testId={testIds.dashboard.alerts}>
      {rows.length === 0 ? (
        <Typography color="textSecondary" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <CheckCircleOutline color="success" fontSize="small" />
          {t('dashboard.alerts.none')}
        </Typography>
      ) : (
        <List dense disablePadding sx={{ maxHeight: 280, overflowY: 'auto' }}>
          {rows.map((r) => (
            <ListItem key={r.key} disableGutters>
              <ListItemIcon sx={{ minWidth: 36 }}>{r.icon}</ListItemIcon>
              <ListItemText primary={r.primary} secondary={r.secondary} />
            </ListItem>
          ))}
        </List>
      )}
    </DashboardCard>
  );
}
