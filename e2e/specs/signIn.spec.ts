import { testIds } from '@zdash/test-ids';
import { admin, expect, test } from '../fixtures/index.ts';

test('a wrong password shows the one generic error', async ({ page, signInPage }) => {
  await signInPage.goto();
  // Not "admin": failures count towards the sign-in throttle of that name.
  await signInPage.signIn('nobody-here', 'not-the-password');
  await expect(signInPage.error).toHaveText('The name or password is not correct.');
  await expect(signInPage.password).toHaveValue('');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('a signed-out visit to a page goes through sign-in and back to it', async ({
  page,
  signInPage,
  shell,
}) => {
  await page.goto('/audit-log');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faudit-log$/);
  await signInPage.signIn(admin.accountName, admin.password);
  await expect(page.getByTestId(testIds.auditLog.page)).toBeVisible();
  // The sign-in just made is itself audited.
  await expect(
    page.getByTestId(testIds.auditLog.row).filter({ hasText: 'auth.signIn' }).first(),
  ).toBeVisible();
  await shell.signOut();
  await expect(signInPage.submit).toBeVisible();
});
