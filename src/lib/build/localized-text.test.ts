import { describe, expect, it } from 'vitest';
import { chooseText, localizedRoutes } from './localized-text.ts';

describe('chooseText', () => {
  it('uses the page’s own language when written', () => {
    expect(chooseText({ en: 'E', zh: 'Z' }, 'zh')).toEqual({ text: 'Z', textLocale: 'zh', isFallback: false });
  });
  it('falls back to the other language, marked as a fallback', () => {
    expect(chooseText({ en: 'E' }, 'zh')).toEqual({ text: 'E', textLocale: 'en', isFallback: true });
    expect(chooseText({ zh: 'Z' }, 'en')).toEqual({ text: 'Z', textLocale: 'zh', isFallback: true });
  });
  it('is undefined when neither language has prose', () => {
    expect(chooseText({}, 'en')).toBeUndefined();
  });
});

describe('localizedRoutes', () => {
  it('gives every entity a page in both languages, fallbacks included', () => {
    const routes = localizedRoutes([
      { slug: 'hangzhou', texts: { en: 'E', zh: 'Z' } },
      { slug: 'sanya', texts: { en: 'E only' } },
    ]);
    expect(routes.map((r) => `${r.locale}/${r.slug}:${r.textLocale}${r.isFallback ? '*' : ''}`).sort()).toEqual([
      'en/hangzhou:en',
      'en/sanya:en',
      'zh/hangzhou:zh',
      'zh/sanya:en*',
    ]);
  });
  it('skips an entity with no prose at all (the validator reports it)', () => {
    expect(localizedRoutes([{ slug: 'x', texts: {} }])).toEqual([]);
  });
});
