import { Chip } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';
import { type JobState, stateColor, stateLabel } from '../jobFormat.ts';

/** Props of {@link JobStateChip}. */
export interface JobStateChipProps {
  state: JobState;
}

/** A job's state as a small coloured chip (`data-state` for tests). */
export function JobStateChip(props: JobStateChipProps) {
  const { t } = useI18n();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={stateColor(props.state)}
      label={t(stateLabel(props.state))}
      data-testid={testIds.jobs.stateChip}
      data-state={props.state}
    />
  );
}
