import { describe, expect, it } from 'vitest';
import { preferredLocale } from './detect.ts';

describe('preferredLocale (the language entry page)', () => {
  it('sends Chinese browsers to Chinese, whatever the region or script', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-TW', 'zh-Hans-CN', 'ZH_hk']) expect(preferredLocale([tag])).toBe('zh');
  });
  it('sends English browsers to English', () => {
    expect(preferredLocale(['en-US', 'zh-CN'])).toBe('en');
  });
  it('takes the first of the two that the browser lists', () => {
    expect(preferredLocale(['fr-FR', 'zh-CN', 'en'])).toBe('zh');
    expect(preferredLocale(['de', 'en-GB', 'zh'])).toBe('en');
  });
  it('falls back to English for other languages and for none', () => {
    expect(preferredLocale(['fr', 'ja'])).toBe('en');
    expect(preferredLocale([])).toBe('en');
  });
});
