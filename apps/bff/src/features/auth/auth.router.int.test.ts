import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSessionToken } from '../../auth/sessionToken.ts';
import type { Db } from '../../db/database.ts';
import {
  adminLogin,
  createNormalAccount,
  memoryDb,
  startTestNode,
  testBrowser,
  testServices,
} from '../../testing/testBff.ts';

let node: Awaited<ReturnType<typeof startTestNode>>;
let db: Db;

beforeAll(async () => {
  node = await startTestNode();
  db = await memoryDb();
  await createNormalAccount(node.zstack, 'acme', 'acme-pass', {
    name: 'ops',
    password: 'ops-pass',
  });
});
afterAll(async () => {
  await db.destroy();
  await node.close();
});

async function codeOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (error) {
    if (error instanceof TRPCError)
      return { code: error.code, message: error.message, cause: error.cause };
    throw error;
  }
  throw new Error('expected a failure');
}

describe('auth router', () => {
  it('signs in the admin, flags the factory password, keeps only the token hash', async () => {
    const services = testServices(node.zstack, db);
    const browser = testBrowser(services);
    const info = await (await browser.caller()).auth.signIn(adminLogin);
    expect(info).toMatchObject({
      kind: 'account',
      accountName: 'admin',
      isAdmin: true,
      defaultPassword: true,
    });
    expect(browser.jar.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await db.selectFrom('sessions').selectAll().execute();
    expect(rows.some((r) => r.id_hash === browser.jar.token)).toBe(false);
    expect(rows.some((r) => r.id_hash === hashSessionToken(browser.jar.token ?? ''))).toBe(true);
    expect(JSON.stringify(info)).not.toContain(rows[0]?.zstack_session_uuid ?? 'none');
    const session = await (await browser.caller()).auth.session();
    expect(session?.idleRemainingMs).toBeGreaterThan(29 * 60_000);
    expect(session?.reauthOffered).toBe(false);
  });

  it('signs in a user of a normal account, not admin, no default-password flag', async () => {
    const browser = testBrowser(testServices(node.zstack, db));
    const info = await (await browser.caller()).auth.signIn({
      kind: 'user',
      accountName: 'acme',
      userName: 'ops',
      password: 'ops-pass',
    });
    expect(info).toMatchObject({
      kind: 'user',
      userName: 'ops',
      isAdmin: false,
      defaultPassword: false,
    });
  });

  it('rotates the cookie at every sign-in and ends the previous session upstream', async () => {
    const services = testServices(node.zstack, db);
    const browser = testBrowser(services);
    await (await browser.caller()).auth.signIn(adminLogin);
    const first = browser.jar.token;
    const firstRow = await services.sessions.resolve(first);
    const upstream = firstRow.status === 'live' ? firstRow.session.zstackSessionUuid : null;
    await (await browser.caller()).auth.signIn(adminLogin);
    expect(browser.jar.token).not.toBe(first);
    expect((await services.sessions.resolve(first)).status).toBe('none');
    expect(await node.zstack.validateSession(upstream ?? '')).toBe(false);
  });

  it('gives one generic message for a wrong password and an unknown account', async () => {
    const browser = testBrowser(testServices(node.zstack, db));
    const caller = await browser.caller();
    const wrong = await codeOf(caller.auth.signIn({ ...adminLogin, password: 'nope' }));
    const unknown = await codeOf(
      caller.auth.signIn({ kind: 'account', accountName: 'ghost', password: 'x' }),
    );
    expect(wrong.code).toBe('UNAUTHORIZED');
    expect(wrong.message).toBe(unknown.message);
    expect(browser.jar.token).toBeNull();
  });

  it('throttles an account after 5 failures, even with the right password', async () => {
    const browser = testBrowser(testServices(node.zstack, db));
    const caller = await browser.caller();
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await codeOf(
            caller.auth.signIn({ kind: 'account', accountName: 'acme', password: 'bad' }),
          )
        ).code,
      ).toBe('UNAUTHORIZED');
    }
    const locked = await codeOf(
      caller.auth.signIn({ kind: 'account', accountName: 'acme', password: 'acme-pass' }),
    );
    expect(locked.code).toBe('TOO_MANY_REQUESTS');
    // Another account is not affected.
    await expect(caller.auth.signIn(adminLogin)).resolves.toMatchObject({ accountName: 'admin' });
  });

  it('re-authenticates the same person in place and gives anyone else a clean session', async () => {
    const services = testServices(node.zstack, db);
    const browser = testBrowser(services);
    await (await browser.caller()).auth.signIn(adminLogin);
    const before = browser.jar.token;
    const same = await (await browser.caller()).auth.reauthenticate(adminLogin);
    expect(same.sameIdentity).toBe(true);
    expect(browser.jar.token).not.toBe(before);
    const other = await (await browser.caller()).auth.reauthenticate({
      kind: 'user',
      accountName: 'acme',
      userName: 'ops',
      password: 'ops-pass',
    });
    expect(other.sameIdentity).toBe(false);
    expect(other.session.accountName).toBe('acme');
  });

  it('turns an upstream ID.1001 into UNAUTHORIZED asking for the password again', async () => {
    const services = testServices(node.zstack, db);
    const browser = testBrowser(services);
    await (await browser.caller()).auth.signIn(adminLogin);
    const resolved = await services.sessions.resolve(browser.jar.token);
    if (resolved.status !== 'live') throw new Error('not live');
    await node.zstack.withSession(resolved.session.zstackSessionUuid ?? '').logout();
    const failure = await codeOf((await browser.caller()).dashboard.summary());
    expect(failure.code).toBe('UNAUTHORIZED');
    expect(failure.cause).toMatchObject({ action: 'reauthenticate', reason: 'upstream' });
    const again = await codeOf((await browser.caller()).preferences.get());
    expect(again.cause).toMatchObject({ action: 'reauthenticate' });
    const back = await (await browser.caller()).auth.reauthenticate(adminLogin);
    expect(back.sameIdentity).toBe(true);
  });

  it('signs out: upstream session gone, cookie cleared, next call asks to sign in', async () => {
    const services = testServices(node.zstack, db);
    const browser = testBrowser(services);
    await (await browser.caller()).auth.signIn(adminLogin);
    const token = browser.jar.token;
    const resolved = await services.sessions.resolve(token);
    const upstream = resolved.status === 'live' ? resolved.session.zstackSessionUuid : '';
    await (await browser.caller()).auth.signOut();
    expect(browser.jar.token).toBeNull();
    expect(await node.zstack.validateSession(upstream ?? '')).toBe(false);
    browser.jar.token = token;
    const failure = await codeOf((await browser.caller()).preferences.get());
    expect(failure.cause).toMatchObject({ action: 'signIn', reason: 'signedOut' });
  });

  it('changes the password, clears the default flag and needs the right current password', async () => {
    await createNormalAccount(node.zstack, 'pwtest', 'first-pass');
    const browser = testBrowser(testServices(node.zstack, db));
    await (await browser.caller()).auth.signIn({
      kind: 'account',
      accountName: 'pwtest',
      password: 'first-pass',
    });
    const wrong = await codeOf(
      (await browser.caller()).auth.changePassword({
        currentPassword: 'nope',
        newPassword: 'second-pass',
      }),
    );
    expect(wrong.code).toBe('BAD_REQUEST');
    await (await browser.caller()).auth.changePassword({
      currentPassword: 'first-pass',
      newPassword: 'second-pass',
    });
    const fresh = testBrowser(testServices(node.zstack, db));
    await expect(
      (await fresh.caller()).auth.signIn({
        kind: 'account',
        accountName: 'pwtest',
        password: 'second-pass',
      }),
    ).resolves.toMatchObject({ accountName: 'pwtest' });
  });

  it('refuses a malformed sign-in with field errors', async () => {
    const browser = testBrowser(testServices(node.zstack, db));
    const failure = await codeOf(
      (await browser.caller()).auth.signIn({
        kind: 'user',
        accountName: 'a',
        password: 'p',
      } as never),
    );
    expect(failure.code).toBe('BAD_REQUEST');
  });
});
