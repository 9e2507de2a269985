import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSim, type TestSim } from './testKit.ts';

let t: TestSim;
let session: string;
beforeEach(async () => {
  t = await startTestSim();
  session = await t.login();
});
afterEach(() => t.close());

describe('REST routing', () => {
  it('answers 404 in plain text for a path no API maps', async () => {
    const answer = await t.call('GET', '/v1/no-such-thing', { session });
    expect(answer).toMatchObject({ status: 404, text: 'no api mapping to /v1/no-such-thing' });
    expect(answer.contentType).toMatch(/^text\/plain/);
  });

  it('selects the API of a shared PUT URL by the body key', async () => {
    const version = await t.call('PUT', '/v1/management-nodes/actions', {
      body: { getVersion: {} },
    });
    expect(version).toMatchObject({ status: 200, json: { version: '4.8.0', success: true } });
    const time = await t.call('PUT', '/v1/management-nodes/actions', {
      body: { getCurrentTime: {} },
    });
    expect(time.status).toBe(200);
    const current = time.json.currentTime as { MillionSeconds: number; Seconds: number };
    expect(current.Seconds).toBe(Math.floor(current.MillionSeconds / 1000));
  });

  it('answers 400 in plain text when no body key names an action of the URL', async () => {
    const answer = await t.call('PUT', '/v1/management-nodes/actions', { body: { nothing: {} } });
    expect(answer.status).toBe(400);
    expect(answer.text).toBe(
      "the body doesn't contain action mapping to the URL[/v1/management-nodes/actions]",
    );
  });

  it('answers 405 for a method no API of the path has', async () => {
    const answer = await t.call('POST', '/v1/management-nodes/ready', { body: {} });
    expect(answer.status).toBe(405);
  });

  it('serves the readiness probe without a session', async () => {
    expect(await t.call('GET', '/v1/management-nodes/ready')).toMatchObject({
      status: 200,
      text: '{}',
    });
  });

  it('prefers a literal segment over a path variable', async () => {
    // `/accounts/users` is QueryUser, not QueryAccount of a uuid "users".
    const answer = await t.call('GET', '/v1/accounts/users', { session });
    expect(answer.status).toBe(200);
    expect(answer.json.schema).toBeDefined();
    expect(answer.json.inventories).toEqual([]);
  });
});

describe('REST authentication', () => {
  it('wants an Authorization header, and only the OAuth scheme', async () => {
    const missing = await t.call('GET', '/v1/vm-instances');
    expect(missing).toMatchObject({ status: 400, text: "missing header 'Authorization'" });
    const basic = await t.call('GET', '/v1/vm-instances', {
      headers: { Authorization: 'Basic abc' },
    });
    expect(basic).toMatchObject({ status: 400, text: "Authorization type must be 'OAuth'" });
  });

  it('fails a sync API with ID.1001 (503) for an unknown session', async () => {
    const answer = await t.call('GET', '/v1/vm-instances', { session: 'f'.repeat(32) });
    expect(answer.status).toBe(503);
    expect(answer.json).toMatchObject({ error: { code: 'ID.1001', details: 'Session expired' } });
  });

  it('answers ID.1000 for a wrong password', async () => {
    const answer = await t.call('PUT', '/v1/accounts/login', {
      body: { logInByAccount: { accountName: 'admin', password: 'nope' } },
    });
    expect(answer.status).toBe(503);
    expect(answer.json).toMatchObject({
      error: { code: 'ID.1000', details: 'wrong account name or password' },
    });
  });
});

describe('REST queries', () => {
  it('filters with q, ignores the SDK sessionId parameter and keeps only the first fields', async () => {
    const answer = await t.call(
      'GET',
      `/v1/global-configurations?q=category=identity&q=name~=session.%25&sort=-name&fields=name,value&fields=category&sessionId=${session}&replyWithCount=True`,
      { session },
    );
    expect(answer.status).toBe(200);
    const rows = answer.json.inventories as Record<string, unknown>[];
    expect(rows.map((row) => row.name)).toEqual([
      'session.timeout',
      'session.maxConcurrent',
      'session.cleanup.interval',
    ]);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['name', 'value']);
    expect(answer.json.total).toBe(3);
  });

  it('answers 400 for a condition without an operator and for a non-integer limit', async () => {
    const noOp = await t.call('GET', '/v1/global-configurations?q=category', { session });
    expect(noOp.status).toBe(400);
    expect(noOp.text).toContain("doesn't contain any query operator");
    const limit = await t.call('GET', '/v1/global-configurations?limit=ten', { session });
    expect(limit).toMatchObject({
      status: 400,
      text: "Invalid query parameter. 'limit' must be an integer",
    });
    const start = await t.call('GET', '/v1/global-configurations?start=1.5', { session });
    expect(start.text).toBe("Invalid query parameter. 'start' must be an integer");
  });

  it('counts without rows when count=true', async () => {
    const answer = await t.call('GET', '/v1/global-configurations?q=category=identity&count=true', {
      session,
    });
    expect(answer.status).toBe(200);
    expect(answer.json.total).toBe(3);
    expect(answer.json.inventories).toBeUndefined();
  });

  it('reads /{uuid} as the condition uuid=… and still answers a list', async () => {
    const all = await t.call('GET', '/v1/management-nodes', { session });
    const [node] = all.json.inventories as { uuid: string }[];
    const one = await t.call('GET', `/v1/management-nodes/${node?.uuid}`, { session });
    expect(one.json.inventories).toEqual(all.json.inventories);
    const none = await t.call('GET', `/v1/management-nodes/${'0'.repeat(32)}`, { session });
    expect(none).toMatchObject({ status: 200, json: { inventories: [] } });
  });

  it('omits nulls and writes ZStack dates', async () => {
    const answer = await t.call('GET', '/v1/accounts', { session });
    expect(answer.text).not.toContain('null');
    const [admin] = answer.json.inventories as Record<string, string>[];
    expect(admin?.createDate).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2}:\d{2} [AP]M$/);
    expect(admin).not.toHaveProperty('password');
    expect(admin).not.toHaveProperty('description');
  });
});

