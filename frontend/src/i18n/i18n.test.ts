import { describe, expect, it } from 'vitest';
import { messagesFor, uiDirection } from '../messages';
import { TABLES, tableFor } from './index';

describe('string tables', () => {
  it('have the same keys in English, Arabic and Persian, none empty', () => {
    const keys = Object.keys(TABLES.en).sort();
    for (const lang of ['ar', 'fa']) {
      expect(Object.keys(TABLES[lang]).sort()).toEqual(keys);
      for (const k of keys) expect(TABLES[lang][k as keyof typeof TABLES.en].trim()).not.toBe('');
    }
  });

  it('keep the same placeholders in every language', () => {
    for (const [k, v] of Object.entries(TABLES.en)) {
      const holes = (s: string) => (s.match(/\{\d\}/g) ?? []).sort().join();
      expect(holes(TABLES.ar[k as keyof typeof TABLES.en]), `ar ${k}`).toBe(holes(v));
      expect(holes(TABLES.fa[k as keyof typeof TABLES.en]), `fa ${k}`).toBe(holes(v));
    }
  });

  it('choose by language tag and fall back to English', () => {
    expect(tableFor('ar-SA')).toBe(TABLES.ar);
    expect(tableFor('fa_IR')).toBe(TABLES.fa);
    expect(tableFor('de')).toBe(TABLES.en);
    expect(tableFor(undefined)).toBe(TABLES.en);
    expect(messagesFor('fa')('add-stage')).toBe('افزودن مرحله');
    expect(messagesFor('en')('stage-actions', 'Awareness')).toBe('Stage actions: Awareness');
    expect(uiDirection('ar')).toBe('rtl');
    expect(uiDirection('en-GB')).toBe('ltr');
  });
});
