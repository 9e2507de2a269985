import { allApis, isAtLeast } from '@zdash/zstack-api';
import { describe, expect, it } from 'vitest';
import { buildRoutes, matchGroup, pathVariables } from './routes.ts';

describe('REST route table', () => {
  const groups = buildRoutes('4.8.0');

  it('groups APIs sharing one URL shape, whatever their variable names', () => {
    const group = matchGroup(groups, '/v1/management-nodes/actions');
    expect(group?.routes.map((r) => r.api.name).sort()).toEqual(
      expect.arrayContaining(['GetCurrentTime', 'GetVersion']),
    );
  });

  it('extracts path variables by the route template', () => {
    const group = matchGroup(groups, '/v1/global-configurations/vm/deletionPolicy/actions');
    const route = group?.routes.find((r) => r.api.name === 'UpdateGlobalConfig');
    expect(
      route && pathVariables(route, '/v1/global-configurations/vm/deletionPolicy/actions'),
    ).toEqual({
      category: 'vm',
      name: 'deletionPolicy',
    });
  });

  it('prefers literal segments', () => {
    const users = matchGroup(groups, '/v1/accounts/users');
    expect(users?.routes.some((r) => r.api.name === 'QueryUser')).toBe(true);
    const account = matchGroup(groups, `/v1/accounts/${'a'.repeat(32)}`);
    expect(account?.routes.some((r) => r.api.name === 'QueryAccount')).toBe(true);
  });

  it('hides APIs newer than the emulated version, and all of REST before 1.9', () => {
    const names = (version: string) =>
      new Set(buildRoutes(version).flatMap((g) => g.routes.map((r) => r.api.name)));
    expect(names('4.8.0').has('GetGlobalConfigOptions')).toBe(true);
    expect(names('4.3.0').has('GetGlobalConfigOptions')).toBe(false);
    expect(names('2.3.0').has('RenewSession')).toBe(false);
    expect(names('2.3.0').has('LogInByAccount')).toBe(true);
    expect(buildRoutes('1.2.0')).toEqual([]);
  });

  it('routes every REST API of the catalogue the version has', () => {
    const routed = new Set(groups.flatMap((g) => g.routes.map((r) => r.api.name)));
    const expected = allApis().filter(
      (api) =>
        api.rest &&
        api.section !== 'premium' &&
        isAtLeast('4.8.0', api.since) &&
        isAtLeast('4.8.0', api.restSince ?? '1.9.0'),
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.filter((api) => !routed.has(api.name)).map((api) => api.name)).toEqual([]);
  });
});
