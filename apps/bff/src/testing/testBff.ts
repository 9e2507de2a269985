import { hashPassword, ZStackClient } from '@zdash/zstack-client';
import { type RunningSimulator, startSimulator } from '@zdash/zstack-sim';
import { type Db, openDb } from '../db/database.ts';
import type { Metrics } from '../metrics/metrics.ts';
import { type BffServices, createServices, type ServicesInit } from '../services.ts';
import { createCaller } from '../trpc/appRouter.ts';
import { createContextInner } from '../trpc/context.ts';

/** An in-process simulator (port 0, time scale 0.01) and a root client for it. */
export async function startTestNode(
  options: { seed?: string; zstackVersion?: string; metrics?: Metrics } = {},
) {
  const { metrics, ...simOptions } = options;
  const node: RunningSimulator = await startSimulator({
    port: 0,
    db: ':memory:',
    timeScale: 0.01,
    ...simOptions,
  });
  const zstack = new ZStackClient({
    endpoint: node.url,
    pollInterval: 20,
    ...(metrics ? { onRequest: metrics.upstreamHook() } : {}),
  });
  return {
    node,
    zstack,
    async close() {
      zstack.close();
      await node.close();
    },
  };
}

/** A fresh SQLite store in memory, migrated. */
export function memoryDb(): Promise<Db> {
  return openDb({ kind: 'sqlite', file: ':memory:' });
}

/** Services over a test node and store. */
export function testServices(
  zstack: ZStackClient,
  db: Db,
  extra: Partial<ServicesInit> = {},
): BffServices {
  return createServices({ zstack, db, ...extra });
}

/**
 * A browser stand-in for createCaller: it keeps the cookie the procedures set, as a browser does.
 *
 * @example
 * const browser = testBrowser(services);
 * await browser.caller().auth.signIn({ kind: 'account', accountName: 'admin', password: 'password' });
 */
export function testBrowser(services: BffServices) {
  const jar = { token: null as string | null };
  return {
    jar,
    async caller(options: { background?: boolean } = {}) {
      const ctx = await createContextInner({
        services,
        sessionToken: jar.token,
        background: options.background ?? false,
        setSessionCookie: (token) => {
          jar.token = token;
        },
      });
      return createCaller(ctx);
    },
  };
}

/** Creates a Normal account (and optionally a user in it) with the admin's session. */
export async function createNormalAccount(
  zstack: ZStackClient,
  name: string,
  password: string,
  user?: { name: string; password: string },
) {
  const admin = zstack.withSession('pending');
  await admin.loginByAccount('admin', 'password');
  const { inventory } = await admin.call('CreateAccount', {
    name,
    password: hashPassword(password),
  });
  if (user) {
    const owner = zstack.withSession('pending');
    await owner.loginByAccount(name, password);
    await owner.call('CreateUser', { name: user.name, password: hashPassword(user.password) });
    await owner.logout();
  }
  await admin.logout();
  return inventory;
}

/** Sign-in input of the built-in admin. */
export const adminLogin = { kind: 'account' as const, accountName: 'admin', password: 'password' };
