import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { testIds } from '@zdash/test-ids';
import { Link as RouterLink, useParams } from 'react-router';
import { PageLoading } from '../../app/errors/PageLoading.tsx';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useNow } from '../auth/useNow.ts';
import { CopyableCommand } from './components/CopyableCommand.tsx';
import { JobActions } from './components/JobActions.tsx';
import { JobErrorView } from './components/JobErrorView.tsx';
import { JobSection } from './components/JobSection.tsx';
import { JobStateChip } from './components/JobStateChip.tsx';
import { JobTiming } from './components/JobTiming.tsx';
import { JsonBlock } from './components/JsonBlock.tsx';
import { apiInWords, elapsedOf, isActive } from './jobFormat.ts';

/** One job: parameters, result or error, timing, state in plain words, retry/resume, commands. */
export function JobPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const id = useParams().id ?? '';
  const query = useQuery({
    ...trpc.jobs.get.queryOptions({ id }),
    // jobs.onChange keeps it current; this is the fallback if the socket is down.
    refetchInterval: (q) => (q.state.data && isActive(q.state.data.state) ? 10_000 : false),
  });
  const job = query.data;
  const now = useNow(job ? isActive(job.state) : false);
  if (!job) return <PageLoading />;
  const explain =
    job.state === 'stopped-waiting' || job.state === 'outcome-unknown'
      ? t(`jobs.explain.${job.state}`)
      : null;
  return (
    <Box data-testid={testIds.jobs.jobPage} data-state={job.state} sx={{ maxWidth: 1100 }}>
      <Button component={RouterLink} to="/jobs" size="small" sx={{ mb: 1 }}>
        {`← ${t('jobs.job.back')}`}
      </Button>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 0.5 }}>
        <Typography variant="h5" component="h1" data-testid={testIds.shell.pageTitle}>
          {apiInWords(job.api)}
        </Typography>
        <Box data-testid={testIds.jobs.jobState} data-state={job.state}>
          <JobStateChip state={job.state} />
        </Box>
      </Stack>
      <Typography variant="body2" color="textSecondary" sx={{ mb: 2 }}>
        {job.api}
        {job.target ? ` · ${job.target}` : ''} · {t('jobs.job.who', { actor: job.actor })}
      </Typography>
      <Stack spacing={2}>
        {explain && (
          <Alert severity="warning" data-testid={testIds.jobs.jobExplain}>
            {explain}
            {job.outcome?.note ? ` (${job.outcome.note})` : ''}
          </Alert>
        )}
        <JobActions
          id={job.id}
          retryable={job.retryable}
          resumable={job.state === 'stopped-waiting'}
        />
        {job.outcome?.error && <JobErrorView error={job.outcome.error} />}
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } }}>
          <JobSection title={t('jobs.job.parameters')} testId={testIds.jobs.jobParams}>
            <JsonBlock value={job.params ?? {}} />
          </JobSection>
          <JobSection title={t('jobs.job.timing')}>
            <JobTiming
              startedAt={job.startedAt}
              finishedAt={job.finishedAt}
              deadlineAt={job.deadlineAt}
              durationMs={job.finishedAt ? job.durationMs : elapsedOf(job, now)}
            />
          </JobSection>
        </Box>
        {job.state === 'succeeded' && (
          <JobSection title={t('jobs.job.result')}>
            {job.outcome?.result === undefined ? (
              <Typography color="textSecondary">{t('jobs.job.noResult')}</Typography>
            ) : (
              <JsonBlock value={job.outcome.result} />
            )}
          </JobSection>
        )}
        <JobSection title={t('jobs.job.commands')}>
          <Stack spacing={2}>
            <CopyableCommand
              text={job.zstackCli}
              label={t('jobs.job.copyCli')}
              testId={testIds.jobs.zstackCli}
              buttonTestId={testIds.jobs.copyCli}
            />
            {job.curl && (
              <CopyableCommand
                text={job.curl}
                label={t('jobs.job.copyCurl')}
                testId={testIds.jobs.curl}
                buttonTestId={testIds.jobs.copyCurl}
              />
            )}
          </Stack>
        </JobSection>
      </Stack>
    </Box>
  );
}
