import { Box, LinearProgress, Paper, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { testIds } from '@zdash/test-ids';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import { ListPagination } from '../../lib/ListPagination.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useUrlListState } from '../../lib/useUrlListState.ts';
import { filtersFromParams, listInput } from './auditFilters.ts';
import { AuditFilterBar } from './components/AuditFilterBar.tsx';
import { AuditTable } from './components/AuditTable.tsx';

/** The audit log: filters and paging done by the server, both kept in the address. */
export function AuditLogPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const state = useUrlListState(filtersFromParams);
  const input = listInput(state.settledFilters, state.page, state.pageSize);
  const list = useQuery({
    ...trpc.auditLog.list.queryOptions(input),
    placeholderData: keepPreviousData,
  });

  return (
    <Box data-testid={testIds.auditLog.page}>
      <Typography variant="h5" component="h1" sx={{ mb: 2 }} data-testid={testIds.shell.pageTitle}>
        {t('audit.title')}
      </Typography>
      <AuditFilterBar filters={state.filters} onChange={(f) => state.update(f)} />
      <Paper variant="outlined">
        {list.isFetching && <LinearProgress />}
        <AuditTable items={list.data?.items ?? []} />
        <ListPagination state={state} total={list.data?.total} />
      </Paper>
    </Box>
  );
}
