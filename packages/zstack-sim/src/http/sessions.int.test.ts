import { afterEach, describe, expect, it } from 'vitest';
import { sha512Hex } from '../core/boot.ts';
import { startTestSim, type TestSim } from './testKit.ts';

let t: TestSim | undefined;
afterEach(() => t?.close());

const hour = 3600 * 1000;

async function queryStatus(sim: TestSim, session: string) {
  return (await sim.call('GET', '/v1/vm-instances', { session })).status;
}

async function runJob(sim: TestSim, method: string, path: string, session: string, body?: unknown) {
  const accepted = await sim.call(method, path, { session, body });
  expect(accepted.status).toBe(202);
  return sim.finish(accepted);
}

async function setConfig(
  sim: TestSim,
  session: string,
  category: string,
  name: string,
  value: string,
) {
  const done = await runJob(
    sim,
    'PUT',
    `/v1/global-configurations/${category}/${name}/actions`,
    session,
    {
      updateGlobalConfig: { value },
    },
  );
  expect(done.status).toBe(200);
}

async function createNormalAccount(sim: TestSim, session: string, name: string) {
  const done = await runJob(sim, 'POST', '/v1/accounts', session, {
    params: { name, password: sha512Hex('secret'), type: 'Normal' },
  });
  expect(done.status).toBe(200);
  return (done.json.inventory as { uuid: string }).uuid;
}

describe('session lifetime', () => {
  it('slides on every authenticated call from 3.0.0', async () => {
    t = await startTestSim();
    const session = await t.login();
    t.rt.clock.advance(1.5 * hour);
    expect(await queryStatus(t, session)).toBe(200);
    t.rt.clock.advance(1.5 * hour);
    expect(await queryStatus(t, session)).toBe(200);
    t.rt.clock.advance(2 * hour + 1000);
    expect(await queryStatus(t, session)).toBe(503);
  });

  it('ends session.timeout after login before 3.0.0', async () => {
    t = await startTestSim({ zstackVersion: '2.3.0' });
    const session = await t.login();
    t.rt.clock.advance(1.5 * hour);
    expect(await queryStatus(t, session)).toBe(200);
    t.rt.clock.advance(1.5 * hour);
    const answer = await t.call('GET', '/v1/vm-instances', { session });
    expect(answer.status).toBe(503);
    expect(answer.json).toMatchObject({ error: { code: 'ID.1001' } });
  });

  it('logs out with 200 {} and validates sessions without auth', async () => {
    t = await startTestSim();
    const session = await t.login();
    const valid = await t.call('GET', `/v1/accounts/sessions/${session}/valid`);
    expect(valid).toMatchObject({ status: 200, json: { valid: true } });
    const out = await t.call('DELETE', `/v1/accounts/sessions/${session}?sessionUuid=${session}`);
    expect(out).toMatchObject({ status: 200, text: '{}' });
    const after = await t.call('GET', `/v1/accounts/sessions/${session}/valid`);
    expect(after.json).toEqual({ valid: false });
    expect(await queryStatus(t, session)).toBe(503);
  });

  it('renews a session (async) to now + duration', async () => {
    t = await startTestSim();
    const session = await t.login();
    const done = await runJob(t, 'PUT', `/v1/accounts/sessions/${session}/renew`, session, {
      renewSession: { duration: 86_400 },
    });
    expect(done.status).toBe(200);
    expect(done.json.inventory).toMatchObject({ uuid: session });
    t.rt.clock.advance(20 * hour);
    expect((await t.call('GET', `/v1/accounts/sessions/${session}/valid`)).json).toEqual({
      valid: true,
    });
  });

  it('refuses a login past identity/session.maxConcurrent with ID.1006', async () => {
    t = await startTestSim();
    const session = await t.login();
    await setConfig(t, session, 'identity', 'session.maxConcurrent', '3');
    await t.login();
    await t.login();
    const refused = await t.call('PUT', '/v1/accounts/login', {
      body: { logInByAccount: { accountName: 'admin', password: sha512Hex('password') } },
    });
    expect(refused.status).toBe(503);
    expect(refused.json).toMatchObject({ error: { code: 'ID.1006' } });
  });
});

