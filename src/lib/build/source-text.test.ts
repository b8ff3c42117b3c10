import { describe, expect, it } from 'vitest';
import { languageLabel, sourceNumber } from './source-text.ts';

describe('languageLabel', () => {
  it('names a document’s language as each reader writes it', () => {
    expect(languageLabel('zh', 'en')).toBe('Chinese');
    expect(languageLabel('en', 'zh')).toBe('英文');
    expect(languageLabel('de', 'zh')).toBe('德文');
    expect(languageLabel('ja', 'en')).toBe('Japanese');
  });
});

describe('sourceNumber', () => {
  it('numbers sources from 1 in list order', () => {
    const sources = [{ id: 'a' }, { id: 'b' }];
    expect(sourceNumber(sources, 'a')).toBe(1);
    expect(sourceNumber(sources, 'b')).toBe(2);
  });
  it('refuses an id the list does not have, rather than pointing at the wrong source', () => {
    expect(() => sourceNumber([{ id: 'a' }], 'x')).toThrow(/no source "x"/);
  });
});
