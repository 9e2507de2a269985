import { type ApiSpec, catalog } from '@zdash/zstack-api';
import { describe, expect, it } from 'vitest';
import { clientErrorCodes } from '../errors.ts';
import { buildRestRequest, encodeParams } from './restRequest.ts';

function spec(rest: ApiSpec['rest'], async = true): ApiSpec {
  return {
    name: 'Test',
    fqn: 'org.zstack.Test',
    replyFqn: 'org.zstack.TestReply',
    section: 'vms',
    rest,
    async,
    response: 'inventory',
    params: {},
    since: '1.9.0',
    source: 'test',
  };
}

describe('buildRestRequest', () => {
  it('PUT action: fills the path variable (encoded), drops it from the body, uses the action key', () => {
    const parts = buildRestRequest(catalog.StartVmInstance, { uuid: 'a/b c', hostUuid: 'h1' });
    expect(parts.method).toBe('PUT');
    expect(parts.path).toBe('/vm-instances/a%2Fb%20c/actions');
    expect(JSON.parse(parts.body ?? '')).toEqual({ startVmInstance: { hostUuid: 'h1' } });
  });

  it('POST create: {params: …} with systemTags/userTags at the top level', () => {
    const api = spec({ method: 'POST', path: '/zones', bodyKey: 'params' });
    const parts = buildRestRequest(api, {
      name: 'Zone1',
      description: undefined,
      systemTags: ['a::b'],
      userTags: ['mine'],
    });
    expect(parts).toMatchObject({ method: 'POST', path: '/zones' });
    expect(JSON.parse(parts.body ?? '')).toEqual({
      params: { name: 'Zone1' },
      systemTags: ['a::b'],
      userTags: ['mine'],
    });
  });

  it('POST with a null body key sends no body', () => {
    const api = spec({
      method: 'POST',
      path: '/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}',
      bodyKey: null,
    });
    const parts = buildRestRequest(api, { l2NetworkUuid: 'l2', clusterUuid: 'c1' });
    expect(parts).toEqual({ method: 'POST', path: '/l2-networks/l2/clusters/c1' });
  });

  it('DELETE: extra parameters in the query string', () => {
    const api = spec({ method: 'DELETE', path: '/vm-instances/{uuid}', bodyKey: null });
    const parts = buildRestRequest(api, { uuid: 'v1', deleteMode: 'Enforcing' });
    expect(parts).toEqual({ method: 'DELETE', path: '/vm-instances/v1?deleteMode=Enforcing' });
  });

  it('GET: lists as repeated keys, maps as field.key=value, everything encoded', () => {
    const api = spec({ method: 'GET', path: '/things/{uuid}/x', bodyKey: null }, false);
    const parts = buildRestRequest(api, {
      uuid: 'u1',
      names: ['a b', 'c&d'],
      labels: { zone: 'z 1', tags: ['t1', 't2'] },
      flag: true,
    });
    expect(parts.path).toBe(
      '/things/u1/x?names=a%20b&names=c%26d&labels.zone=z%201&labels.tags=t1&labels.tags=t2&flag=true',
    );
    expect(parts.body).toBeUndefined();
  });

  it('GET query: q, limit, start, sort (+ as %2B), fields, replyWithCount', () => {
    const parts = buildRestRequest(
      catalog.QueryVmInstance,
      {},
      {
        conditions: [
          { name: 'state', op: '=', value: 'Running' },
          { name: 'name', op: 'like', value: 'vm%' },
          { name: 'hostUuid', op: 'is not null' },
        ],
        limit: 20,
        start: 40,
        sort: { by: 'createDate', direction: 'asc' },
        fields: ['uuid', 'name'],
        replyWithCount: true,
      },
    );
    expect(parts.method).toBe('GET');
    expect(parts.path).toBe(
      '/vm-instances?q=state%3DRunning&q=name~%3Dvm%25&q=hostUuid%20not%20null&limit=20&start=40&sort=%2BcreateDate&fields=uuid,name&replyWithCount=true',
    );
  });

  it('names a missing path variable with a client code', () => {
    expect(() => buildRestRequest(catalog.StartVmInstance, {})).toThrowError(
      expect.objectContaining({ code: clientErrorCodes.INVALID_ARGUMENT }),
    );
  });

  it('refuses an API without a REST route (legacy RPC only)', () => {
    expect(() => buildRestRequest(spec(null), {})).toThrowError(
      expect.objectContaining({ code: clientErrorCodes.UNSUPPORTED }),
    );
  });
});

describe('encodeParams', () => {
  it('skips undefined and null values', () => {
    expect(encodeParams({ a: undefined, b: null, c: 0 })).toBe('c=0');
  });
});
