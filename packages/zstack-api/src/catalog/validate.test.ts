import { describe, expect, it } from 'vitest';
import { allApis } from './index.ts';
import type { ApiSpec } from './types.ts';
import { actionNameOf, catalogProblems, entryProblems, routeKey } from './validate.ts';
import { startVmInstance } from './vms.ts';
import { queryZone } from './zones.ts';

const sound: ApiSpec = startVmInstance;

function broken(change: Partial<ApiSpec>): ApiSpec {
  return { ...sound, ...change };
}

describe('entryProblems', () => {
  it('accepts a sound entry', () => {
    expect(entryProblems(sound)).toEqual([]);
  });

  it.each<[string, Partial<ApiSpec>, RegExp]>([
    ['no since', { since: '' }, /since is missing/],
    ['no source', { source: '' }, /source is malformed/],
    [
      'a source outside the repository layout',
      { source: '/abs/APIStartVmInstanceMsg.java' },
      /source is malformed/,
    ],
    [
      'a source that is not the message class',
      { source: 'header/src/main/java/org/zstack/header/vm/APIStopVmInstanceMsg.java' },
      /not the message class/,
    ],
    [
      'an FQN not ending in Msg',
      { fqn: 'org.zstack.header.vm.APIStartVmInstanceEvent' },
      /fqn must be/,
    ],
    ['a sync API with an Event', { async: false }, /Event/],
    ['restSince before 1.9', { restSince: '1.2.0' }, /restSince must be 1.9.0/],
    [
      'a malformed path',
      { rest: { method: 'PUT', path: 'vm-instances/{uuid}/actions', bodyKey: 'startVmInstance' } },
      /malformed/,
    ],
    [
      'a path with capitals',
      { rest: { method: 'PUT', path: '/vmInstances/{uuid}/actions', bodyKey: 'startVmInstance' } },
      /malformed/,
    ],
    [
      'a wrong action key',
      { rest: { method: 'PUT', path: '/vm-instances/{uuid}/actions', bodyKey: 'start' } },
      /action-name rule/,
    ],
    [
      'a path variable that is not a param',
      {
        rest: { method: 'PUT', path: '/vm-instances/{vmUuid}/actions', bodyKey: 'startVmInstance' },
      },
      /path variable vmUuid/,
    ],
    [
      'a GET with a body key',
      { rest: { method: 'GET', path: '/vm-instances/{uuid}', bodyKey: 'params' } },
      /take no body/,
    ],
    [
      'a param newer than nothing',
      { params: { uuid: { type: 'string', required: true, since: '0.6.0' } } },
      /param uuid since/,
    ],
  ])('rejects %s', (_label, change, message) => {
    expect(entryProblems(broken(change)).join('\n')).toMatch(message);
  });

  it('rejects a query without a known inventory', () => {
    expect(entryProblems({ ...queryZone, queryInventory: 'Zones' }).join('\n')).toMatch(
      /queryInventory is not in inventoryClasses/,
    );
    expect(entryProblems({ ...queryZone, queryInventory: undefined }).join('\n')).toMatch(
      /queryInventory/,
    );
  });
});

describe('catalogProblems', () => {
  it('finds nothing wrong in the catalogue', () => {
    expect(catalogProblems(allApis())).toEqual([]);
  });

  it('rejects two entries on one route, whatever the path variable is called', () => {
    const twin = broken({
      name: 'StartVmInstance2',
      rest: { method: 'PUT', path: '/vm-instances/{vmUuid}/actions', bodyKey: 'startVmInstance' },
    });
    expect(catalogProblems([sound, twin]).join('\n')).toMatch(/duplicates StartVmInstance/);
  });

  it('rejects a duplicate name', () => {
    expect(catalogProblems([sound, sound]).join('\n')).toMatch(/duplicate name/);
  });
});

describe('actionNameOf and routeKey', () => {
  it('derives the action name the way RestServer does', () => {
    expect(actionNameOf('org.zstack.header.identity.APILogInByAccountMsg')).toBe('logInByAccount');
    expect(actionNameOf('org.zstack.kvm.APIUpdateKVMHostMsg')).toBe('updateKVMHost');
  });

  it('blanks path variables', () => {
    expect(routeKey('PUT', '/vm-instances/{uuid}/actions', 'x')).toBe(
      routeKey('PUT', '/vm-instances/{vmInstanceUuid}/actions', 'x'),
    );
  });
});
