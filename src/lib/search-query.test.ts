import { describe, expect, it } from 'vitest';
import { normalizeQuery } from './search-query.ts';

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
