import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testIds } from '@zdash/test-ids';
import { ZStackClient } from '@zdash/zstack-client';
import { e2eDataDir, e2ePort } from '../e2eEnv.ts';
import { expect, test } from '../fixtures/index.ts';

const shots = '/tmp/zdash-jobs-screenshots';

/** A running user VM of the demo cloud, asked from the simulator itself. */
async function runningVm(): Promise<{ uuid: string; name: string }> {
  const { url } = JSON.parse(readFileSync(join(e2eDataDir, 'sim.json'), 'utf8')) as { url: string };
  const client = new ZStackClient({ endpoint: url });
  try {
    const zs = client.withSession('pending-login');
    await zs.loginByAccount('admin', 'password');
    const { inventories } = await zs.query('QueryVmInstance', {
      conditions: [
        { name: 'state', op: '=', value: 'Running' },
        { name: 'type', op: '=', value: 'UserVm' },
      ],
      limit: 1,
    });
    const vm = inventories[0];
    if (!vm) throw new Error('the demo cloud has no running VM');
    return { uuid: String(vm.uuid), name: String(vm.name) };
  } finally {
    client.close();
  }
}

test('a job started for a person shows up live, ends succeeded and explains itself', async ({
  page,
  signedIn,
}) => {
  const vm = await runningVm();
  // No page starts a job yet: submit one the way the app does (CSRF header, same origin).
  await page.getByTestId(testIds.jobs.drawerButton).click();
  const drawer = page.getByTestId(testIds.jobs.drawer);
  await expect(drawer).toBeVisible();
  const res = await page.request.post('/trpc/jobs.submit', {
    headers: {
      'content-type': 'application/json',
      'x-zdash-csrf': '1',
      origin: `http://127.0.0.1:${e2ePort}`,
    },
    data: { json: { api: 'StopVmInstance', params: { uuid: vm.uuid }, target: vm.name } },
  });
  expect(res.status()).toBe(200);
  const job = (await res.json()) as { result: { data: { json: { id: string } } } };
  const id = job.result.data.json.id;

  const row = drawer.locator(`[data-job-id="${id}"]`);
  await expect(row).toBeVisible();
  await expect(row).toContainText('Stop VM instance');
  await expect(row).toContainText(vm.name);
  await expect(row).toHaveAttribute('data-state', 'succeeded');
  await page.screenshot({ path: join(shots, 'drawer.png') });

  await row.click();
  await expect(page).toHaveURL(new RegExp(`/jobs/${id}$`));
  await expect(page.getByTestId(testIds.jobs.jobState)).toHaveAttribute('data-state', 'succeeded');
  await expect(page.getByTestId(testIds.jobs.zstackCli)).toContainText('StopVmInstance');
  await expect(page.getByTestId(testIds.jobs.zstackCli)).toContainText(vm.uuid);
  await expect(page.getByTestId(testIds.jobs.curl)).toContainText('$ZSTACK_SESSION');
  await page.screenshot({ path: join(shots, 'job-page.png'), fullPage: true });

  await signedIn.navigate('jobs');
  await expect(page.getByTestId(testIds.jobs.historyRow).first()).toContainText(vm.name);
  await page.getByTestId(testIds.jobs.filterApi).fill('StopVmInstance');
  await expect(page).toHaveURL(/api=StopVmInstance/);
  await expect(page.getByTestId(testIds.jobs.historyRow).first()).toContainText('Succeeded');
  await page.screenshot({ path: join(shots, 'history.png') });
});

test('the API timeouts page says which rule gives each API its timeout', async ({
  page,
  signedIn,
}) => {
  await signedIn.navigate('apiTimeouts');
  await expect(page).toHaveURL(/\/settings\/api-timeouts$/);
  await expect(signedIn.pageTitle).toHaveText('API timeouts');
  const addImage = page.getByTestId(`${testIds.apiTimeouts.rowPrefix}AddImage`);
  await expect(addImage).toHaveAttribute('data-rule', 'zstackDefault');
  await expect(addImage).toContainText('3h');
  await expect(addImage).toContainText('ZStack default');
  await page.screenshot({ path: join(shots, 'api-timeouts.png') });

  // Admins can edit; shorter than 5 minutes is refused before it is sent.
  await addImage.getByTestId(testIds.apiTimeouts.edit).click();
  await page.getByTestId(testIds.apiTimeouts.overrideInput).fill('4m');
  await expect(page.getByTestId(testIds.apiTimeouts.dialog)).toContainText('At least 5 minutes');
  await expect(page.getByTestId(testIds.apiTimeouts.save)).toBeDisabled();
});
