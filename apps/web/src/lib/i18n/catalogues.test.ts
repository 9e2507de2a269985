import { beforeAll, describe, expect, it } from 'vitest';
import { catalogues, loadCatalogue, translate } from './catalogues.ts';
import { en } from './en.ts';
import { zhCN } from './zhCN.ts';

describe('i18n catalogues', () => {
  beforeAll(() => loadCatalogue('zh-CN'));

  it('have the same, non-empty key sets', () => {
    const enKeys = Object.keys(en).sort();
    expect(enKeys.length).toBeGreaterThan(50);
    expect(Object.keys(zhCN).sort()).toEqual(enKeys);
  });

  it('have no empty value in any language', () => {
    expect(Object.keys(catalogues).sort()).toEqual(['en', 'zh-CN']);
    for (const [language, catalogue] of Object.entries(catalogues)) {
      for (const [key, value] of Object.entries(catalogue)) {
        expect(value.trim(), `${language} ${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'dashboard.hosts.total', { n: 4 })).toBe('4 hosts');
    expect(translate('zh-CN', 'dashboard.hosts.total', { n: 4 })).toBe('4 台物理机');
  });
});
