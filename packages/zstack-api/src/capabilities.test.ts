import { describe, expect, it } from 'vitest';
import {
  type CapabilityRow,
  capabilitiesOf,
  capabilitySince,
  capabilityTable,
  type Feature,
  features,
  hasCapability,
} from './capabilities.ts';
import { findApi } from './catalog/index.ts';
import { compareVersions } from './versions.ts';

describe('capabilityTable', () => {
  it('lists each feature once, oldest first, with a source file', () => {
    expect(new Set(features).size).toBe(features.length);
    for (let i = 1; i < capabilityTable.length; i++) {
      const [before, after] = [capabilityTable[i - 1], capabilityTable[i]];
      expect(compareVersions(before?.since ?? '', after?.since ?? '')).toBeLessThanOrEqual(0);
    }
    for (const row of capabilityTable) {
      expect(row.source).toMatch(/^[a-zA-Z][\w-]*(\/[\w.-]+)+\.java$/);
      expect(row.since).toMatch(/^\d+\.\d+\.\d+$/);
      expect(row.description.length).toBeGreaterThan(10);
    }
  });

  it('holds the gates of seed-features §16, corrected by the source', () => {
    const expected: Partial<Record<Feature, string>> = {
      restApi: '1.9.0',
      jobUuidHeader: '1.9.0',
      webHook: '1.9.0',
      gcApi: '1.10.0',
      taskProgress: '2.0.0',
      base64Userdata: '2.1.0',
      longJob: '2.3.0',
      renewSession: '2.4.0',
      slidingSessions: '3.0.0',
      resetGlobalConfig: '3.1.0',
      apiTimeoutHeader: '3.2.0',
      apiTimeoutConfigs: '3.2.0',
      apiTimeoutInReply: '4.1.0',
      globalConfigOptions: '4.4.0',
    };
    for (const [feature, since] of Object.entries(expected)) {
      expect(capabilitySince(feature as Feature), feature).toBe(since);
    }
  });

  it('names the branches or tags read where it differs from seed-features §16', () => {
    const section16: Partial<Record<Feature, string>> = {
      restApi: '1.9.0',
      jobUuidHeader: '1.9.0',
      webHook: '1.9.0',
      taskProgress: '1.10.0',
      gcApi: '1.10.0',
      base64Userdata: '2.1.0',
      renewSession: '3.0.0',
      slidingSessions: '3.0.0',
      apiTimeoutHeader: '3.2.0',
      resetGlobalConfig: '3.2.0',
      apiTimeoutConfigs: '3.2.0',
      apiTimeoutInReply: '4.4.0',
      globalConfigOptions: '4.4.0',
    };
    const differing = capabilityTable.filter(
      (row) => section16[row.feature] !== undefined && section16[row.feature] !== row.since,
    );
    expect(differing.map((row) => row.feature)).toEqual([
      'taskProgress',
      'renewSession',
      'resetGlobalConfig',
      'apiTimeoutInReply',
    ]);
    for (const row of differing) expect((row as CapabilityRow).seenAt, row.feature).toMatch(/\d/);
  });

  it('agrees with the catalogue on API-backed features', () => {
    const byApi: [Feature, string][] = [
      ['gcApi', 'QueryGCJob'],
      ['taskProgress', 'GetTaskProgress'],
      ['longJob', 'QueryLongJob'],
      ['renewSession', 'RenewSession'],
      ['resetGlobalConfig', 'ResetGlobalConfig'],
      ['globalConfigOptions', 'GetGlobalConfigOptions'],
    ];
    for (const [feature, api] of byApi)
      expect(findApi(api)?.since, api).toBe(capabilitySince(feature));
    expect(findApi('AddKVMHost')?.params.sshPort?.since).toBe(capabilitySince('sshPort'));
  });
});

describe('hasCapability and capabilitiesOf', () => {
  it('gives 1.2.0 the legacy RPC only', () => {
    const flags = capabilitiesOf('1.2.0');
    expect(
      Object.entries(flags)
        .filter(([, on]) => on)
        .map(([name]) => name),
    ).toEqual(['legacyRpc']);
  });

  it('switches features on at their first version, 1.9 meaning 1.9.0', () => {
    expect(hasCapability('1.9', 'restApi')).toBe(true);
    expect(hasCapability('1.8.9', 'restApi')).toBe(false);
    expect(hasCapability('2.3.0', 'renewSession')).toBe(false);
    expect(hasCapability('2.4.0', 'renewSession')).toBe(true);
    expect(hasCapability('2.4.0', 'slidingSessions')).toBe(false);
    expect(hasCapability('3.1.9', 'apiTimeoutHeader')).toBe(false);
    expect(hasCapability('3.2.0', 'apiTimeoutHeader')).toBe(true);
  });

  it('turns everything on for the default simulated version', () => {
    const flags = capabilitiesOf('4.8.0');
    expect(Object.keys(flags)).toEqual([...features]);
    expect(Object.values(flags).every(Boolean)).toBe(true);
  });
});
