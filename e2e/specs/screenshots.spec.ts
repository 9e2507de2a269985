import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { testIds } from '@zdash/test-ids';
import { screenshotDir } from '../e2eEnv.ts';
import { expect, test } from '../fixtures/index.ts';

// Pictures for people to look at (outside the repository); also a smoke test of every combination.
test('sign-in and dashboard, light and dark, English and Chinese', async ({
  page,
  signInPage,
  dashboard,
  shell,
}) => {
  mkdirSync(screenshotDir, { recursive: true });
  await signInPage.goto();
  await expect(signInPage.submit).toBeVisible();
  await page.screenshot({ path: join(screenshotDir, 'sign-in.png') });
  await signInPage.signIn('admin', 'password');
  await expect(dashboard.hostTotal).toBeVisible();
  for (const language of ['en', 'zh-CN'] as const) {
    await shell.setLanguage(language);
    for (const theme of ['light', 'dark'] as const) {
      await shell.setTheme(theme);
      await expect.poll(() => shell.appliedTheme()).toBe(theme);
      await expect(dashboard.hostTotal).toBeVisible();
      await page.mouse.move(0, 0);
      await page.screenshot({
        path: join(screenshotDir, `dashboard-${language}-${theme}.png`),
        fullPage: true,
      });
    }
  }
  await shell.setLanguage('en');
  await shell.setTheme('system');
  await shell.navigate('auditLog');
  await expect(page.getByTestId(testIds.auditLog.row).first()).toBeVisible();
  await page.screenshot({ path: join(screenshotDir, 'audit-log-en-light.png') });
  await shell.navigate('wizards');
  await expect(page.getByTestId(testIds.comingSoon.page)).toBeVisible();
  await page.screenshot({ path: join(screenshotDir, 'coming-soon-en-light.png') });
  await shell.signOut();
});
