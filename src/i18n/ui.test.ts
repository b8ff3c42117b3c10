import { describe, expect, it } from 'vitest';
import { en, translate, uiStrings, useTranslations, zh } from './ui.ts';

describe('UI dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it('have no empty string', () => {
    for (const dictionary of [en, zh]) {
      for (const [key, value] of Object.entries(dictionary)) expect(value.trim(), key).not.toBe('');
    }
  });
  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });
  it('use the meetings industry’s Chinese layout names', () => {
    expect([zh['layout.theatre'], zh['layout.classroom'], zh['layout.banquet'], zh['layout.reception']]).toEqual([
      '剧院式',
      '课桌式',
      '宴会式',
      '酒会式',
    ]);
    expect([zh['layout.u_shape'], zh['layout.hollow_square'], zh['layout.boardroom']]).toEqual(['U字型', '回字型', '董事会式']);
  });
});

describe('translate', () => {
  it('looks a key up in the locale’s dictionary', () => {
    expect(translate('en', 'nav.cities')).toBe('Cities');
    expect(translate('zh', 'nav.cities')).toBe('成员城市');
  });
  it('fills placeholders', () => {
    expect(translate('en', 'common.km', { n: '27' })).toBe('27 km');
    expect(translate('zh', 'common.km', { n: '27' })).toBe('27公里');
  });
  it('leaves a placeholder without a value visible rather than blank', () => {
    expect(translate('en', 'common.km')).toBe('{n} km');
  });
  it('uses the singular form where English needs one, never in Chinese', () => {
    expect(translate('en', 'city.venueCount', { n: 1 })).toBe('1 venue');
    expect(translate('en', 'city.venueCount', { n: 0 })).toBe('0 venues');
    expect(translate('en', 'city.venueCount', { n: '1,000' })).toBe('1,000 venues');
    expect(translate('zh', 'city.venueCount', { n: 1 })).toBe('1个场馆');
  });
  it('hands a browser script the raw strings it asks for, in one language', () => {
    expect(uiStrings('zh', /^brief\.group\.fits$/)).toEqual({ 'brief.group.fits': '可满足需求（{n}）' });
    expect(Object.keys(uiStrings('en', /^layout\./))).toHaveLength(7);
  });
  it('binds a locale with useTranslations', () => {
    const t = useTranslations('zh');
    expect(t('city.venueCount', { n: 3 })).toBe('3个场馆');
  });
});
