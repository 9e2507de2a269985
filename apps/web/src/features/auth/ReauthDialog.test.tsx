import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testIds } from '@zdash/test-ids';
import { describe, expect, it } from 'vitest';
import { bffError } from '../../test/fakeLink.ts';
import { dashboardSummary, sessionInfo } from '../../test/fixtures.ts';
import { renderApp } from '../../test/renderWithProviders.tsx';

const ended = () =>
  bffError('UNAUTHORIZED', 'Your session has ended. Enter your password to continue.', {
    auth: { action: 'reauthenticate', reason: 'idle' },
  });

function handlers(reauthenticate: (input: unknown) => unknown) {
  let live = true;
  return {
    'auth.session': () => sessionInfo({ defaultPassword: true }),
    'preferences.get': () => ({ theme: 'light', language: 'en', listStates: {} }),
    'system.info': () => ({ backend: 'simulator', zstackVersion: '4.8.0' }),
    'dashboard.summary': () => {
      if (!live) return dashboardSummary();
      live = false;
      throw ended();
    },
    'auth.reauthenticate': reauthenticate,
  };
}

describe('ReauthDialog', () => {
  it('opens over the page on the BFF re-auth code and continues the same person', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp({
      handlers: handlers(() => ({ session: sessionInfo(), sameIdentity: true })),
    });
    const dialog = await screen.findByTestId(testIds.session.reauthDialog);
    expect(dialog.textContent).toContain('enter the password of admin again');
    // The default-password banner (and the rest of the shell) stays underneath.
    expect(screen.getByTestId(testIds.session.defaultPasswordBanner)).toBeTruthy();
    await user.type(screen.getByTestId(testIds.session.reauthPassword), 'password');
    await user.click(screen.getByTestId(testIds.session.reauthSubmit));
    await waitFor(() => expect(screen.queryByTestId(testIds.session.reauthDialog)).toBeNull());
    expect(calls.find((c) => c.path === 'auth.reauthenticate')?.input).toEqual({
      kind: 'account',
      accountName: 'admin',
      password: 'password',
    });
    expect(await screen.findByTestId(testIds.dashboard.hostTotal)).toBeTruthy();
  });

  it('shows the BFF answer when it refuses', async () => {
    const user = userEvent.setup();
    renderApp({
      handlers: handlers(() => {
        throw bffError('UNAUTHORIZED', 'Invalid account name, user name or password.', {
          auth: { action: 'signIn', reason: 'badCredentials' },
        });
      }),
    });
    await user.type(await screen.findByTestId(testIds.session.reauthPassword), 'wrong');
    await user.click(screen.getByTestId(testIds.session.reauthSubmit));
    expect((await screen.findByTestId(testIds.session.reauthError)).textContent).toBe(
      'The name or password is not correct.',
    );
    // Still over the page, not thrown out to the sign-in page.
    expect(screen.getByTestId(testIds.session.reauthDialog)).toBeTruthy();
  });

  it('offers re-authentication in the last minutes before the absolute end, and can wait', async () => {
    const user = userEvent.setup();
    renderApp({
      handlers: {
        'auth.session': () => sessionInfo({ reauthOffered: true, absoluteRemainingMs: 4 * 60_000 }),
        'preferences.get': () => ({ theme: 'light', language: 'en', listStates: {} }),
        'system.info': () => ({ backend: 'simulator', zstackVersion: '4.8.0' }),
        'dashboard.summary': () => dashboardSummary(),
      },
    });
    const dialog = await screen.findByTestId(testIds.session.reauthDialog);
    expect(dialog.textContent).toContain('Your session reaches its maximum length soon');
    expect(dialog.textContent).toMatch(/It ends in [34]:\d\d/);
    await user.click(screen.getByRole('button', { name: 'Later' }));
    await waitFor(() => expect(screen.queryByTestId(testIds.session.reauthDialog)).toBeNull());
  });
});
