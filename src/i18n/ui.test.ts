import { describe, expect, it } from 'vitest';
import { cityCriteria, venueCriteria } from '../lib/shared/board-scores.ts';
import { dictionary, keysStartingWith, pick, translate, useTranslations, type UiKey } from './ui.ts';

const en = dictionary('en');
const zh = dictionary('zh');

describe('UI dictionaries (site strings, planning tools and vocabulary labels)', () => {
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
    for (const key of Object.keys(en) as UiKey[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });
  it('name every board-pack criterion', () => {
    const keys = [...venueCriteria.map((c) => `board.venue.${c.key}`), ...cityCriteria.map((c) => `board.city.${c.key}`)];
    for (const key of keys) expect(Object.keys(en), key).toContain(key);
  });
  it('use the meetings industry’s Chinese layout names', () => {
    const z = dictionary('zh');
    expect([z['layout.theatre'], z['layout.classroom'], z['layout.banquet'], z['layout.reception']]).toEqual([
      '剧院式',
      '课桌式',
      '宴会式',
      '酒会式',
    ]);
    expect([z['layout.u_shape'], z['layout.hollow_square'], z['layout.boardroom']]).toEqual(['U字型', '回字型', '董事会式']);
  });
});

describe('translate', () => {
  it('looks a key up in the locale’s dictionary', () => {
    expect(translate('en', 'nav.cities')).toBe('Cities');
    expect(translate('zh', 'nav.cities')).toBe('会员城市');
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
  it('hands an island the raw strings it names, in one language', () => {
    expect(pick('zh', ['brief.group.fits', 'layout.u_shape'])).toEqual({ 'brief.group.fits': '可满足需求（{n}）', 'layout.u_shape': 'U字型' });
  });
  it('reads the labels of closed vocabularies from beside the vocabularies', () => {
    expect(translate('zh', 'venueType.exhibition-centre')).toBe('展览中心');
    expect(translate('en', 'eventKind.founding')).toBe('Founding');
  });
  it('binds a locale with useTranslations', () => {
    const t = useTranslations('zh');
    expect(t('city.venueCount', { n: 3 })).toBe('3个场馆');
  });
});

describe('keysStartingWith', () => {
  it('gives every key of a set and no other', () => {
    const keys = keysStartingWith('chart.cities.');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => key.startsWith('chart.cities.'))).toBe(true);
    expect(keys).toContain('chart.cities.notOnFile');
    expect(keysStartingWith('rfp.')).not.toContain('chart.cities.notOnFile');
  });
});
