import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testIds } from '@zdash/test-ids';
import { describe, expect, it } from 'vitest';
import { bffError } from '../../test/fakeLink.ts';
import { dashboardSummary, sessionInfo } from '../../test/fixtures.ts';
import { renderApp } from '../../test/renderWithProviders.tsx';

function signedOutHandlers(signIn: (input: unknown) => unknown) {
  let session: ReturnType<typeof sessionInfo> | null = null;
  return {
    'auth.session': () => session,
    'auth.signIn': (input: unknown) => {
      const info = signIn(input) as ReturnType<typeof sessionInfo>;
      session = info;
      return info;
    },
    'preferences.get': () => ({ theme: 'system', language: 'en', listStates: {} }),
    'dashboard.summary': () => dashboardSummary(),
    'system.info': () => ({ backend: 'simulator', zstackVersion: '4.8.0' }),
  };
}

describe('SignInPage', () => {
  it('sends a signed-out visitor to sign-in, then signs in as an account', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp({ path: '/', handlers: signedOutHandlers(() => sessionInfo()) });
    await user.type(await screen.findByTestId(testIds.signIn.accountName), 'admin');
    await user.type(screen.getByTestId(testIds.signIn.password), 'password');
    await user.click(screen.getByTestId(testIds.signIn.submit));
    expect(await screen.findByTestId(testIds.dashboard.page)).toBeTruthy();
    const signIn = calls.find((c) => c.path === 'auth.signIn');
    expect(signIn?.input).toEqual({ kind: 'account', accountName: 'admin', password: 'password' });
    // Session polling is background work: it must not extend the idle timeout.
    expect(calls.filter((c) => c.path === 'auth.session').every((c) => c.background)).toBe(true);
  });

  it('shows one generic error for a wrong name or password', async () => {
    const user = userEvent.setup();
    renderApp({
      path: '/sign-in',
      handlers: signedOutHandlers(() => {
        throw bffError('UNAUTHORIZED', 'Invalid account name, user name or password.', {
          auth: { action: 'signIn', reason: 'badCredentials' },
        });
      }),
    });
    await user.type(await screen.findByTestId(testIds.signIn.accountName), 'admin');
    await user.type(screen.getByTestId(testIds.signIn.password), 'nope');
    await user.click(screen.getByTestId(testIds.signIn.submit));
    expect((await screen.findByTestId(testIds.signIn.error)).textContent).toBe(
      'The name or password is not correct.',
    );
    expect((screen.getByTestId(testIds.signIn.password) as HTMLInputElement).value).toBe('');
  });

  it('words the throttle with its wait', async () => {
    const user = userEvent.setup();
    renderApp({
      path: '/sign-in',
      handlers: signedOutHandlers(() => {
        throw bffError('TOO_MANY_REQUESTS', 'Too many failed sign-ins. Try again in 42 s.');
      }),
    });
    await user.type(await screen.findByTestId(testIds.signIn.accountName), 'admin');
    await user.type(screen.getByTestId(testIds.signIn.password), 'nope');
    await user.click(screen.getByTestId(testIds.signIn.submit));
    expect((await screen.findByTestId(testIds.signIn.error)).textContent).toBe(
      'Too many failed attempts. Try again in 42 seconds.',
    );
  });

  it('asks for the user name of an IAM user and validates before sending', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp({
      path: '/sign-in',
      handlers: signedOutHandlers(() => sessionInfo()),
    });
    await user.click(await screen.findByTestId(testIds.signIn.kindUser));
    await user.type(screen.getByTestId(testIds.signIn.accountName), 'acme');
    await user.type(screen.getByTestId(testIds.signIn.password), 'secret');
    await user.click(screen.getByTestId(testIds.signIn.submit));
    expect(await screen.findByText('Required')).toBeTruthy();
    await user.type(screen.getByTestId(testIds.signIn.userName), 'ops');
    await user.click(screen.getByTestId(testIds.signIn.submit));
    await waitFor(() => expect(calls.some((c) => c.path === 'auth.signIn')).toBe(true));
    expect(calls.find((c) => c.path === 'auth.signIn')?.input).toEqual({
      kind: 'user',
      accountName: 'acme',
      userName: 'ops',
      password: 'secret',
    });
  });
});
