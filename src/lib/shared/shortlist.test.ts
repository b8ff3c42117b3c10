import { describe, expect, it } from 'vitest';
import { compareQuery, emptyShortlist, parseCompareQuery, parseShortlist, shortlistLimit, toggleShortlisted } from './shortlist.ts';

describe('shortlist', () => {
  it('adds and removes an item', () => {
    const added = toggleShortlisted(emptyShortlist(), 'venues', 'expo');
    expect(added).toEqual({ venues: ['expo'], cities: [] });
    expect(toggleShortlisted(added, 'venues', 'expo')).toEqual(emptyShortlist());
  });
  it('keeps at most the limit, dropping the oldest', () => {
    let list = emptyShortlist();
    for (let i = 0; i <= shortlistLimit; i += 1) list = toggleShortlisted(list, 'venues', `v${i}`);
    expect(list.venues).toHaveLength(shortlistLimit);
    expect(list.venues[0]).toBe('v1');
  });
  it('reads whatever is stored without failing', () => {
    expect(parseShortlist(null)).toEqual(emptyShortlist());
    expect(parseShortlist('not json')).toEqual(emptyShortlist());
    expect(parseShortlist('{"venues":["a","<b>",3,"a"],"cities":"x"}')).toEqual({ venues: ['a'], cities: [] });
  });
});

describe('compare URL', () => {
  it('round-trips the shortlist', () => {
    const list = { venues: ['expo', 'cncc'], cities: ['hangzhou'] };
    expect(compareQuery(list)).toBe('venues=expo,cncc&cities=hangzhou');
    expect(parseCompareQuery(`?${compareQuery(list)}`)).toEqual({ list, malformed: [] });
  });
  it('reports tampered values instead of using them', () => {
    expect(parseCompareQuery('?venues=expo,<script>alert(1)</script>,,EXPO')).toEqual({
      list: { venues: ['expo'], cities: [] },
      malformed: ['<script>alert(1)</script>', 'EXPO'],
    });
  });
});
