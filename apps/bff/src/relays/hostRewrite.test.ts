import { describe, expect, it } from 'vitest';
import { loadEnv } from '../env.ts';
import { parseHostRewrite } from './hostRewrite.ts';

describe('ZDASH_CONSOLE_HOST_REWRITE', () => {
  it('rewrites named hosts, then * , and leaves the rest', () => {
    const rewrite = parseHostRewrite(' 10.0.0.5=127.0.0.1 , MN.example=10.1.1.1');
    expect(rewrite('10.0.0.5')).toBe('127.0.0.1');
    expect(rewrite('mn.EXAMPLE')).toBe('10.1.1.1');
    expect(rewrite('10.0.0.6')).toBe('10.0.0.6');
    const wild = parseHostRewrite('10.0.0.5=a.internal,*=b.internal');
    expect(wild('10.0.0.5')).toBe('a.internal');
    expect(wild('anything')).toBe('b.internal');
    expect(parseHostRewrite(undefined)('x')).toBe('x');
  });

  it('refuses malformed pairs, and the environment names the variable', () => {
    for (const bad of ['10.0.0.5', '=x', 'a=b=c', 'a=b c', 'a/b=c']) {
      expect(() => parseHostRewrite(bad)).toThrow(/bad console host rewrite/);
    }
    expect(() => loadEnv({ ZDASH_CONSOLE_HOST_REWRITE: 'nope' })).toThrow(
      /ZDASH_CONSOLE_HOST_REWRITE/,
    );
    expect(loadEnv({ ZDASH_CONSOLE_HOST_REWRITE: '*=127.0.0.1' }).ZDASH_CONSOLE_HOST_REWRITE).toBe(
      '*=127.0.0.1',
    );
  });
});
