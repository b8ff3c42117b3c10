import { describe, expect, it } from 'vitest';
import { splitByDate } from './events.ts';

const event = (slug: string, start: string, end = start) => ({
  slug,
  facts: { start: new Date(`${start}T00:00:00Z`), end: new Date(`${end}T00:00:00Z`) },
});

describe('splitByDate', () => {
  const today = new Date('2026-11-22T00:00:00Z');
  it('keeps an event upcoming through its last day', () => {
    const { upcoming, past } = splitByDate([event('a', '2026-11-20', '2026-11-22'), event('b', '2026-11-21')], today);
    expect(upcoming.map((e) => e.slug)).toEqual(['a']);
    expect(past.map((e) => e.slug)).toEqual(['b']);
  });
  it('lists past events newest first', () => {
    const { past } = splitByDate([event('old', '2012-09-12'), event('new', '2019-11-08')], today);
    expect(past.map((e) => e.slug)).toEqual(['new', 'old']);
  });
});
