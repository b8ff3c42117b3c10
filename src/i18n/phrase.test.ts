import { describe, expect, it } from 'vitest';
import { phrase } from './phrase.ts';

const strings = { 'results': '{n} results for “{q}”', 'results.one': '{n} result for “{q}”', 'rooms': '{n} rooms' };

describe('phrase', () => {
  it('fills placeholders and takes the singular form where the language has one for n', () => {
    expect(phrase('en', strings, 'results', { n: 1, q: 'expo' })).toBe('1 result for “expo”');
    expect(phrase('en', strings, 'results', { n: 2, q: 'expo' })).toBe('2 results for “expo”');
    expect(phrase('en', strings, 'results', { n: '1,000', q: 'expo' })).toBe('1,000 results for “expo”');
  });
  it('keeps the general form without a singular one, or in a language without plurals', () => {
    expect(phrase('en', strings, 'rooms', { n: 1 })).toBe('1 rooms');
    expect(phrase('zh', { n: '{n}条', 'n.one': '{n}条（单数）' }, 'n', { n: 1 })).toBe('1条');
  });
});
