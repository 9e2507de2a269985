import { Box, LinearProgress, Paper, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { testIds } from '@zdash/test-ids';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import { ListPagination } from '../../lib/ListPagination.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useUrlListState } from '../../lib/useUrlListState.ts';
import { useNow } from '../auth/useNow.ts';
import { JobFilterBar } from './components/JobFilterBar.tsx';
import { JobsTable } from './components/JobsTable.tsx';
import { jobFiltersFromParams, jobsListInput } from './jobFilters.ts';
import { isActive } from './jobFormat.ts';

/** The job history: filters and paging done by the server, both kept in the address. */
export function JobsPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const state = useUrlListState(jobFiltersFromParams);
  const input = jobsListInput(state.settledFilters, state.page, state.pageSize);
  const list = useQuery({
    ...trpc.jobs.list.queryOptions(input),
    placeholderData: keepPreviousData,
  });
  const now = useNow(list.data?.items.some((j) => isActive(j.state)) ?? false);

  return (
    <Box data-testid={testIds.jobs.historyPage}>
      <Typography variant="h5" component="h1" sx={{ mb: 2 }} data-testid={testIds.shell.pageTitle}>
        {t('jobs.title')}
      </Typography>
      <JobFilterBar filters={state.filters} onChange={(f) => state.update(f)} />
      <Paper variant="outlined">
        {list.isFetching && <LinearProgress />}
        <JobsTable items={list.data?.items ?? []} now={now} />
        <ListPagination state={state} total={list.data?.total} />
      </Paper>
    </Box>
  );
}
