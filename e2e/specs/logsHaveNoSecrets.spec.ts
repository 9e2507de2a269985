import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashPassword } from '@zdash/zstack-client';
import Database from 'better-sqlite3';
import { e2eBffLog, e2eDataDir } from '../e2eEnv.ts';
import { admin, expect, test } from '../fixtures/index.ts';

/**
 * Issue C §5: after the whole e2e suite (this spec's project depends on all the others), none of
 * the secrets the BFF handles appears in any log — the BFF's output, the simulator's output —
 * nor in the audit log. The live ZStack sessions and console tokens are read from the simulator's
 * own database, so the scan looks for the real values, not only their shapes.
 */
test('no secret of the whole run reaches a log or the audit log', async ({ page, signInPage }) => {
  // A session that is still live when the scan runs, so its uuid can be looked for.
  await signInPage.goto();
  await signInPage.signIn(admin.accountName, admin.password);
  await expect(page).toHaveURL(/\/$/);

  const logs = [e2eBffLog, join(e2eDataDir, 'sim.log'), join(e2eDataDir, 'sim.out')]
    .filter((file) => existsSync(file))
    .map((file) => ({ name: file, text: readFileSync(file, 'utf8') }));
  const bffLog = logs.find((log) => log.name === e2eBffLog)?.text ?? '';
  // A scan of nothing proves nothing: the BFF must have logged the run.
  expect(bffLog).toContain('zdash BFF listening');

  const sim = new Database(join(e2eDataDir, 'sim.db'), { readonly: true, fileMustExist: true });
  const sessions = sim.prepare('select uuid from session').all() as { uuid: string }[];
  const tokens = sim.prepare('select token from console_proxy').all() as { token: string }[];
  sim.close();
  expect(sessions.length).toBeGreaterThan(0);

  const store = new Database(join(e2eDataDir, 'zdash.db'), { readonly: true, fileMustExist: true });
  const audit = JSON.stringify(store.prepare('select * from audit_log').all());
  store.close();
  expect(audit).toContain('auth.signIn');

  const secrets = [
    ...sessions.map((row) => row.uuid),
    ...tokens.map((row) => row.token),
    hashPassword(admin.password),
    `"password":"${admin.password}"`,
  ];
  const shapes = [
    /OAuth [0-9a-f]{32}/, // an Authorization header
    /zdash_session=[^;\s"]{8,}/, // the browser session cookie
    /[0-9a-f]{32}_[0-9a-f]{32}/, // a ZStack console token (session_vm)
    /rootPassword::[^"\s*]/, // a root password system tag
    /userdata::(?!\[redacted)/, // userdata appears only as its size and sha256
  ];
  for (const { name, text } of [...logs, { name: 'audit_log', text: audit }]) {
    for (const secret of secrets) expect(text, `${name} holds a secret`).not.toContain(secret);
    for (const shape of shapes) expect(text, `${name} holds ${shape}`).not.toMatch(shape);
  }
});