describe('REST parameters', () => {
  it('answers a type mismatch with 400 in plain text before anything runs', async () => {
    const answer = await t.call('PUT', `/v1/accounts/sessions/${session}/renew`, {
      session,
      body: { renewSession: { duration: 'long' } },
    });
    expect(answer.status).toBe(400);
    expect(answer.text).toBe('[duration] field is excepted an int or long, but was [long].');
  });

  it('fails a bad value with SYS.1007 and changes nothing', async () => {
    const accepted = await t.call('PUT', '/v1/global-configurations/vm/deletionPolicy/actions', {
      session,
      body: { updateGlobalConfig: { value: 'Sometimes' } },
    });
    expect(accepted.status).toBe(202);
    const done = await t.finish(accepted);
    expect(done.status).toBe(503);
    expect(done.json).toMatchObject({ error: { code: 'SYS.1007' } });
    expect(t.rt.configs.get('vm', 'deletionPolicy')).toBe('Delay');
  });

  it('fails a numberRange violation with SYS.1007', async () => {
    const accepted = await t.call('PUT', `/v1/accounts/sessions/${session}/renew`, {
      session,
      body: { renewSession: { duration: 10 } },
    });
    const done = await t.finish(accepted);
    expect(done.status).toBe(503);
    expect((done.json.error as { details: string }).details).toContain(
      'must be in range of [60, 31536000]',
    );
  });

  it('merges path variables over body fields (SDKs repeat them in the body)', async () => {
    const accepted = await t.call('PUT', '/v1/global-configurations/vm/deletionPolicy/actions', {
      session,
      body: { updateGlobalConfig: { category: 'kvm', name: 'vm.cacheMode', value: 'Direct' } },
    });
    const done = await t.finish(accepted);
    expect(done.status).toBe(200);
    expect(done.json.inventory).toMatchObject({
      category: 'vm',
      name: 'deletionPolicy',
      value: 'Direct',
    });
    expect(t.rt.configs.get('kvm', 'vm.cacheMode')).toBe('none');
  });

  it('reads GET parameters from the query string, booleans case-insensitively', async () => {
    let seen: Record<string, unknown> | undefined;
    t.rt.handlers.set('GetTaskProgress', (call) => {
      seen = call.params;
      return { inventories: [] };
    });
    const answer = await t.call('GET', `/v1/task-progresses/${'a'.repeat(32)}?all=True&x=1`, {
      session,
    });
    expect(answer.status).toBe(200);
    expect(seen).toEqual({ apiId: 'a'.repeat(32), all: true });
  });

  it('takes systemTags from the top level of the body or from inside the parameters', async () => {
    const seen: (readonly string[])[] = [];
    t.rt.handlers.set('StartVmInstance', (call) => {
      seen.push(call.systemTags, call.userTags);
      return {};
    });
    const path = `/v1/vm-instances/${'a'.repeat(32)}/actions`;
    const top = await t.call('PUT', path, {
      session,
      body: { startVmInstance: { systemTags: ['inner'] }, systemTags: ['top'], userTags: ['u'] },
    });
    await t.finish(top);
    const inner = await t.call('PUT', path, {
      session,
      body: { startVmInstance: { systemTags: ['inner'] } },
    });
    await t.finish(inner);
    expect(seen).toEqual([['top'], ['u'], ['inner'], []]);
  });

  it('records task progress per job for GetTaskProgress', async () => {
    t.rt.handlers.set('StartVmInstance', (call) => {
      call.progress(40, 'allocating host');
      call.progress(100);
      return {};
    });
    const accepted = await t.call('PUT', `/v1/vm-instances/${'a'.repeat(32)}/actions`, {
      session,
      headers: { 'X-Job-UUID': 'f'.repeat(32) },
      body: { startVmInstance: {} },
    });
    await t.finish(accepted);
    expect(t.rt.progress.history('f'.repeat(32)).map((p) => [p.percent, p.detail])).toEqual([
      [40, 'allocating host'],
      [100, undefined],
    ]);
  });
});
