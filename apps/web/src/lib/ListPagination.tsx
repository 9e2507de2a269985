import { TablePagination } from '@mui/material';
import { useI18n } from './i18n/I18nProvider.tsx';
import { listPageSizes, type UrlListState } from './useUrlListState.ts';

/** Props of {@link ListPagination}. */
export interface ListPaginationProps<TFilters> {
  state: UrlListState<TFilters>;
  /** The server's total; undefined while the first page loads. */
  total: number | undefined;
}

/** The footer of a server-paged list whose state lives in the address. */
export function ListPagination<TFilters>(props: ListPaginationProps<TFilters>) {
  const { t } = useI18n();
  const { state, total } = props;
  const { filters, page, pageSize, update } = state;
  // A page past the end (filters narrowed elsewhere) shows the first page instead of nothing.
  const shownPage = total !== undefined && page * pageSize >= total && page > 0 ? 0 : page;
  return (
    <TablePagination
      component="div"
      count={total ?? 0}
      page={shownPage}
      rowsPerPage={pageSize}
      rowsPerPageOptions={listPageSizes}
      onPageChange={(_e, next) => update(filters, next)}
      onRowsPerPageChange={(e) => update(filters, 0, Number(e.target.value))}
      labelRowsPerPage={t('audit.rowsPerPage')}
      labelDisplayedRows={({ from, to, count }) => t('audit.pageRange', { from, to, count })}
    />
  );
}
