import { testIds } from '@zdash/test-ids';
import { e2eIdleMinutes } from '../e2eEnv.ts';
import { admin, expect, test } from '../fixtures/index.ts';

const idleMs = e2eIdleMinutes * 60_000;

test('the idle warning counts down, and "stay signed in" keeps the session', async ({
  page,
  signedIn,
}) => {
  await signedIn.navigate('auditLog');
  const dialog = page.getByTestId(testIds.session.expiryDialog);
  await expect(dialog).toBeVisible({ timeout: idleMs + 5_000 });
  const countdown = page.getByTestId(testIds.session.expiryCountdown);
  const first = await countdown.textContent();
  await expect(countdown).not.toHaveText(first ?? '');
  await page.getByTestId(testIds.session.staySignedIn).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId(testIds.session.reauthDialog)).toBeHidden();
});

test('an expired session asks for the password over the page and keeps it', async ({
  page,
  signedIn,
}) => {
  await signedIn.navigate('auditLog');
  await page.getByTestId(testIds.auditLog.filterProcedure).fill('auth.signIn');
  const reauth = page.getByTestId(testIds.session.reauthDialog);
  await expect(reauth).toBeVisible({ timeout: idleMs + 15_000 });

  // A wrong password is refused with the generic message; the page underneath stays.
  await page.getByTestId(testIds.session.reauthPassword).fill('wrong-password');
  await page.getByTestId(testIds.session.reauthSubmit).click();
  await expect(page.getByTestId(testIds.session.reauthError)).toHaveText(
    'The name or password is not correct.',
  );

  await page.getByTestId(testIds.session.reauthPassword).fill(admin.password);
  await page.getByTestId(testIds.session.reauthSubmit).click();
  await expect(reauth).toBeHidden();
  await expect(page.getByTestId(testIds.auditLog.filterProcedure)).toHaveValue('auth.signIn');
  await expect(page.getByTestId(testIds.auditLog.row).first()).toBeVisible();
});

test('another person at the re-auth prompt does not get the previous page', async ({
  page,
  signedIn,
  sim,
}) => {
  await sim.ensureAccount('e2e-other', 'other-password');
  await signedIn.navigate('auditLog');
  await page.getByTestId(testIds.auditLog.filterUser).fill('admin');
  const reauth = page.getByTestId(testIds.session.reauthDialog);
  await expect(reauth).toBeVisible({ timeout: idleMs + 15_000 });
  await reauth.getByTestId(testIds.signIn.accountName).fill('e2e-other');
  await page.getByTestId(testIds.session.reauthPassword).fill('other-password');
  await page.getByTestId(testIds.session.reauthSubmit).click();
  await expect(reauth).toBeHidden();
  // The BFF answered sameIdentity: false: nothing of admin's page stays on screen.
  await expect(page.getByTestId(testIds.dashboard.page)).toBeVisible();
  await expect(page.getByTestId(testIds.auditLog.filterUser)).toHaveCount(0);
  await expect(page.getByTestId(testIds.session.defaultPasswordBanner)).toHaveCount(0);
  await signedIn.signOut();
});
