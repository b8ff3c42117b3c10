import { describe, expect, it } from 'vitest';
import { translationStatus } from './translation-status.ts';

describe('translationStatus', () => {
  it('is missing when only one language is written, naming the missing one', () => {
    expect(translationStatus({ zh: { added: 1, changed: 1 } })).toEqual({ state: 'missing', missing: 'en', source: 'zh' });
  });
  it('is up to date when the translation changed after the source', () => {
    expect(translationStatus({ en: { added: 100, changed: 100 }, zh: { added: 200, changed: 200 } })).toEqual({
      state: 'up-to-date',
      source: 'en',
    });
  });
  it('is outdated when the source changed after the translation', () => {
    expect(translationStatus({ en: { added: 100, changed: 300 }, zh: { added: 200, changed: 200 } })).toEqual({
      state: 'outdated',
      source: 'en',
      outdated: 'zh',
    });
  });
  it('takes the earlier file as the source, whichever language it is', () => {
    expect(translationStatus({ en: { added: 200, changed: 200 }, zh: { added: 100, changed: 300 } })).toEqual({
      state: 'outdated',
      source: 'zh',
      outdated: 'en',
    });
  });
  it('with both added in one commit, an edit to one makes the other outdated', () => {
    expect(translationStatus({ en: { added: 100, changed: 100 }, zh: { added: 100, changed: 150 } })).toEqual({
      state: 'outdated',
      source: 'zh',
      outdated: 'en',
    });
    expect(translationStatus({ en: { added: 100, changed: 100 }, zh: { added: 100, changed: 100 } })?.state).toBe('up-to-date');
  });
  it('is undefined with no prose at all', () => {
    expect(translationStatus({})).toBeUndefined();
  });
});
