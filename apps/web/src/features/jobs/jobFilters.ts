import type { RouterInputs } from '../../lib/trpc.ts';
import { type JobState, jobStates } from './jobFormat.ts';

/** The job history's filters as kept in the page address. */
export interface JobFilters {
  user: string;
  api: string;
  state: '' | JobState;
  /** `datetime-local` values (local time, minutes). */
  from: string;
  to: string;
}

/** No filter at all. */
export const noJobFilters: JobFilters = { user: '', api: '', state: '', from: '', to: '' };

/** Reads the filters from search params. */
export function jobFiltersFromParams(params: URLSearchParams): JobFilters {
  const state = params.get('state') ?? '';
  return {
    user: params.get('user') ?? '',
    api: params.get('api') ?? '',
    state: (jobStates as readonly string[]).includes(state) ? (state as JobState) : '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

function toDate(local: string): Date | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The `jobs.list` input of filters and a page (an API that is not a name yet is left out). */
export function jobsListInput(
  f: JobFilters,
  page: number,
  pageSize: number,
): RouterInputs['jobs']['list'] {
  const from = toDate(f.from);
  const to = toDate(f.to);
  const api = f.api.trim();
  return {
    ...(f.user.trim() ? { user: f.user.trim() } : {}),
    ...(/^[A-Z][A-Za-z0-9]+$/.test(api) ? { api } : {}),
    ...(f.state ? { state: f.state } : {}),
    ...(from ? { from } : {}),
    // The "to" field names a minute: include all of it.
    ...(to ? { to: new Date(to.getTime() + 59_999) } : {}),
    limit: pageSize,
    offset: page * pageSize,
  };
}
