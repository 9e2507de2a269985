import type { RouterInputs } from '../../lib/trpc.ts';

/** The filters as kept in the page address (so reload and back keep them). */
export interface AuditFilters {
  user: string;
  procedure: string;
  result: '' | 'success' | 'failure';
  /** `datetime-local` values (local time, minutes). */
  from: string;
  to: string;
}

/** Reads the filters from search params. */
export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const result = params.get('result');
  return {
    user: params.get('user') ?? '',
    procedure: params.get('procedure') ?? '',
    result: result === 'success' || result === 'failure' ? result : '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

function toDate(local: string): Date | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The `auditLog.list` input of filters and a page. */
export function listInput(
  f: AuditFilters,
  page: number,
  pageSize: number,
): RouterInputs['auditLog']['list'] {
  const from = toDate(f.from);
  const to = toDate(f.to);
  return {
    ...(f.user.trim() ? { user: f.user.trim() } : {}),
    ...(f.procedure.trim() ? { procedure: f.procedure.trim() } : {}),
    ...(f.result ? { result: f.result } : {}),
    ...(from ? { from } : {}),
    // The "to" field names a minute: include all of it.
    ...(to ? { to: new Date(to.getTime() + 59_999) } : {}),
    limit: pageSize,
    offset: page * pageSize,
  };
}
