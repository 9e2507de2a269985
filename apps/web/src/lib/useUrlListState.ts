import { useSearchParams } from 'react-router';
import { useDebouncedValue } from './useDebouncedValue.ts';

/** Page sizes a server-paged list offers; the first is the default. */
export const listPageSizes = [25, 50, 100];

/** A server-paged list's filters and page, kept in the address (shareable, survives reload). */
export interface UrlListState<TFilters> {
  /** As typed, for the filter inputs. */
  readonly filters: TFilters;
  /** After 300 ms without typing, for the query, so typing sends one request. */
  readonly settledFilters: TFilters;
  readonly page: number;
  readonly pageSize: number;
  /** Replaces filters (back to the first page by default), page and page size in the address. */
  update(next: TFilters, nextPage?: number, nextSize?: number): void;
}

/**
 * The address-backed state of a filtered, paged list (audit log, job history, and the resource
 * lists to come). `fromParams` reads and validates the list's own filters.
 */
export function useUrlListState<TFilters extends { [K in keyof TFilters]: string }>(
  fromParams: (params: URLSearchParams) => TFilters,
): UrlListState<TFilters> {
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const size = Number(params.get('size'));
  const pageSize = listPageSizes.includes(size) ? size : (listPageSizes[0] as number);
  // Debounce the address (a string), not the filters object, so typing sends one query.
  const settled = new URLSearchParams(useDebouncedValue(params.toString(), 300));
  return {
    filters: fromParams(params),
    settledFilters: fromParams(settled),
    page,
    pageSize,
    update(next, nextPage = 0, nextSize = pageSize) {
      const p = new URLSearchParams();
      for (const [k, v] of Object.entries(next) as [string, string][]) if (v) p.set(k, v);
      if (nextPage) p.set('page', String(nextPage));
      if (nextSize !== listPageSizes[0]) p.set('size', String(nextSize));
      setParams(p, { replace: true });
    },
  };
}
