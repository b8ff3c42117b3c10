import { describe, expect, it } from 'vitest';
import { isSlug } from './slug.ts';

describe('isSlug', () => {
  it('accepts lower-case ASCII words joined by single hyphens', () => {
    expect(['hangzhou', 'hangzhou-international-expo-center', 'w-xian', 'cmic2024'].every(isSlug)).toBe(true);
  });
  it('refuses capitals, Chinese, spaces, underscores and stray hyphens', () => {
    expect(['Hangzhou', '杭州', 'hang zhou', 'hang_zhou', '-hangzhou', 'hangzhou-', 'hang--zhou', ''].some(isSlug)).toBe(false);
  });
});
