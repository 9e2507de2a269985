import { type ApiSpec, defineApi } from '@zdash/zstack-api';
import { describe, expect, it } from 'vitest';
import { ApiError } from './apiError.ts';
import { coerceParams, ParamTypeError, validateParams } from './params.ts';

const api = defineApi()({
  name: 'DoThing',
  fqn: 'org.zstack.test.APIDoThingMsg',
  replyFqn: 'org.zstack.test.APIDoThingEvent',
  section: 'vms',
  rest: { method: 'POST', path: '/things', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 5 },
    count: { type: 'int', numberRange: [1, 10] },
    ratio: { type: 'float' },
    on: { type: 'boolean' },
    mode: { type: 'string', validValues: ['a', 'b'] },
    uuids: { type: 'stringList', nonempty: true },
    extra: { type: 'map' },
    later: { type: 'string', since: '5.0.0' },
  },
  since: '1.0.0',
  source: 'test',
}) as ApiSpec;

describe('parameter coercion', () => {
  it('coerces JSON and query-string values and drops unknown or too-new fields', () => {
    expect(
      coerceParams(
        api,
        { name: 7, count: '3', ratio: '1.5', on: 'True', uuids: 'x', later: 'l', junk: 1 },
        '4.8.0',
        'query',
      ),
    ).toEqual({ name: '7', count: 3, ratio: 1.5, on: true, uuids: ['x'] });
  });

  it('throws ParamTypeError with TypeVerifier wording', () => {
    const bad = (raw: Record<string, unknown>) => () => coerceParams(api, raw, '4.8.0');
    expect(bad({ count: 1.5 })).toThrow('[count] field is excepted an int or long, but was [1.5].');
    expect(bad({ on: 'yes' })).toThrow(
      'Invalid value for boolean field [on], [yes] is not a valid boolean string[true, false].',
    );
    expect(bad({ uuids: { a: 1 } })).toThrow(ParamTypeError);
    // A bare string is a list of one only in a query string; Gson refuses it in a JSON body.
    expect(bad({ uuids: 'x' })).toThrow(
      '[uuids] field is excepted a list of strings, but was [x].',
    );
    expect(bad({ extra: 'x' })).toThrow(ParamTypeError);
    expect(bad({ name: { a: 1 } })).toThrow(ParamTypeError);
  });
});

describe('parameter validation', () => {
  const check = (params: Record<string, unknown>) => {
    try {
      validateParams(api, params, '4.8.0');
      return undefined;
    } catch (error) {
      return error instanceof ApiError ? `${error.code} ${error.details}` : String(error);
    }
  };

  it('passes good parameters', () => {
    expect(check({ name: 'ok', count: 10, mode: 'a', uuids: ['u'] })).toBeUndefined();
  });

  it('answers SYS.1007 with ApiMessageParamValidator wording', () => {
    expect(check({})).toBe(
      'SYS.1007 field[name] of message[org.zstack.test.APIDoThingMsg] is mandatory, can not be null',
    );
    expect(check({ name: 'ok', count: 11 })).toContain('must be in range of [1, 10], but 11 found');
    expect(check({ name: 'ok', mode: 'c' })).toContain('are ["a","b"], but c found');
    expect(check({ name: 'ok', uuids: [] })).toContain('must be a nonempty list');
    expect(check({ name: 'toolong' })).toContain('exceeds max length');
  });
});
