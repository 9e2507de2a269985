import { type ApiSpec, isAtLeast, type ParamSpec } from '@zdash/zstack-api';
import { invalidArgument } from './apiError.ts';

/**
 * Parameter handling in two stages, as the real node does it:
 * 1. the REST layer's TypeVerifier / Gson rehash: a value of the wrong JSON type is a 400 with a
 *    plain-text reason ({@link ParamTypeError}) before the API is even dispatched;
 * 2. ApiMessageParamValidator: required, validValues, numberRange, nonempty, maxLength → SYS.1007.
 *
 * Fields the message class does not have (or not yet, in the emulated version) are dropped, as
 * Gson drops them.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/TypeVerifier.java
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/validation/ApiMessageParamValidator.java
 */
export class ParamTypeError extends Error {}

/**
 * Where raw values came from. In a query string every value is text and a list of one is a single
 * `k=v`, so a bare string is a list of one; in a JSON body Gson is typed and TypeVerifier answers a
 * plain-text 400 for a string where a list belongs.
 */
export type ParamSource = 'json' | 'query';

/** Coerces raw JSON (or query-string) values to the catalogue's types; throws ParamTypeError. */
export function coerceParams(
  api: ApiSpec,
  raw: Readonly<Record<string, unknown>>,
  version: string,
  source: ParamSource = 'json',
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(api.params)) {
    if (spec.since && !isAtLeast(version, spec.since)) continue;
    const value = raw[field];
    if (value === undefined || value === null) continue;
    out[field] = coerceOne(field, spec, value, source);
  }
  return out;
}

function coerceOne(field: string, spec: ParamSpec, value: unknown, source: ParamSource): unknown {
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  switch (spec.type) {
    case 'string':
      if (typeof value === 'object') throw mismatch(field, 'a string', text);
      return String(value);
    case 'int':
    case 'long': {
      const n = typeof value === 'number' ? value : Number(text.trim());
      if (
        typeof value === 'object' ||
        text.trim() === '' ||
        !Number.isFinite(n) ||
        !Number.isInteger(n)
      ) {
        throw new ParamTypeError(`[${field}] field is excepted an int or long, but was [${text}].`);
      }
      return n;
    }
    case 'float': {
      const n = typeof value === 'number' ? value : Number(text.trim());
      if (typeof value === 'object' || text.trim() === '' || !Number.isFinite(n)) {
        throw mismatch(field, 'a number', text);
      }
      return n;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (!/^(true|false)$/i.test(text)) {
        throw new ParamTypeError(
          `Invalid value for boolean field [${field}], [${text}] is not a valid boolean string[true, false].`,
        );
      }
      return text.toLowerCase() === 'true';
    case 'stringList': {
      const wrap = source === 'query' && typeof value === 'string';
      const list = Array.isArray(value) ? value : wrap ? [value] : null;
      if (!list || list.some((item) => item !== null && typeof item === 'object')) {
        throw mismatch(field, 'a list of strings', text);
      }
      return list.map((item) => String(item));
    }
    case 'map':
      if (typeof value !== 'object' || Array.isArray(value)) throw mismatch(field, 'a map', text);
      return value;
    case 'json':
      return value;
  }
}

function mismatch(field: string, expected: string, text: string): ParamTypeError {
  return new ParamTypeError(`[${field}] field is excepted ${expected}, but was [${text}].`);
}

/** ApiMessageParamValidator's checks; throws SYS.1007 with ZStack's wording. */
export function validateParams(
  api: ApiSpec,
  params: Readonly<Record<string, unknown>>,
  version: string,
): void {
  const msg = api.fqn;
  for (const [field, spec] of Object.entries(api.params)) {
    if (spec.since && !isAtLeast(version, spec.since)) continue;
    const value = params[field];
    if (value === undefined) {
      if (spec.required) {
        throw invalidArgument(`field[${field}] of message[${msg}] is mandatory, can not be null`);
      }
      continue;
    }
    if (spec.validValues && typeof value === 'string' && !spec.validValues.includes(value)) {
      throw invalidArgument(
        `valid value for field[${field}] of message[${msg}] are ${JSON.stringify(spec.validValues)}, but ${value} found`,
      );
    }
    if (spec.numberRange && typeof value === 'number') {
      const [low, high] = spec.numberRange;
      if (value < low || value > high) {
        throw invalidArgument(
          `field[${field}] of message[${msg}] must be in range of [${low}, ${high}], but ${value} found`,
        );
      }
    }
    if (spec.nonempty && Array.isArray(value) && value.length === 0) {
      throw invalidArgument(`field[${field}] of message[${msg}] must be a nonempty list`);
    }
    if (
      spec.maxLength !== undefined &&
      typeof value === 'string' &&
      value.length > spec.maxLength
    ) {
      throw invalidArgument(
        `field[${field}] of message[${msg}] exceeds max length of string. expected was <= ${spec.maxLength}, actual was ${value.length}`,
      );
    }
  }
}
