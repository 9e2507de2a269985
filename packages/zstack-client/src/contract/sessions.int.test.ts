import { startSimulator } from '@zdash/zstack-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientErrorCodes, ZStackError } from '../errors.ts';
import { type ContractTarget, openContractTarget } from './contractTarget.ts';

let target: ContractTarget;
beforeAll(async () => {
  target = await openContractTarget(startSimulator);
});
afterAll(() => target.close());

describe('contract: sessions', () => {
  it('logs in by account and gets a 32-hex session with a future expiry', async () => {
    const client = target.client();
    const session = await client.loginByAccount('admin', target.password);
    expect(session.uuid).toMatch(/^[0-9a-f]{32}$/);
    expect(session.accountUuid).toMatch(/^[0-9a-f]{32}$/);
    expect(session.expiresAt?.getTime()).toBeGreaterThan(Date.now());
    expect(client.sessionUuid).toBe(session.uuid);
    await client.logout();
  });

  it('a wrong password is ID.1000 in a 503', async () => {
    const error = await target
      .client()
      .loginByAccount('admin', `${target.password}-wrong`)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZStackError);
    expect(error).toMatchObject({ code: 'ID.1000', status: 503, api: 'LogInByAccount' });
  });

  it('a bad session is ID.1001, and the client marks it expired', async () => {
    const client = target.client().withSession('0123456789abcdef0123456789abcdef');
    const error = await client.query('QueryAccount', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ID.1001', status: 503 });
    expect(client.isSessionExpired()).toBe(true);
  });

  it('validate, renew and logout', async () => {
    const client = target.client();
    const session = await client.loginByAccount('admin', target.password);
    expect(await client.validateSession()).toBe(true);

    const renewed = await client.renewSession(600);
    expect(renewed.uuid).toBe(session.uuid);
    const expiresAt = renewed.expiresAt?.getTime() ?? 0;
    expect(expiresAt).toBeGreaterThan(Date.now() + 590_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 600_000);

    // A withSession clone (what the BFF builds per browser session) works on the same session.
    const bound = target.client().withSession(session.uuid);
    expect((await bound.query('QueryAccount', { limit: 1 })).inventories).toHaveLength(1);

    await client.logout();
    expect(client.sessionUuid).toBeUndefined();
    expect(await bound.validateSession()).toBe(false);
    await expect(bound.query('QueryAccount', {})).rejects.toMatchObject({ code: 'ID.1001' });
  });

  it('calls needing a session fail locally without one', async () => {
    await expect(target.client().query('QueryAccount', {})).rejects.toMatchObject({
      code: clientErrorCodes.NO_SESSION,
    });
  });
});
