import { describe, expect, it } from 'vitest';
import { pluralForm } from './plural.ts';

describe('pluralForm', () => {
  it('tells English one from other', () => {
    expect(pluralForm('en', 1)).toBe('one');
    expect(pluralForm('en', 0)).toBe('other');
    expect(pluralForm('en', 2)).toBe('other');
  });
  it('reads a formatted number as the number it shows', () => {
    expect(pluralForm('en', '1,000')).toBe('other');
    expect(pluralForm('en', '1')).toBe('one');
  });
  it('has no singular in Chinese', () => {
    expect(pluralForm('zh', 1)).toBe('other');
  });
});
