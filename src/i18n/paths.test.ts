import { describe, expect, it } from 'vitest';
import { alternatePaths, localeOfPath, localizedPath, pathWithoutLocale, switchLocalePath } from './paths.ts';

describe('localizedPath', () => {
  it('gives the home page of a locale for an empty path', () => {
    expect(localizedPath('en')).toBe('/en/');
    expect(localizedPath('zh', '')).toBe('/zh/');
  });
  it('ends pages with a slash and trims stray slashes', () => {
    expect(localizedPath('zh', 'cities/hangzhou')).toBe('/zh/cities/hangzhou/');
    expect(localizedPath('en', '/about/')).toBe('/en/about/');
  });
  it('leaves files without a trailing slash', () => {
    expect(localizedPath('en', 'rss.xml')).toBe('/en/rss.xml');
    expect(localizedPath('zh', 'events.ics')).toBe('/zh/events.ics');
  });
});

describe('localeOfPath', () => {
  it('reads the locale prefix', () => {
    expect(localeOfPath('/zh/join/')).toBe('zh');
    expect(localeOfPath('/en/')).toBe('en');
  });
  it('is undefined for unprefixed paths and look-alikes', () => {
    expect(localeOfPath('/')).toBeUndefined();
    expect(localeOfPath('/404.html')).toBeUndefined();
    expect(localeOfPath('/english/')).toBeUndefined();
  });
});

describe('switchLocalePath', () => {
  it('lands on the same page in the other language', () => {
    expect(switchLocalePath('/en/join/', 'zh')).toBe('/zh/join/');
    expect(switchLocalePath('/zh/venues/hangzhou-international-expo-center/', 'en')).toBe(
      '/en/venues/hangzhou-international-expo-center/',
    );
  });
  it('switches the home page', () => {
    expect(switchLocalePath('/zh/', 'en')).toBe('/en/');
  });
  it('keeps files as files', () => {
    expect(switchLocalePath('/en/rss.xml', 'zh')).toBe('/zh/rss.xml');
  });
  it('strips only a leading locale segment', () => {
    expect(pathWithoutLocale('/en/news/en-route/')).toBe('news/en-route');
  });
});

describe('alternatePaths', () => {
  it('lists every language version once', () => {
    expect(alternatePaths('about')).toEqual([
      { locale: 'en', href: '/en/about/' },
      { locale: 'zh', href: '/zh/about/' },
    ]);
  });
});
