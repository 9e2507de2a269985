import { describe, expect, it } from 'vitest';
import { clientErrorCodes, ZStackError } from '../errors.ts';
import { decodeRpcResult, parseRpcResponse, toRestBody } from './rpcReply.ts';
import { entry, rpcFail, rpcOk } from './rpcTestPeer.ts';

const inventory = { uuid: 'a08193bf6734497988398ccd375c640f', name: 'z' };

describe('toRestBody (the @RestResponse mapping)', () => {
  it.each([
    ['inventory', 'CreateZone', { inventory, success: true }, { inventory }],
    [
      'inventories + total',
      'QueryZone',
      { inventories: [inventory], total: 1, success: true },
      { inventories: [inventory], total: 1 },
    ],
    ['count only', 'QueryZone', { total: 3, success: true }, { total: 3 }],
    ['none', 'DeleteZone', { success: true }, {}],
    ['all', 'GetVersion', { version: '1.2.0', success: true }, { version: '1.2.0', success: true }],
    ['fieldsTo', 'ValidateSession', { validSession: false, success: true }, { valid: false }],
  ])('%s (%s)', (_kind, name, reply, body) => {
    expect(toRestBody(entry(name), reply)).toEqual(body);
  });
});

describe('decodeRpcResult', () => {
  it('finds the mapping by the reply class when the API is not named (a job followed by uuid)', () => {
    const done = rpcOk('CreateZone', { inventory });
    expect(decodeRpcResult(undefined, done as never, {}, [])).toEqual({ inventory });
    const unknown = { state: 'Done' as const, result: '{"org.example.APIFooReply":{"a":1}}' };
    expect(decodeRpcResult(undefined, unknown, {}, [])).toEqual({ a: 1 });
  });

  it('throws the node error with status 503 and the context, redacting secrets', () => {
    const secret = '4f0c2a3b9c8e4d7aa1b2c3d4e5f60718';
    const failed = rpcFail('QueryZone', {
      code: 'ID.1001',
      description: 'invalid session',
      details: `session[uuid:${secret}] not found`,
    });
    const error = (() => {
      try {
        decodeRpcResult('QueryZone', failed as never, { api: 'QueryZone' }, [secret]);
      } catch (e) {
        return e;
      }
    })() as ZStackError;
    expect(error).toBeInstanceOf(ZStackError);
    expect(error).toMatchObject({ code: 'ID.1001', status: 503, api: 'QueryZone' });
    expect(error.details).toBe('session[uuid:***] not found');
  });

  it('a Done answer without a result is ZDASH.HTTP', () => {
    expect(() => decodeRpcResult('QueryZone', { state: 'Done' }, {}, [])).toThrowError(
      expect.objectContaining({ code: clientErrorCodes.HTTP }),
    );
  });
});

describe('parseRpcResponse', () => {
  it('reads state, uuid and result', () => {
    const text = JSON.stringify({ uuid: 'u', state: 'Processing', createdDate: 'x' });
    expect(parseRpcResponse(text, {})).toEqual({
      state: 'Processing',
      uuid: 'u',
      result: undefined,
    });
  });

  it.each([
    ['a bare string', 'Unable to find message class[x]', 'Unable to find message class[x]'],
    [
      'a JSON string',
      '"java.lang.ClassNotFoundException: x"',
      'java.lang.ClassNotFoundException: x',
    ],
    ['JSON without a state', '{"error":"x"}', '{"error":"x"}'],
  ])('%s is ZDASH.HTTP with the text as details', (_what, text, details) => {
    expect(() => parseRpcResponse(text, { api: 'QueryZone' })).toThrowError(
      expect.objectContaining({ code: clientErrorCodes.HTTP, details, api: 'QueryZone' }),
    );
  });
});
