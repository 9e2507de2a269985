import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testIds } from '@zdash/test-ids';
import { describe, expect, it } from 'vitest';
import { bffError } from '../../test/fakeLink.ts';
import { dashboardSummary, sessionInfo } from '../../test/fixtures.ts';
import { renderApp } from '../../test/renderWithProviders.tsx';
import { navAreas } from '../navigation.ts';

const base = {
  'auth.session': () => sessionInfo(),
  'preferences.get': () => ({ theme: 'light', language: 'en', listStates: {} }),
  'dashboard.summary': () => dashboardSummary(),
  'system.info': () => ({ backend: 'simulator', zstackVersion: '4.8.0' }),
};

describe('AppShell', () => {
  it('lists every area, and an area not built yet says what it will do', async () => {
    const user = userEvent.setup();
    renderApp({ handlers: base });
    const drawer = await screen.findByTestId(testIds.shell.navDrawer);
    for (const area of navAreas) {
      expect(within(drawer).getByTestId(`${testIds.shell.navItemPrefix}${area.id}`)).toBeTruthy();
    }
    await user.click(within(drawer).getByTestId(`${testIds.shell.navItemPrefix}wizards`));
    const page = await screen.findByTestId(testIds.comingSoon.page);
    expect(page.textContent).toContain('Coming in a later release');
    expect(page.textContent).toContain(
      'move L3 networks from virtual routers to the flat provider',
    );
  });

  it('words a failed mutation with its ZStack code in the snackbar', async () => {
    const user = userEvent.setup();
    renderApp({
      handlers: {
        ...base,
        'preferences.set': () => {
          throw bffError('BAD_GATEWAY', 'ZStack answered SYS.1006: disk full', {
            zstackCode: 'SYS.1006',
          });
        },
      },
    });
    await user.click(await screen.findByTestId(testIds.shell.themeMenu));
    await user.click(screen.getByTestId(`${testIds.shell.themeOptionPrefix}dark`));
    const note = await screen.findByTestId(testIds.notification);
    expect(note.textContent).toContain(
      'The cloud refused the request (SYS.1006): An operation failed inside the cloud',
    );
  });

  it('shows the default-password banner and opens the change-password dialog from it', async () => {
    const user = userEvent.setup();
    renderApp({
      handlers: { ...base, 'auth.session': () => sessionInfo({ defaultPassword: true }) },
    });
    const banner = await screen.findByTestId(testIds.session.defaultPasswordBanner);
    await user.click(within(banner).getByRole('button'));
    expect(await screen.findByTestId(testIds.session.changePasswordDialog)).toBeTruthy();
    await user.click(screen.getByTestId(testIds.session.changePasswordSubmit));
    expect(await screen.findByText('Required')).toBeTruthy();
    expect(screen.getByText('At least 6 characters')).toBeTruthy();
  });
});
