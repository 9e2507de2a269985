import { testIds } from '@zdash/test-ids';
import { expect, test } from '../fixtures/index.ts';

test('the dashboard shows the demo cloud as the simulator has it', async ({
  signedIn,
  dashboard,
  sim,
}) => {
  await expect(signedIn.pageTitle).toHaveText('Dashboard');
  const hosts = (await sim.hostCount('Connected')) + (await sim.hostCount('Disconnected'));
  expect(hosts).toBe(4);
  await expect(dashboard.hostTotal).toHaveText('4 hosts');
  await expect(dashboard.hostStatus('Connected')).toHaveAttribute(
    'data-count',
    String(await sim.hostCount('Connected')),
  );
  for (const state of ['Running', 'Stopped']) {
    await expect(dashboard.vmState(state)).toHaveAttribute(
      'data-count',
      String(await sim.vmCount(state)),
    );
  }
  await expect(dashboard.cpu).toContainText('vCPUs allocated');
  await expect(dashboard.primaryStorage).toContainText('smp-ps');
  await expect(dashboard.primaryStorage).toContainText('local-ps');
  await expect(dashboard.managementNode).toContainText('4.8.0');
  await expect(dashboard.managementNode).toContainText('Embedded simulator');
  await expect(signedIn.page.getByTestId(testIds.session.defaultPasswordBanner)).toBeVisible();
});

test('language and theme follow the preferences saved in the BFF', async ({ page, signedIn }) => {
  await signedIn.setLanguage('zh-CN');
  await expect(signedIn.pageTitle).toHaveText('仪表盘');
  await expect(page.getByTestId(`${testIds.shell.navItemPrefix}vms`)).toHaveText('云主机');
  await signedIn.setTheme('dark');
  await expect.poll(() => signedIn.appliedTheme()).toBe('dark');

  // Stored server-side, not in the browser: a reload (same session) keeps both.
  await page.reload();
  await expect(signedIn.pageTitle).toHaveText('仪表盘');
  await expect.poll(() => signedIn.appliedTheme()).toBe('dark');

  await signedIn.setLanguage('en');
  await signedIn.setTheme('system');
  await expect(signedIn.pageTitle).toHaveText('Dashboard');
  await expect.poll(() => signedIn.appliedTheme()).toBe('light');
  await signedIn.signOut();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('areas not built yet say so honestly', async ({ page, signedIn }) => {
  await signedIn.navigate('vms');
  await expect(page.getByTestId(testIds.comingSoon.page)).toContainText(
    'Coming in a later release',
  );
  await expect(signedIn.pageTitle).toHaveText('VM instances');
});
