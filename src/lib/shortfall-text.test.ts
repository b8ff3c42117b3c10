import { describe, expect, it } from 'vitest';
import { en, zh } from '../i18n/ui.ts';
import { shortfallText } from './shortfall-text.ts';

const number = (locale: string) => (n: number) => new Intl.NumberFormat(locale).format(n);

describe('shortfallText', () => {
  it('explains a plenary that does not fit, in figures, in English', () => {
    expect(shortfallText({ kind: 'plenary-size', layout: 'banquet', largest: 800, needed: 1200 }, en, number('en'))).toBe(
      'largest banquet room holds 800, brief asks 1,200',
    );
  });
  it('and in Chinese, with the industry’s layout names', () => {
    expect(shortfallText({ kind: 'plenary-size', layout: 'banquet', largest: 800, needed: 1200 }, zh, number('zh-CN'))).toBe(
      '最大的宴会式会议室可容纳800人，需求为1,200人',
    );
  });
  it('explains too few breakout rooms', () => {
    expect(shortfallText({ kind: 'breakouts', layout: 'classroom', seats: 80, available: 3, needed: 6 }, zh, number('zh-CN'))).toBe(
      '除主会场外，可按课桌式容纳80人的会议室仅3间，需求为6间',
    );
  });
  it('says one room in the singular, and keeps U-shape capitalised', () => {
    expect(shortfallText({ kind: 'breakouts', layout: 'u_shape', seats: 30, available: 1, needed: 4 }, en, number('en'))).toBe(
      'only 1 other room seats 30 in U-shape layout, brief asks 4',
    );
  });
  it('tells an unpublished hotel figure from a low one', () => {
    expect(shortfallText({ kind: 'city-hotels', available: null, needed: 5000 }, en, number('en'))).toBe(
      'the city’s hotel supply is not published, brief asks 5,000',
    );
    expect(shortfallText({ kind: 'city-hotels', available: 3000, needed: 5000 }, en, number('en'))).toBe(
      'the city has 3,000 hotel rooms, brief asks 5,000',
    );
  });
});
