import { describe, expect, it } from 'vitest';
import { createStore } from '../store/index.ts';
import { ApiError } from './apiError.ts';
import { globalConfigDefs, parseDuration } from './globalConfigDefs.ts';
import { createGlobalConfigs, globalConfigTable } from './globalConfigs.ts';

function configs(version = '4.8.0') {
  const store = createStore(':memory:', { version });
  store.define(globalConfigTable);
  return { store, configs: createGlobalConfigs(store, version) };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof ApiError ? error.code : 'not an ApiError';
  }
  return undefined;
}

describe('global configs', () => {
  it('ships ZStack defaults', () => {
    const { configs: c } = configs();
    expect(c.getNumber('identity', 'session.timeout')).toBe(7200);
    expect(c.getNumber('identity', 'session.maxConcurrent')).toBe(500);
    expect(c.get('vm', 'deletionPolicy')).toBe('Delay');
    expect(c.get('kvm', 'vm.cacheMode')).toBe('none');
    expect(c.getNumber('rest', 'completedApi.expiredPeriod')).toBe(10800);
    expect(c.getNumber('console', 'vnc.token.timeout')).toBe(1800);
  });

  it('validates valid values, numbers and ranges with SYS.1007, keeping the old value', () => {
    const { configs: c } = configs();
    expect(codeOf(() => c.update('vm', 'deletionPolicy', 'Soon'))).toBe('SYS.1007');
    expect(codeOf(() => c.update('identity', 'session.timeout', '0'))).toBe('SYS.1007');
    expect(codeOf(() => c.update('identity', 'session.timeout', '1.5'))).toBe('SYS.1007');
    expect(codeOf(() => c.update('identity', 'session.timeout', 'ten'))).toBe('SYS.1007');
    expect(codeOf(() => c.update('no', 'such', '1'))).toBe('SYS.1007');
    expect(c.get('vm', 'deletionPolicy')).toBe('Delay');
    expect(c.get('identity', 'session.timeout')).toBe('7200');
    c.update('kvm', 'vm.cacheMode', 'writeback');
    expect(c.get('kvm', 'vm.cacheMode')).toBe('writeback');
  });

  it('has one apiTimeout row per async API from 3.2.0, 3h for the long ones, never below 5m', () => {
    const { configs: c } = configs();
    const add = 'org.zstack.header.image.APIAddImageMsg';
    const start = 'org.zstack.header.vm.APIStartVmInstanceMsg';
    expect(c.get('apiTimeout', start)).toBe('30m');
    expect(c.getDuration('apiTimeout', start)).toBe(1_800_000);
    expect(c.get('apiTimeout', add)).toBe('3h');
    expect(codeOf(() => c.update('apiTimeout', start, '4m'))).toBe('SYS.1007');
    expect(codeOf(() => c.update('apiTimeout', start, 'forever'))).toBe('SYS.1007');
    c.update('apiTimeout', start, '72h');
    expect(c.getDuration('apiTimeout', start)).toBe(72 * 3_600_000);
    expect(globalConfigDefs('3.1.0').some((d) => d.category === 'apiTimeout')).toBe(false);
    expect(globalConfigDefs('3.1.0').some((d) => d.category === 'identity')).toBe(true);
  });

  it('resets every config (ResetGlobalConfig) and survives a reload', () => {
    const { store, configs: c } = configs();
    c.update('vm', 'deletionPolicy', 'Never');
    expect(createGlobalConfigs(store, '4.8.0').get('vm', 'deletionPolicy')).toBe('Never');
    c.resetAll();
    expect(c.get('vm', 'deletionPolicy')).toBe('Delay');
  });

  it('parses durations the way ApiTimeoutManager does', () => {
    expect(parseDuration('30m')).toBe(1_800_000);
    expect(parseDuration('3H')).toBe(10_800_000);
    expect(parseDuration('1d')).toBe(86_400_000);
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('600000')).toBe(600_000);
    expect(parseDuration('3 weeks')).toBeNull();
  });
});
