import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSim, type TestSim } from './testKit.ts';

/**
 * RestServer's handling of `/{uuid}` queries and of list parameters by where they come from.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/TypeVerifier.java
 */
let t: TestSim;
let session: string;
let vm: { uuid: string; state: string };
beforeAll(async () => {
  t = await startTestSim({ seed: 'demo' });
  session = await t.login();
  const list = await t.call('GET', '/v1/vm-instances?q=state=Running&limit=1', { session });
  vm = (list.json.inventories as { uuid: string; state: string }[])[0] as typeof vm;
});
afterAll(() => t.close());

describe('GET /v1/<collection>/{uuid}', () => {
  it('keeps the query grammar and adds uuid= as one more condition', async () => {
    const answer = await t.call('GET', `/v1/vm-instances/${vm.uuid}?fields=state`, { session });
    expect(answer.status).toBe(200);
    expect(answer.json.inventories).toEqual([{ state: 'Running' }]);

    const none = await t.call('GET', `/v1/vm-instances/${vm.uuid}?q=state=Stopped`, { session });
    expect(none.json.inventories).toEqual([]);

    const counted = await t.call('GET', `/v1/vm-instances/${vm.uuid}?count=true`, { session });
    expect(counted.json.total).toBe(1);
  });
});

describe('list parameters', () => {
  it('refuses a bare string for a list in a JSON body with a plain-text 400', async () => {
    const l3 = 'a'.repeat(32);
    const answer = await t.call('POST', '/v1/vm-instances', {
      session,
      body: { params: { name: 'x', instanceOfferingUuid: l3, imageUuid: l3, l3NetworkUuids: l3 } },
    });
    expect(answer.status).toBe(400);
    expect(answer.text).toBe(
      `[l3NetworkUuids] field is excepted a list of strings, but was [${l3}].`,
    );
  });

  it('takes a single query-string value as a list of one', async () => {
    const hosts = await t.call('GET', '/v1/hosts?limit=1', { session });
    const host = (hosts.json.inventories as { uuid: string }[])[0]?.uuid;
    const answer = await t.call('GET', `/v1/hosts/capacities/cpu-memory?hostUuids=${host}`, {
      session,
    });
    expect(answer.status).toBe(200);
    expect(answer.json.totalCpu).toBeGreaterThan(0);
  });
});
