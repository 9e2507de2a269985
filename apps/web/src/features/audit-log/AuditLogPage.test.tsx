import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testIds } from '@zdash/test-ids';
import { describe, expect, it } from 'vitest';
import { sessionInfo } from '../../test/fixtures.ts';
import { renderApp } from '../../test/renderWithProviders.tsx';

function entry(i: number) {
  return {
    id: `e${i}`,
    at: new Date(Date.UTC(2026, 10, 25, 12, 0, i)),
    accountUuid: 'a',
    actor: 'admin',
    procedure: i % 2 ? 'auth.signIn' : 'preferences.set',
    api: null,
    target: null,
    params: null,
    result: i === 3 ? 'failure' : 'success',
    errorCode: i === 3 ? 'SYS.1007' : null,
    errorMessage: null,
    durationMs: 12,
  };
}

describe('AuditLogPage', () => {
  it('filters and pages on the server', async () => {
    const user = userEvent.setup();
    const inputs: Record<string, unknown>[] = [];
    const { router } = renderApp({
      path: '/audit-log',
      handlers: {
        'auth.session': () => sessionInfo(),
        'preferences.get': () => ({ theme: 'light', language: 'en', listStates: {} }),
        'auditLog.list': (input) => {
          inputs.push(input as Record<string, unknown>);
          return { items: [1, 2, 3].map(entry), total: 60 };
        },
      },
    });
    expect(await screen.findAllByTestId(testIds.auditLog.row)).toHaveLength(3);
    expect(screen.getByText('Failed · SYS.1007')).toBeTruthy();
    expect(screen.getByText('1–25 of 60')).toBeTruthy();
    await user.type(screen.getByTestId(testIds.auditLog.filterUser), 'admin');
    await waitFor(() =>
      expect(inputs.at(-1)).toMatchObject({ user: 'admin', limit: 25, offset: 0 }),
    );
    await user.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() => expect(inputs.at(-1)).toMatchObject({ user: 'admin', offset: 25 }));
    expect(router.state.location.search).toBe('?user=admin&page=1');
  });
});