describe('accounts and users', () => {
  it('denies an admin-only API to a Normal account with ID.1002 and changes nothing', async () => {
    t = await startTestSim();
    const admin = await t.login();
    await createNormalAccount(t, admin, 'tenant');
    const tenant = await t.login('tenant', 'secret');

    const sync = await t.call('GET', '/v1/management-nodes', { session: tenant });
    expect(sync.status).toBe(503);
    expect(sync.json).toMatchObject({ error: { code: 'ID.1002' } });

    const job = await runJob(
      t,
      'PUT',
      '/v1/global-configurations/vm/deletionPolicy/actions',
      tenant,
      {
        updateGlobalConfig: { value: 'Direct' },
      },
    );
    expect(job.status).toBe(503);
    expect(job.json).toMatchObject({ error: { code: 'ID.1002' } });
    expect(t.rt.configs.get('vm', 'deletionPolicy')).toBe('Delay');
  });

  it('shows a Normal account only itself', async () => {
    t = await startTestSim();
    const admin = await t.login();
    const uuid = await createNormalAccount(t, admin, 'tenant');
    const tenant = await t.login('tenant', 'secret');
    const mine = await t.call('GET', '/v1/accounts', { session: tenant });
    expect((mine.json.inventories as { uuid: string }[]).map((a) => a.uuid)).toEqual([uuid]);
    const all = await t.call('GET', '/v1/accounts', { session: admin });
    expect((all.json.inventories as unknown[]).length).toBe(2);
  });

  it('logs a user in by account name or uuid, and refuses a wrong password with ID.1000', async () => {
    t = await startTestSim();
    const admin = await t.login();
    const accountUuid = await createNormalAccount(t, admin, 'tenant');
    const tenant = await t.login('tenant', 'secret');
    const created = await runJob(t, 'POST', '/v1/accounts/users', tenant, {
      params: { name: 'alice', password: sha512Hex('pw') },
    });
    expect(created.json.inventory).toMatchObject({ name: 'alice', accountUuid });
    const userUuid = (created.json.inventory as { uuid: string }).uuid;

    const byName = await t.call('PUT', '/v1/accounts/users/login', {
      body: {
        logInByUser: { accountName: 'tenant', userName: 'alice', password: sha512Hex('pw') },
      },
    });
    expect(byName.status).toBe(200);
    expect(byName.json.inventory).toMatchObject({ accountUuid, userUuid });
    const byUuid = await t.call('PUT', '/v1/accounts/users/login', {
      body: { logInByUser: { accountUuid, userName: 'alice', password: sha512Hex('pw') } },
    });
    expect(byUuid.status).toBe(200);
    const wrong = await t.call('PUT', '/v1/accounts/users/login', {
      body: { logInByUser: { accountName: 'tenant', userName: 'alice', password: 'x' } },
    });
    expect(wrong.json).toMatchObject({ error: { code: 'ID.1000' } });
  });

  it('lets a Normal account change its own password but not another account', async () => {
    t = await startTestSim();
    const admin = await t.login();
    const tenantUuid = await createNormalAccount(t, admin, 'tenant');
    const otherUuid = await createNormalAccount(t, admin, 'other');
    const tenant = await t.login('tenant', 'secret');

    const own = await runJob(t, 'PUT', `/v1/accounts/${tenantUuid}`, tenant, {
      updateAccount: { password: sha512Hex('new') },
    });
    expect(own.status).toBe(200);
    await expect(t.login('tenant', 'secret')).rejects.toThrow();
    await t.login('tenant', 'new');

    const foreign = await runJob(t, 'PUT', `/v1/accounts/${otherUuid}`, tenant, {
      updateAccount: { password: sha512Hex('hijack') },
    });
    expect(foreign.json).toMatchObject({ error: { code: 'ID.1002' } });
    await t.login('other', 'secret');
  });

  it('deletes an account with its sessions', async () => {
    t = await startTestSim();
    const admin = await t.login();
    const uuid = await createNormalAccount(t, admin, 'tenant');
    const tenant = await t.login('tenant', 'secret');
    const done = await runJob(t, 'DELETE', `/v1/accounts/${uuid}`, admin);
    expect(done).toMatchObject({ status: 200, text: '{}' });
    expect(await queryStatus(t, tenant)).toBe(503);
  });
});

describe('session cleanup', () => {
  it('purges expired sessions only', async () => {
    t = await startTestSim();
    const old = await t.login();
    t.rt.clock.advance(1.9 * hour);
    const fresh = await t.login();
    t.rt.clock.advance(0.2 * hour);
    expect(t.rt.sessions.purgeExpired()).toBe(1);
    expect(t.rt.sessions.isValid(old)).toBe(false);
    expect(t.rt.sessions.isValid(fresh)).toBe(true);
  });
});
