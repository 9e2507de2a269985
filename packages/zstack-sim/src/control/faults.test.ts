import { describe, expect, it } from 'vitest';
import { ControlError } from './errors.ts';
import { createFaultBook } from './faults.ts';

describe('the fault book', () => {
  it('queues failures per API and hands each out once, in order', () => {
    const book = createFaultBook();
    book.failNext('StartVmInstance', { code: 'SYS.1006' });
    book.failNext('StartVmInstance', { code: 'HOST.1001', details: 'no host' });
    expect(book.takeFailure('StopVmInstance')).toBeUndefined();
    expect(book.takeFailure('StartVmInstance')).toEqual({ code: 'SYS.1006' });
    expect(book.snapshot().failNext).toEqual({
      StartVmInstance: [{ code: 'HOST.1001', details: 'no host' }],
    });
    expect(book.takeFailure('StartVmInstance')).toEqual({ code: 'HOST.1001', details: 'no host' });
    expect(book.takeFailure('StartVmInstance')).toBeUndefined();
    expect(book.snapshot().failNext).toEqual({});
  });

  it('refuses unknown APIs and codes that are not ZStack codes, and takes query APIs', () => {
    const book = createFaultBook();
    expect(() => book.failNext('StartVm', { code: 'SYS.1006' })).toThrow(ControlError);
    book.failNext('QueryVmInstance', { code: 'SYS.1006' });
    expect(book.takeFailure('QueryVmInstance')).toEqual({ code: 'SYS.1006' });
    expect(() => book.failNext('StartVmInstance', { code: '503' })).toThrow(/error code/);
    expect(() => book.setLatency('Nope', 5)).toThrow(/no ZStack API/);
    expect(() => book.setLatency('*', -1)).toThrow(/>= 0/);
  });

  it('gives a per-API latency precedence over the default, and 0 removes it', () => {
    const book = createFaultBook();
    book.setLatency('*', 100);
    book.setLatency('StartVmInstance', 5000);
    expect(book.latencyOf('StartVmInstance')).toBe(5000);
    expect(book.latencyOf('StopVmInstance')).toBe(100);
    book.setLatency('StartVmInstance', 0);
    expect(book.latencyOf('StartVmInstance')).toBe(100);
    book.clear();
    expect(book.latencyOf('StopVmInstance')).toBe(0);
  });
});
