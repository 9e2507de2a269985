import { findApi } from '@zdash/zstack-api';
import { buildRestRequest } from '@zdash/zstack-client';
import { describe, expect, it } from 'vitest';
import { toCurl } from './toCurl.ts';

const u = 'a'.repeat(32);
const endpoint = 'http://10.0.0.5:8080/zstack';

/** The REST call line's method, URL and body, read back from the recipe. */
function callOf(recipe: string) {
  const line =
    recipe.split('\n').find((l) => l.includes(' -X ') && !l.includes('/accounts/login')) ?? '';
  const method = /-X (\w+)/.exec(line)?.[1];
  const url = /-X \w+ '?([^' ]+)'?/.exec(line)?.[1];
  const body = /-d '((?:[^']|'\\'')*)'/.exec(line)?.[1]?.replace(/'\\''/g, "'");
  return { method, url, body };
}

function expectSameAsClient(api: string, params: Record<string, unknown>) {
  const spec = findApi(api);
  if (!spec) throw new Error(api);
  const built = buildRestRequest(spec, params);
  const call = callOf(toCurl(api, params, { endpoint }));
  expect(call.method).toBe(built.method);
  expect(call.url).toBe(`${endpoint}/v1${built.path}`);
  expect(call.body).toBe(built.body);
}

describe('toCurl', () => {
  it('logs in with a placeholder password into $ZSTACK_SESSION, never a real session', () => {
    const recipe = toCurl('StartVmInstance', { uuid: u }, { endpoint: `${endpoint}/` });
    const [comment, login] = recipe.split('\n');
    expect(comment).toMatch(/replace <password>/);
    expect(login).toMatch(
      /^export ZSTACK_SESSION=\$\(curl -s -X PUT http:\/\/10\.0\.0\.5:8080\/zstack\/v1\/accounts\/login/,
    );
    expect(login).toContain("printf '%s' '<password>' | sha512sum");
    expect(login).toContain('| jq -r .inventory.uuid)');
    expect(recipe).toContain('-H "Authorization: OAuth $ZSTACK_SESSION"');
  });

  it('PUT action: the body key from the catalogue, and a loop on the job location', () => {
    const recipe = toCurl('StartVmInstance', { uuid: u }, { endpoint });
    expect(callOf(recipe)).toEqual({
      method: 'PUT',
      url: `${endpoint}/v1/vm-instances/${u}/actions`,
      body: '{"startVmInstance":{}}',
    });
    expect(recipe).toContain('LOCATION=$(curl');
    expect(recipe).toContain('| jq -r .location)');
    expect(recipe).toMatch(
      /until \[ "\$\(curl -s -o \/dev\/null -w '%\{http_code\}' "\$LOCATION"\)" != 202 \]/,
    );
    expectSameAsClient('StartVmInstance', { uuid: u });
  });

  it('GET query with conditions in q=, sync (no loop)', () => {
    const recipe = toCurl(
      'QueryVmInstance',
      { conditions: [{ name: 'state', op: '=', value: 'Running' }], limit: 5 },
      { endpoint },
    );
    expect(callOf(recipe)).toMatchObject({
      method: 'GET',
      url: `${endpoint}/v1/vm-instances?q=state%3DRunning&limit=5`,
    });
    expect(recipe).not.toContain('LOCATION');
  });

  it('POST create with systemTags at the top level; the root password is a placeholder', () => {
    const params = {
      name: 'web',
      instanceOfferingUuid: u,
      imageUuid: u,
      l3NetworkUuids: [u],
      systemTags: ['rootPassword::hunter2'],
    };
    const recipe = toCurl('CreateVmInstance', params, { endpoint });
    expect(recipe).not.toContain('hunter2');
    expect(JSON.parse(callOf(recipe).body ?? '')).toEqual({
      systemTags: ['rootPassword::<root-password>'],
      params: { name: 'web', instanceOfferingUuid: u, imageUuid: u, l3NetworkUuids: [u] },
    });
    expectSameAsClient('CreateVmInstance', { ...params, systemTags: ['hostname::web'] });
  });

  it('DELETE with deleteMode in the query string', () => {
    const recipe = toCurl('DestroyVmInstance', { uuid: u, deleteMode: 'Enforcing' }, { endpoint });
    expect(callOf(recipe)).toMatchObject({
      method: 'DELETE',
      url: `${endpoint}/v1/vm-instances/${u}?deleteMode=Enforcing`,
    });
    expectSameAsClient('DestroyVmInstance', { uuid: u, deleteMode: 'Enforcing' });
  });

  it('an RPC-only API: the legacy POST /zstack/api with the FQN and the session spliced in', () => {
    const recipe = toCurl(
      'AttachNetworkServiceProviderToL2Network',
      { networkServiceProviderUuid: u, l2NetworkUuid: u },
      { endpoint },
    );
    expect(recipe).toContain('has no REST route');
    expect(recipe).toContain(`curl -s -X POST ${endpoint}/api`);
    expect(recipe).toContain(
      `{"org.zstack.header.network.service.APIAttachNetworkServiceProviderToL2NetworkMsg":{"networkServiceProviderUuid":"${u}","l2NetworkUuid":"${u}","session":{"uuid":"'"$ZSTACK_SESSION"'"}}}`,
    );
    expect(recipe).toContain(`${endpoint}/api/result/"$JOB"`);
  });

  it('signs in as the job’s user when it has one; session-less APIs need no login', () => {
    const recipe = toCurl(
      'StopVmInstance',
      { uuid: u },
      { endpoint, accountName: 'acme', userName: 'ops' },
    );
    expect(recipe).toContain('/v1/accounts/users/login');
    expect(recipe).toContain('"logInByUser":{"accountName":"acme","userName":"ops"');
    const version = toCurl('GetVersion', {}, { endpoint });
    expect(version).not.toContain('ZSTACK_SESSION');
  });
});
