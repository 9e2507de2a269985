import { afterEach, describe, expect, it } from 'vitest';
import { sha512Hex } from '../core/boot.ts';
import { startTestSim, type TestSim } from './testKit.ts';

let t: TestSim | undefined;
afterEach(() => t?.close());

const loginMsg = 'org.zstack.header.identity.APILogInByAccountMsg';

async function rpc(sim: TestSim, message: string, fields: Record<string, unknown>) {
  const answer = await sim.call('POST', '/api', { body: { [message]: fields } });
  expect(answer.status).toBe(200);
  return answer.json as { uuid?: string; state: string; result?: string; createdDate: string };
}

function result(reply: { result?: string }): [string, Record<string, unknown>] {
  const [entry] = Object.entries(JSON.parse(String(reply.result)));
  return entry as [string, Record<string, unknown>];
}

async function legacyLogin(sim: TestSim): Promise<string> {
  const reply = await rpc(sim, loginMsg, { accountName: 'admin', password: sha512Hex('password') });
  const [, body] = result(reply);
  return String((body.inventory as { uuid: string }).uuid);
}

describe('legacy HTTP RPC (/zstack/api)', () => {
  it('answers a sync message at once, without uuid, with the reply class as the result key', async () => {
    t = await startTestSim({ zstackVersion: '1.2.0' });
    const reply = await rpc(t, loginMsg, { accountName: 'admin', password: sha512Hex('password') });
    expect(reply.state).toBe('Done');
    expect(reply).not.toHaveProperty('uuid');
    const [key, body] = result(reply);
    expect(key).toBe('org.zstack.header.identity.APILogInReply');
    expect(body).toMatchObject({
      success: true,
      inventory: { accountUuid: '36c27e8ff05c4780bf6d2fa65700f22e' },
    });
  });

  it('reports a failure inside result with HTTP 200', async () => {
    t = await startTestSim({ zstackVersion: '1.2.0' });
    const reply = await rpc(t, loginMsg, { accountName: 'admin', password: 'bad' });
    expect(result(reply)[1]).toMatchObject({ success: false, error: { code: 'ID.1000' } });
  });

  it('runs queries from conditions, and maps reply fields back to their Java names', async () => {
    t = await startTestSim({ zstackVersion: '1.2.0' });
    const session = await legacyLogin(t);
    const reply = await rpc(t, 'org.zstack.core.config.APIQueryGlobalConfigMsg', {
      conditions: [
        { name: 'category', op: '=', value: 'vm' },
        { name: 'name', op: 'in', value: 'deletionPolicy,expungePeriod' },
      ],
      replyWithCount: true,
      sortBy: 'name',
      sortDirection: 'desc',
      session: { uuid: session },
    });
    const [key, body] = result(reply);
    expect(key).toBe('org.zstack.core.config.APIQueryGlobalConfigReply');
    expect(body.total).toBe(2);
    expect((body.inventories as { name: string }[]).map((c) => c.name)).toEqual([
      'expungePeriod',
      'deletionPolicy',
    ]);
    const valid = await rpc(t, 'org.zstack.header.identity.APIValidateSessionMsg', {
      sessionUuid: session,
    });
    expect(result(valid)[1]).toEqual({ validSession: true, success: true });
  });

  it('fails a query message without conditions with SYS.1007 (a required @APIParam)', async () => {
    for (const zstackVersion of ['1.2.0', '4.8.0']) {
      t = await startTestSim({ zstackVersion });
      const session = await legacyLogin(t);
      const missing = await rpc(t, 'org.zstack.core.config.APIQueryGlobalConfigMsg', {
        session: { uuid: session },
      });
      expect(result(missing)[1], zstackVersion).toMatchObject({
        success: false,
        error: {
          code: 'SYS.1007',
          details:
            'field[conditions] of message[org.zstack.core.config.APIQueryGlobalConfigMsg] is mandatory, can not be null',
        },
      });
      const empty = await rpc(t, 'org.zstack.core.config.APIQueryGlobalConfigMsg', {
        conditions: [],
        session: { uuid: session },
      });
      expect(result(empty)[1], zstackVersion).toMatchObject({ success: true });
      await t.close();
      t = undefined;
    }
  });

  it('runs an async message as a job polled at /api/result/{uuid}', async () => {
    t = await startTestSim({ zstackVersion: '1.2.0' });
    const session = await legacyLogin(t);
    const reply = await rpc(t, 'org.zstack.core.config.APIUpdateGlobalConfigMsg', {
      category: 'vm',
      name: 'deletionPolicy',
      value: 'Direct',
      session: { uuid: session },
    });
    expect(reply).toMatchObject({
      state: 'Processing',
      uuid: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    await t.rt.jobs.waitFor(String(reply.uuid));
    const done = await t.call('GET', `/api/result/${reply.uuid}`);
    expect(done.json).toMatchObject({ uuid: reply.uuid, state: 'Done' });
    const [key, body] = result(done.json as { result: string });
    expect(key).toBe('org.zstack.core.config.APIUpdateGlobalConfigEvent');
    expect(body).toMatchObject({ success: true, inventory: { value: 'Direct' } });
    expect((await t.call('GET', `/api/result/${'0'.repeat(32)}`)).status).toBe(404);
  });

  it('answers an unknown message class with a bare string', async () => {
    t = await startTestSim();
    const answer = await t.call('POST', '/api', { body: { 'org.zstack.NoSuchMsg': {} } });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('org.zstack.NoSuchMsg');
  });

  it('has no REST v1 before 1.9.0', async () => {
    t = await startTestSim({ zstackVersion: '1.2.0' });
    const answer = await t.call('PUT', '/v1/accounts/login', {
      body: { logInByAccount: { accountName: 'admin', password: sha512Hex('password') } },
    });
    expect(answer).toMatchObject({ status: 404, text: 'no api mapping to /v1/accounts/login' });
  });
});
