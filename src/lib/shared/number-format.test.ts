import { describe, expect, it } from 'vitest';
import { formatCountWord, formatNumberIn } from './number-format.ts';

describe('formatNumberIn', () => {
  it('groups thousands in English', () => {
    expect(formatNumberIn('en', 12500)).toBe('12,500');
    expect(formatNumberIn('en', 24.5)).toBe('24.5');
  });
  it('writes Chinese numbers without separators', () => {
    expect(formatNumberIn('zh', 5100)).toBe('5100');
    expect(formatNumberIn('zh', 9999)).toBe('9999');
    expect(formatNumberIn('zh', 24.5)).toBe('24.5');
  });
  it('writes round Chinese figures from ten thousand up in 万', () => {
    expect(formatNumberIn('zh', 10000)).toBe('1万');
    expect(formatNumberIn('zh', 12500)).toBe('1.25万');
    expect(formatNumberIn('zh', 134000)).toBe('13.4万');
    expect(formatNumberIn('zh', 400000)).toBe('40万');
  });
  it('keeps digits in a table column when asked', () => {
    expect(formatNumberIn('zh', 22000, { wan: false })).toBe('22000');
  });
  it('writes small counts in words, as prose does', () => {
    expect(formatCountWord('en', 8)).toBe('eight');
    expect(formatCountWord('zh', 8)).toBe('八');
    expect(formatCountWord('zh', 2)).toBe('两');
    expect(formatCountWord('en', 20)).toBe('20');
  });
  it('keeps a figure that is not round as it is, rather than rounding it', () => {
    expect(formatNumberIn('zh', 12345)).toBe('12345');
    expect(formatNumberIn('zh', 207112)).toBe('207112');
  });
});
