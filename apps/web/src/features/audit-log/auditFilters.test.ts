import { describe, expect, it } from 'vitest';
import { filtersFromParams, listInput } from './auditFilters.ts';

describe('audit log filters', () => {
  it('reads known filters from the address and ignores a bad result', () => {
    const f = filtersFromParams(new URLSearchParams('user=admin&result=maybe'));
    expect(f).toEqual({ user: 'admin', procedure: '', result: '', from: '', to: '' });
  });
  it('builds a paged input with the whole "to" minute', () => {
    const input = listInput(
      { user: ' admin ', procedure: '', result: 'failure', from: '', to: '2026-01-02T10:00' },
      2,
      25,
    );
    expect(input).toMatchObject({ user: 'admin', result: 'failure', limit: 25, offset: 50 });
    expect(input.to?.getSeconds()).toBe(59);
  });
});
