import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { testIds } from '@zdash/test-ids';
import { ZStackClient } from '@zdash/zstack-client';
import WebSocket from 'ws';
import {
  cellHeight,
  cellWidth,
  glyphOf,
  isLit,
} from '../../packages/zstack-sim/src/console/font.ts';
import { e2eDataDir, e2ePort } from '../e2eEnv.ts';
import { admin, expect, test } from '../fixtures/index.ts';
import { DashboardPage } from '../pages/DashboardPage.ts';
import { SignInPage } from '../pages/SignInPage.ts';

const shots = '/tmp/zdash-console-shots';
const origin = `http://127.0.0.1:${e2ePort}`;
const columns = 80;
const rows = 25;

/** A running user VM of the demo cloud (the last one: jobs.spec stops the first). */
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
    });
    const vm = inventories.at(-1);
    if (!vm) throw new Error('the demo cloud has no running VM');
    return { uuid: String(vm.uuid), name: String(vm.name) };
  } finally {
    client.close();
  }
}

/** The guest's host name as the simulator derives it from the VM name (vmFacts.ts). */
function hostSafe(name: string): string {
  return name.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'localhost';
}

/** Each printable character's lit pixels in its cell, as a '0'/'1' string (the simulator's font). */
const glyphBitmaps = new Map<string, string>();
for (let code = 0x20; code <= 0x7e; code++) {
  const char = String.fromCharCode(code);
  const glyph = glyphOf(char);
  let bits = '';
  // The last two pixel rows hold the cursor underline: leave them out.
  for (let y = 0; y < cellHeight - 2; y++) {
    for (let x = 0; x < cellWidth; x++) bits += isLit(glyph, x, y) ? '1' : '0';
  }
  glyphBitmaps.set(bits, char);
}

/** Reads the console canvas and decodes it back into 25 lines of text with the simulator's font. */
async function screenText(page: Page): Promise<string[]> {
  const canvas = page.getByTestId(testIds.consoles.screen).locator('canvas');
  const lit = await canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height);
    if (!data) return { width: 0, bits: '' };
    let bits = '';
    for (let i = 0; i < data.data.length; i += 4) bits += (data.data[i] ?? 0) > 0x55 ? '1' : '0';
    return { width: c.width, bits };
  });
  if (lit.width !== columns * cellWidth) return [];
  const lines: string[] = [];
  for (let row = 0; row < rows; row++) {
    let line = '';
    for (let col = 0; col < columns; col++) {
      let bits = '';
      for (let y = 0; y < cellHeight - 2; y++) {
        const start = (row * cellHeight + y) * lit.width + col * cellWidth;
        bits += lit.bits.slice(start, start + cellWidth);
      }
      line += glyphBitmaps.get(bits) ?? '?';
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** `consoles.open` the way the page calls it (CSRF header, same Origin). */
async function openTicket(page: Page, vmUuid: string): Promise<string> {
  const res = await page.request.post('/trpc/consoles.open', {
    headers: { 'content-type': 'application/json', 'x-zdash-csrf': '1', origin },
    data: { json: { vmUuid } },
  });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { result: { data: { json: { path: string } } } };
  return body.result.data.json.path;
}

test('the console of a running VM shows the login prompt, logs in and runs hostname', async ({
  page,
  signedIn: _signedIn,
}) => {
  const vm = await runningVm();
  await page.goto(`/consoles/${vm.uuid}`);
  await expect(page.getByTestId(testIds.consoles.status)).toHaveAttribute('data-status', 'online');
  await expect.poll(async () => (await screenText(page)).join('\n')).toMatch(/login: ?$/m);
  await page.screenshot({ path: join(shots, 'console-login.png') });

  const canvas = page.getByTestId(testIds.consoles.screen).locator('canvas');
  await canvas.click();
  await page.keyboard.type('root');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await screenText(page)).join('\n')).toContain('Password:');
  await page.keyboard.type('anything');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await screenText(page)).join('\n')).toMatch(/# ?$/m);

  // hostname through the paste-as-keystrokes box.
  await page.getByTestId(testIds.consoles.pasteOpen).click();
  await page.getByTestId(testIds.consoles.pasteText).fill('hostname\n');
  await page.getByTestId(testIds.consoles.pasteSend).click();
  const expected = hostSafe(vm.name);
  await expect
    .poll(async () => {
      const lines = await screenText(page);
      const at = lines.findLastIndex((line) => line.endsWith('hostname'));
      return at >= 0 ? lines[at + 1] : undefined;
    })
    .toBe(expected);
  await page.screenshot({ path: join(shots, 'console-hostname.png') });
});

