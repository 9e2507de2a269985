import { describe, expect, it } from 'vitest';
import { errorFromReply } from './errorBody.ts';
import { clientErrorCodes, isClientErrorCode, ZStackError } from './errors.ts';

describe('errorFromReply', () => {
  it('parses a 503 envelope with a nested cause into a ZStackError chain', () => {
    const body = JSON.stringify({
      error: {
        code: 'SYS.1006',
        description: 'An operation failed',
        details: 'unable to start the vm',
        cause: {
          code: 'HOST.1000',
          description: 'Host operation failed',
          details: 'no host',
          cause: { code: 'SYS.1001', description: 'A timeout happened', details: 'agent' },
        },
      },
    });
    const error = errorFromReply(503, body, { api: 'StartVmInstance', method: 'GET', url: 'u' });
    expect(error).toBeInstanceOf(ZStackError);
    expect(error).toMatchObject({
      status: 503,
      code: 'SYS.1006',
      details: 'unable to start the vm',
      api: 'StartVmInstance',
      method: 'GET',
      url: 'u',
    });
    expect(error.isClientError).toBe(false);
    const cause = error.cause as ZStackError;
    expect(cause).toBeInstanceOf(ZStackError);
    expect(cause.code).toBe('HOST.1000');
    expect((cause.cause as ZStackError).code).toBe('SYS.1001');
    expect(error.message).toContain('SYS.1006');
    expect(error.message).toContain('unable to start the vm');
  });

  it('turns the causes of an ErrorCodeList into causes, the first also as cause', () => {
    const body = JSON.stringify({
      error: {
        code: 'SYS.1000',
        description: 'x',
        causes: [
          { code: 'A.1', description: 'a' },
          { code: 'B.2', description: 'b' },
        ],
      },
    });
    const error = errorFromReply(503, body, {});
    expect(error.causes.map((c) => c.code)).toEqual(['A.1', 'B.2']);
    expect((error.cause as ZStackError).code).toBe('A.1');
  });

  it('keeps a plain-text 400 as details under ZDASH.HTTP', () => {
    const error = errorFromReply(400, "missing header 'Authorization'\n", { method: 'GET' });
    expect(error.code).toBe(clientErrorCodes.HTTP);
    expect(error.status).toBe(400);
    expect(error.details).toBe("missing header 'Authorization'");
    expect(isClientErrorCode(error.code)).toBe(true);
  });

  it('treats a 503 that is not an error envelope as an HTTP error', () => {
    const error = errorFromReply(503, '<html>Service Unavailable</html>', {});
    expect(error.code).toBe(clientErrorCodes.HTTP);
    expect(error.details).toContain('Service Unavailable');
  });
});
