import { type ApiSpec, defineApi } from '@zdash/zstack-api';
import { describe, expect, it } from 'vitest';
import { paramsFromQuery, queryFromSearch } from './queryString.ts';

const api = defineApi()({
  name: 'DetachThing',
  fqn: 'org.zstack.test.APIDetachThingMsg',
  replyFqn: 'org.zstack.test.APIDetachThingEvent',
  section: 'vms',
  rest: { method: 'DELETE', path: '/things/{uuid}', bodyKey: null },
  async: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string' },
    uuids: { type: 'stringList' },
    networkServices: { type: 'map' },
  },
  since: '1.9.0',
  source: 'test',
}) as ApiSpec;

const search = (text: string) => new URLSearchParams(text);

describe('GET/DELETE parameters', () => {
  it('reads repeated and indexed lists, maps and ignores unknown keys', () => {
    expect(
      paramsFromQuery(api, search('uuids=a&uuids=b&deleteMode=Enforcing&sessionId=x')),
    ).toEqual({
      uuids: ['a', 'b'],
      deleteMode: 'Enforcing',
    });
    expect(paramsFromQuery(api, search('uuids.1=b&uuids.0=a'))).toEqual({ uuids: ['a', 'b'] });
    expect(
      paramsFromQuery(
        api,
        search('networkServices.p1=DHCP&networkServices.p1=Eip&networkServices.p2=SNAT'),
      ),
    ).toEqual({ networkServices: { p1: ['DHCP', 'Eip'], p2: 'SNAT' } });
  });

  it('refuses two values for a single-valued field', () => {
    expect(() => paramsFromQuery(api, search('deleteMode=a&deleteMode=b'))).toThrow(
      'only one value is allowed',
    );
  });
});

describe('query API parameters', () => {
  it('parses the whole grammar', () => {
    expect(
      queryFromSearch(
        search(
          'q=state=Running&q=name~=vm%25&limit=20&start=0&replyWithCount=True&sort=-createDate&fields=uuid,name&groupBy=state',
        ),
      ),
    ).toEqual({
      conditions: [
        { name: 'state', op: '=', value: 'Running' },
        { name: 'name', op: 'like', value: 'vm%' },
      ],
      limit: 20,
      start: 0,
      replyWithCount: true,
      sort: { by: 'createDate', direction: 'desc' },
      fields: ['uuid', 'name'],
      groupBy: 'state',
    });
  });

  it('reads an unencoded + in sort as a space and still sorts ascending', () => {
    expect(queryFromSearch(search('sort=+name')).sort).toEqual({ by: 'name', direction: 'asc' });
  });

  it('reads the is null / not null forms', () => {
    expect(
      queryFromSearch(search('q=hostUuid%20is%20null&q=zoneUuid%20not%20null')).conditions,
    ).toEqual([
      { name: 'hostUuid', op: 'is null' },
      { name: 'zoneUuid', op: 'is not null' },
    ]);
  });
});
