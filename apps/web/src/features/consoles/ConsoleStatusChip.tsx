import { Chip } from '@mui/material';
import type { MessageKey } from '../../lib/i18n/en.ts';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import type { ConsoleStatus } from './consoleSession.ts';

const colours = {
  connecting: 'info',
  online: 'success',
  offline: 'warning',
  error: 'error',
} as const;

/** Props of {@link ConsoleStatusChip}. */
export interface ConsoleStatusChipProps {
  status: ConsoleStatus;
  testId?: string;
}

/** The console's status in one word, coloured. */
export function ConsoleStatusChip(props: ConsoleStatusChipProps) {
  const { status, testId } = props;
  const { t } = useI18n();
  return (
    <Chip
      size="small"
      color={colours[status.kind]}
      label={t(`consoles.status.${status.kind}` as MessageKey)}
      data-testid={testId}
      data-status={status.kind}
    />
  );
}
