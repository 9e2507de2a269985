import { Box, LinearProgress, Paper, TablePagination, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { testIds } from '@zdash/test-ids';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useDebouncedValue } from '../../lib/useDebouncedValue.ts';
import { useNow } from '../auth/useNow.ts';
import { JobFilterBar } from './components/JobFilterBar.tsx';
import { JobsTable } from './components/JobsTable.tsx';
import { type JobFilters, jobFiltersFromParams, jobsListInput } from './jobFilters.ts';
import { isActive } from './jobFormat.ts';

const pageSizes = [25, 50, 100];

/** The job history: filters and paging done by the server, both kept in the address. */
export function JobsPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const filters = jobFiltersFromParams(params);
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const pageSize = pageSizes.includes(Number(params.get('size'))) ? Number(params.get('size')) : 25;
  // Debounce the address (a string), not the input object, so typing sends one query.
  const settled = new URLSearchParams(useDebouncedValue(params.toString(), 300));
  const input = jobsListInput(jobFiltersFromParams(settled), page, pageSize);
  const list = useQuery({
    ...trpc.jobs.list.queryOptions(input),
    placeholderData: keepPreviousData,
  });
  const now = useNow(list.data?.items.some((j) => isActive(j.state)) ?? false);

  const update = (next: JobFilters, nextPage = 0, nextSize = pageSize) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v) p.set(k, v);
    if (nextPage) p.set('page', String(nextPage));
    if (nextSize !== 25) p.set('size', String(nextSize));
    setParams(p, { replace: true });
  };

  return (
    <Box data-testid={testIds.jobs.historyPage}>
      <Typography variant="h5" component="h1" sx={{ mb: 2 }} data-testid={testIds.shell.pageTitle}>
        {t('jobs.title')}
      </Typography>
      <JobFilterBar filters={filters} onChange={(f) => update(f)} />
      <Paper variant="outlined">
        {list.isFetching && <LinearProgress />}
        <JobsTable items={list.data?.items ?? []} now={now} />
        <TablePagination
          component="div"
          count={list.data?.total ?? 0}
          page={list.data && page * pageSize >= list.data.total && page > 0 ? 0 : page}
          rowsPerPage={pageSize}
          rowsPerPageOptions={pageSizes}
          onPageChange={(_e, next) => update(filters, next)}
          onRowsPerPageChange={(e) => update(filters, 0, Number(e.target.value))}
          labelRowsPerPage={t('audit.rowsPerPage')}
          labelDisplayedRows={({ from, to, count }) => t('audit.pageRange', { from, to, count })}
        />
      </Paper>
    </Box>
  );
}
