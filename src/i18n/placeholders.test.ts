import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from './placeholders.ts';

describe('fillPlaceholders', () => {
  it('fills every placeholder it has a value for, numbers included', () => {
    expect(fillPlaceholders('{n} of {total} venues', { n: 3, total: 14 })).toBe('3 of 14 venues');
  });
  it('leaves a placeholder without a value visible', () => {
    expect(fillPlaceholders('{city}: {n}', { n: 2 })).toBe('{city}: 2');
  });
  it('inserts values as they are, even ones that look like placeholders or markup', () => {
    expect(fillPlaceholders('“{q}”', { q: '{n} <b>' })).toBe('“{n} <b>”');
  });
});
