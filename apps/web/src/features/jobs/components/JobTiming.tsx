import { Box, Typography } from '@mui/material';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';
import { formatElapsed } from '../jobFormat.ts';

/** Props of {@link JobTiming}. */
export interface JobTimingProps {
  startedAt: Date;
  finishedAt: Date | null;
  deadlineAt: Date;
  durationMs: number;
}

/** Started, finished, duration and deadline of a job. */
export function JobTiming(props: JobTimingProps) {
  const { t, language } = useI18n();
  const time = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
  const rows: [string, string][] = [
    [t('jobs.job.started'), time.format(props.startedAt)],
    [
      t('jobs.job.finished'),
      props.finishedAt ? time.format(props.finishedAt) : t('jobs.job.notFinished'),
    ],
    [t('jobs.job.duration'), formatElapsed(props.durationMs)],
    [t('jobs.job.deadline'), time.format(props.deadlineAt)],
  ];
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5 }}
    >
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="textSecondary">
            {label}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
