import { TRPCError } from '@trpc/server';
import { ZStackError } from '@zdash/zstack-client';
import { describe, expect, it } from 'vitest';
import { toTRPCError } from './toTRPCError.ts';

const table: [string, TRPCError['code']][] = [
  ['ID.1000', 'UNAUTHORIZED'],
  ['ID.1001', 'UNAUTHORIZED'],
  ['ID.1002', 'FORBIDDEN'],
  ['SYS.1003', 'NOT_FOUND'],
  ['SYS.1007', 'BAD_REQUEST'],
  ['SYS.1012', 'SERVICE_UNAVAILABLE'],
  ['ZDASH.CONNECTION', 'SERVICE_UNAVAILABLE'],
  ['SYS.1001', 'TIMEOUT'],
  ['ZDASH.TIMEOUT', 'TIMEOUT'],
  ['SYS.1006', 'BAD_GATEWAY'],
  ['VM.1001', 'BAD_GATEWAY'],
  ['HOST.1010', 'BAD_GATEWAY'],
  ['ZDASH.HTTP', 'BAD_GATEWAY'],
  ['ZDASH.UNSUPPORTED', 'NOT_IMPLEMENTED'],
];

describe('toTRPCError', () => {
  for (const [code, expected] of table) {
    it(`maps ${code} to ${expected} whatever the HTTP status`, () => {
      const error = new ZStackError({
        code,
        description: 'd',
        details: 'the details',
        status: 503,
      });
      const mapped = toTRPCError(error);
      expect(mapped.code).toBe(expected);
      expect(mapped.cause).toBe(error);
    });
  }

  it('names the code and the details for other ZStack codes', () => {
    const mapped = toTRPCError(
      new ZStackError({ code: 'VM.1001', description: 'Unable to start a vm', details: 'no host' }),
    );
    expect(mapped.message).toBe('ZStack answered VM.1001: no host');
  });

  it('unwraps a ZStackError that tRPC wrapped as INTERNAL_SERVER_ERROR', () => {
    const wrapped = new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      cause: new ZStackError({ code: 'SYS.1003', description: 'x' }),
    });
    expect(toTRPCError(wrapped).code).toBe('NOT_FOUND');
  });

  it('keeps INTERNAL_SERVER_ERROR for zdash bugs only', () => {
    expect(toTRPCError(new TypeError('oops')).code).toBe('INTERNAL_SERVER_ERROR');
    const own = new TRPCError({ code: 'CONFLICT' });
    expect(toTRPCError(own)).toBe(own);
  });
});
