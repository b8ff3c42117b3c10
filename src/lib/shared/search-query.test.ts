import { describe, expect, it } from 'vitest';
import { normalizeQuery, worthSearchingWhileTyping } from './search-query.ts';

describe('normalizeQuery', () => {
  it('folds full-width Latin and digits typed with a Chinese input method', () => {
    expect(normalizeQuery('ＨＡＮＧＺＨＯＵ　２０１９')).toBe('HANGZHOU 2019');
  });
  it('trims and collapses spaces, including the ideographic space', () => {
    expect(normalizeQuery('  杭州\u3000 会议中心 ')).toBe('杭州 会议中心');
  });
  it('leaves Chinese characters as they are', () => {
    expect(normalizeQuery('剧院式')).toBe('剧院式');
  });
});

describe('worthSearchingWhileTyping', () => {
  it('waits for a third letter in Latin script', () => {
    expect(worthSearchingWhileTyping('')).toBe(false);
    expect(worthSearchingWhileTyping('h')).toBe(false);
    expect(worthSearchingWhileTyping('Ha')).toBe(false);
    expect(worthSearchingWhileTyping('Han')).toBe(true);
    expect(worthSearchingWhileTyping('G20')).toBe(true);
  });
  it('does not count spaces and punctuation as letters', () => {
    expect(worthSearchingWhileTyping("X'")).toBe(false);
    expect(worthSearchingWhileTyping('a b')).toBe(false);
    expect(worthSearchingWhileTyping("Xi'a")).toBe(true);
  });
  it('searches a single Chinese character at once, alone or after Latin letters', () => {
    expect(worthSearchingWhileTyping('湖')).toBe(true);
    expect(worthSearchingWhileTyping('G湖')).toBe(true);
  });
});
