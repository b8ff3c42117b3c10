import { describe, expect, it } from 'vitest';
import { excerptRuns, pagefindFilters, citySearchNames } from './search-meta.ts';

describe('pagefindFilters', () => {
  it('gives the kind and every city, one filter each', () => {
    expect(pagefindFilters('场馆', ['杭州'])).toEqual(['kind:场馆', 'city:杭州']);
    expect(pagefindFilters('News', ['Hangzhou', 'Beijing'])).toEqual(['kind:News', 'city:Hangzhou', 'city:Beijing']);
  });
  it('keeps separators out of values', () => {
    expect(pagefindFilters('Page', ["Xi'an, Shaanxi: old"])).toEqual(['kind:Page', "city:Xi'an  Shaanxi  old"]);
  });
});

describe('excerptRuns', () => {
  it('splits marked matches from plain text', () => {
    expect(excerptRuns('在<mark>杭州</mark>举办')).toEqual([
      { text: '在', marked: false },
      { text: '杭州', marked: true },
      { text: '举办', marked: false },
    ]);
  });
  it('returns markup in the page text as text, never as elements', () => {
    expect(excerptRuns('&lt;img src=x onerror=alert(1)&gt; <mark>x</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'x', marked: true },
    ]);
  });
  it('drops any other tag', () => {
    expect(excerptRuns('<b>bold</b> text')).toEqual([{ text: 'bold text', marked: false }]);
  });
});

describe('a city page’s search names', () => {
  it('are its name in both languages, the English name as typed without an apostrophe, and the city as a municipality', () => {
    expect(citySearchNames({ en: "Xi'an", zh: '西安' })).toEqual(["Xi'an", '西安', 'Xian', "Xi'an city", '西安市']);
    expect(citySearchNames({ en: 'Hangzhou', zh: '杭州' })).toEqual(['Hangzhou', '杭州', 'Hangzhou city', '杭州市']);
  });
});
