import { describe, expect, it } from 'vitest';
import { dataFreshness } from './freshness.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day('2026-11-22');

describe('dataFreshness', () => {
  it('is unverified when nobody has checked the figures', () => {
    expect(dataFreshness(undefined, today)).toBe('unverified');
  });
  it('is verified within twelve months, the boundary day included', () => {
    expect(dataFreshness(day('2026-06-01'), today)).toBe('verified');
    expect(dataFreshness(day('2025-11-22'), today)).toBe('verified');
  });
  it('is stale the day after twelve months have passed', () => {
    expect(dataFreshness(day('2025-11-21'), today)).toBe('stale');
  });
  it('handles month ends (29 February back to 28 February)', () => {
    expect(dataFreshness(day('2023-02-28'), day('2024-02-29'))).toBe('verified');
    expect(dataFreshness(day('2023-02-27'), day('2024-02-29'))).toBe('stale');
  });
});
