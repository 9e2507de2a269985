import { describe, expect, it } from 'vitest';
import { bearerMatches, newControlToken } from './token.ts';

describe('the control token', () => {
  it('is at least 128 random bits and differs on every start', () => {
    const token = newControlToken();
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(newControlToken()).not.toBe(token);
  });

  it('matches only the exact bearer token', () => {
    const token = newControlToken();
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(undefined, token)).toBe(false);
    expect(bearerMatches(token, token)).toBe(false);
    expect(bearerMatches(`Bearer ${token}x`, token)).toBe(false);
    expect(bearerMatches(`Bearer ${token.slice(0, -1)}`, token)).toBe(false);
    expect(bearerMatches(`OAuth ${token}`, token)).toBe(false);
  });
});
