import { describe, expect, it } from 'vitest';
import {
  auditLogListInput,
  changePasswordInput,
  preferencesSetInput,
  signInInput,
} from './index.ts';

describe('schemas', () => {
  it('signInInput needs a user name for a user login', () => {
    expect(signInInput.safeParse({ kind: 'user', accountName: 'a', password: 'p' }).success).toBe(
      false,
    );
    expect(signInInput.parse({ kind: 'account', accountName: ' admin ', password: 'p' })).toEqual({
      kind: 'account',
      accountName: 'admin',
      password: 'p',
    });
  });
  it('changePasswordInput refuses an unchanged or short password', () => {
    expect(
      changePasswordInput.safeParse({ currentPassword: 'abc', newPassword: 'abc' }).success,
    ).toBe(false);
    expect(
      changePasswordInput.safeParse({ currentPassword: 'abc', newPassword: 'x' }).success,
    ).toBe(false);
  });
  it('preferencesSetInput refuses an unknown theme', () => {
    expect(preferencesSetInput.safeParse({ theme: 'blue' }).success).toBe(false);
    expect(preferencesSetInput.parse({ language: 'zh-CN' })).toEqual({ language: 'zh-CN' });
  });
  it('auditLogListInput fills paging defaults and checks the range', () => {
    expect(auditLogListInput.parse({})).toEqual({ limit: 50, offset: 0 });
    const from = new Date(2026, 1, 2);
    expect(auditLogListInput.safeParse({ from, to: new Date(2026, 1, 1) }).success).toBe(false);
  });
});
