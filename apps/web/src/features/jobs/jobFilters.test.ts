import { describe, expect, it } from 'vitest';
import { jobFiltersFromParams, jobsListInput } from './jobFilters.ts';

describe('jobFilters', () => {
  it('reads the address and ignores an unknown state', () => {
    const f = jobFiltersFromParams(new URLSearchParams('user=admin&state=bogus&api=AddImage'));
    expect(f).toEqual({ user: 'admin', api: 'AddImage', state: '', from: '', to: '' });
  });

  it('builds the list input with paging and leaves out a half-typed API', () => {
    const f = jobFiltersFromParams(new URLSearchParams('state=failed&api=add'));
    expect(jobsListInput(f, 2, 25)).toEqual({ state: 'failed', limit: 25, offset: 50 });
  });
});
