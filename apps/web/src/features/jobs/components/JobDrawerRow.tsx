import { Box, LinearProgress, ListItemButton, Stack, Typography } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { apiInWords, elapsedOf, formatElapsed, isActive, type JobView } from '../jobFormat.ts';
import { JobStateChip } from './JobStateChip.tsx';

/** Props of {@link JobDrawerRow}. */
export interface JobDrawerRowProps {
  job: JobView;
  now: number;
  onOpen(id: string): void;
}

/** One job in the task drawer: API in words, target, state, progress and elapsed time. */
export function JobDrawerRow(props: JobDrawerRowProps) {
  const { job, now } = props;
  const active = isActive(job.state);
  const percent = job.progress?.percent ?? null;
  return (
    <ListItemButton
      divider
      onClick={() => props.onOpen(job.id)}
      data-testid={testIds.jobs.drawerRow}
      data-job-id={job.id}
      data-state={job.state}
      sx={{ display: 'block', py: 1 }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" sx={{ fontWeight: 500, flexGrow: 1 }} noWrap>
          {apiInWords(job.api)}
        </Typography>
        <JobStateChip state={job.state} />
      </Stack>
      <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
        <Typography variant="caption" color="textSecondary" sx={{ flexGrow: 1 }} noWrap>
          {job.target ?? job.api}
          {job.progress?.step ? ` · ${job.progress.step}` : ''}
        </Typography>
        <Typography variant="caption" color="textSecondary" sx={{ whiteSpace: 'nowrap' }}>
          {formatElapsed(elapsedOf(job, now))}
        </Typography>
      </Stack>
      {active && (
        <Box sx={{ mt: 0.75 }}>
          <LinearProgress
            variant={percent === null ? 'indeterminate' : 'determinate'}
            value={percent ?? undefined}
          />
        </Box>
      )}
    </ListItemButton>
  );
}
