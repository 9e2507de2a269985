import { Alert, Button } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { Link as RouterLink } from 'react-router';
import type { MessageKey } from '../../lib/i18n/en.ts';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import type { ConsoleStatus } from './consoleSession.ts';

/** Props of {@link ConsoleStatusAlert}. */
export interface ConsoleStatusAlertProps {
  status: ConsoleStatus;
  onReconnect: () => void;
}

/** Why the console is offline or stopped, in words, with what to do about it. */
export function ConsoleStatusAlert(props: ConsoleStatusAlertProps) {
  const { status, onReconnect } = props;
  const { t } = useI18n();
  if (status.kind !== 'offline' && status.kind !== 'error') return null;
  const reason = t(`consoles.reason.${status.reason}` as MessageKey);
  const seconds =
    status.kind === 'offline' ? Math.max(0, Math.round((status.retryAt - Date.now()) / 1000)) : 0;
  return (
    <Alert
      severity={status.kind === 'error' ? 'error' : 'warning'}
      data-testid={testIds.consoles.reason}
      data-reason={status.reason}
      action={
        status.reason === 'agentDisconnected' ? (
          <Button component={RouterLink} to="/console-proxy-agents" size="small" color="inherit">
            {t('consoles.agentsPage')}
          </Button>
        ) : (
          <Button size="small" color="inherit" onClick={onReconnect}>
            {t('consoles.reconnect')}
          </Button>
        )
      }
    >
      {reason}
      {status.detail ? ` (${status.detail})` : ''}
      {status.kind === 'offline' ? ` ${t('consoles.retryingIn', { s: seconds })}` : ''}
    </Alert>
  );
}