test('a replayed console ticket is refused', async ({ page, signedIn: _signedIn }) => {
  const vm = await runningVm();
  const path = await openTicket(page, vm.uuid);
  const opened = await page.evaluate(async (ticketPath) => {
    const url = `ws://${location.host}${ticketPath}`;
    const tryOpen = () =>
      new Promise<boolean>((resolve) => {
        const socket = new WebSocket(url);
        socket.onopen = () => {
          socket.close();
          resolve(true);
        };
        socket.onclose = () => resolve(false);
      });
    return [await tryOpen(), await tryOpen()];
  }, path);
  expect(opened).toEqual([true, false]);
});

test('a console socket from a foreign Origin or without one is refused', async ({
  page,
  context,
  signedIn: _signedIn,
}) => {
  const vm = await runningVm();
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const attempt = (path: string, from: string | undefined) =>
    new Promise<{ opened: boolean; status?: number }>((resolve) => {
      const socket = new WebSocket(`ws://127.0.0.1:${e2ePort}${path}`, {
        headers: { cookie },
        ...(from ? { origin: from } : {}),
      });
      socket.on('open', () => {
        socket.close();
        resolve({ opened: true });
      });
      socket.on('unexpected-response', (_req, res) => {
        resolve({ opened: false, status: res.statusCode });
        socket.terminate();
      });
      socket.on('error', () => resolve({ opened: false }));
    });
  const foreign = await attempt(await openTicket(page, vm.uuid), 'http://evil.example');
  expect(foreign.opened).toBe(false);
  expect(foreign.status).toBe(403);
  const missing = await attempt(await openTicket(page, vm.uuid), undefined);
  expect(missing.opened).toBe(false);
  expect(missing.status).toBeGreaterThanOrEqual(400);
  // The same cookie with the right Origin does open: the refusals above are the Origin's.
  const same = await attempt(await openTicket(page, vm.uuid), origin);
  expect(same.opened).toBe(true);
});

test('two people on one VM: the first signs out, the second stays connected', async ({
  page,
  browser,
  signedIn,
}) => {
  const vm = await runningVm();
  await page.goto(`/consoles/${vm.uuid}`);
  await expect(page.getByTestId(testIds.consoles.status)).toHaveAttribute('data-status', 'online');

  // The second person: their own browser session (ZStack hands them the first one's token).
  const other = await browser.newContext();
  try {
    const second = await other.newPage();
    const sockets: string[] = [];
    second.on('websocket', (ws) => {
      if (ws.url().includes('/console?')) sockets.push(ws.url());
    });
    await new SignInPage(second).goto();
    await new SignInPage(second).signIn(admin.accountName, admin.password);
    await expect(new DashboardPage(second).root).toBeVisible();
    await second.goto(`/consoles/${vm.uuid}`);
    const status = second.getByTestId(testIds.consoles.status);
    await expect(status).toHaveAttribute('data-status', 'online');
    await expect.poll(async () => (await screenText(second)).join('\n')).toMatch(/login:/);
    expect(sockets).toHaveLength(1);

    // The first signs out: ZStack deletes the shared token; the relay closes with 4000 and a
    // ticket of the second person's own, and the page reconnects at once.
    await signedIn.signOut();
    await expect.poll(() => sockets.length, { timeout: 5_000 }).toBe(2);
    await expect(status).toHaveAttribute('data-status', 'online', { timeout: 5_000 });
    await second.getByTestId(testIds.consoles.screen).locator('canvas').click();
    // Still typing into the guest: the last line on the screen ends with what was typed.
    await second.keyboard.type('still-here');
    await expect
      .poll(async () => (await screenText(second)).filter((line) => line !== '').at(-1))
      .toMatch(/still-here$/);
  } finally {
    await other.close();
  }
});
