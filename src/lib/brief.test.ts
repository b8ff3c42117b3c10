import { describe, expect, it } from 'vitest';
import { assessVenue, nearMisses, rankCitiesByFit, venuesFittingBrief, type BriefVenue, type EventBrief } from './brief.ts';
import type { Room } from './schemas.ts';

const room = (name: string, capacity: Room['capacity']): Room => ({ name: { en: name, zh: name }, area: 100, capacity });
const venue = (slug: string, city: string, rooms: Room[], exhibitionSpace: number | null = null): BriefVenue => ({ slug, city, rooms, exhibitionSpace });

const brief: EventBrief = {
  plenary: { seats: 1200, layout: 'theatre' },
  breakouts: { rooms: 6, seats: 80, layout: 'classroom' },
};
const breakoutRooms = (n: number, seats = 80) => Array.from({ length: n }, (_, i) => room(`B${i}`, { classroom: seats, theatre: seats * 2 }));

describe('assessVenue', () => {
  it('fits when a plenary room and enough other rooms exist, naming the rooms', () => {
    const a = assessVenue(venue('v', 'c', [room('Hall', { theatre: 1500, classroom: 900 }), ...breakoutRooms(6)]), brief, null);
    expect(a.fits).toBe(true);
    expect(a.plenaryRoom).toBe(0);
    expect(a.breakoutRooms).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('does not count the plenary room as a breakout too', () => {
    // Six rooms can seat 80 in classroom, but one of them is the only plenary room.
    const a = assessVenue(venue('v', 'c', [room('Hall', { theatre: 1500, classroom: 900 }), ...breakoutRooms(5)]), brief, null);
    expect(a.fits).toBe(false);
    expect(a.shortfalls).toEqual([{ kind: 'breakouts', layout: 'classroom', seats: 80, available: 5, needed: 6 }]);
  });

  it('keeps breakout-capable rooms free by choosing a plenary room that breakouts cannot use', () => {
    const rooms = [room('Big classroom', { theatre: 1300, classroom: 700 }), room('Theatre only', { theatre: 1250 }), ...breakoutRooms(5)];
    const a = assessVenue(venue('v', 'c', rooms), brief, null);
    expect(a.fits).toBe(true);
    expect(a.plenaryRoom).toBe(1);
    expect(a.breakoutRooms).toContain(0);
  });

  it('explains a plenary that is too large, with the largest room’s figure', () => {
    const a = assessVenue(venue('v', 'c', [room('Ballroom', { banquet: 800 })]), { plenary: { seats: 1200, layout: 'banquet' } }, null);
    expect(a.shortfalls).toEqual([{ kind: 'plenary-size', layout: 'banquet', largest: 800, needed: 1200 }]);
  });

  it('says when no room offers the plenary layout at all', () => {
    const a = assessVenue(venue('v', 'c', [room('Hall', { theatre: 2000 })]), { plenary: { seats: 100, layout: 'banquet' } }, null);
    expect(a.shortfalls).toEqual([{ kind: 'plenary-layout', layout: 'banquet' }]);
  });

  it('accepts exact boundaries: seats equal to the brief fit', () => {
    const a = assessVenue(venue('v', 'c', [room('Hall', { theatre: 1200 }), ...breakoutRooms(6, 80)]), brief, null);
    expect(a.fits).toBe(true);
  });

  it('one seat short does not fit', () => {
    const a = assessVenue(venue('v', 'c', [room('Hall', { theatre: 1199 }), ...breakoutRooms(6, 80)]), brief, null);
    expect(a.shortfalls).toEqual([{ kind: 'plenary-size', layout: 'theatre', largest: 1199, needed: 1200 }]);
  });

  it('checks exhibition space, a venue without any listed counting as 0', () => {
    const rooms = [room('Hall', { theatre: 1500 })];
    const ask: EventBrief = { plenary: { seats: 1000, layout: 'theatre' }, exhibitionArea: 20000 };
    expect(assessVenue(venue('v', 'c', rooms, 30000), ask, null).fits).toBe(true);
    expect(assessVenue(venue('v', 'c', rooms, 10000), ask, null).shortfalls).toEqual([{ kind: 'exhibition', available: 10000, needed: 20000 }]);
    expect(assessVenue(venue('v', 'c', rooms), ask, null).shortfalls).toEqual([{ kind: 'exhibition', available: 0, needed: 20000 }]);
  });

  it('checks the city’s hotel supply; an unpublished figure does not pass', () => {
    const rooms = [room('Hall', { theatre: 1500 })];
    const ask: EventBrief = { plenary: { seats: 1000, layout: 'theatre' }, cityHotelRooms: 5000 };
    expect(assessVenue(venue('v', 'c', rooms), ask, 80000).fits).toBe(true);
    expect(assessVenue(venue('v', 'c', rooms), ask, null).shortfalls).toEqual([{ kind: 'city-hotels', available: null, needed: 5000 }]);
  });

  it('lists every shortfall, not only the first', () => {
    const ask: EventBrief = { ...brief, exhibitionArea: 1000 };
    expect(assessVenue(venue('v', 'c', [room('Hall', { theatre: 500 })]), ask, null).shortfalls.map((s) => s.kind)).toEqual(['plenary-size', 'exhibition']);
  });
});

describe('across venues', () => {
  const venues = [
    venue('a', 'hangzhou', [room('Hall', { theatre: 3000 }), ...breakoutRooms(8)]),
    venue('b', 'hangzhou', [room('Hall', { theatre: 1500 }), ...breakoutRooms(6)]),
    venue('c', 'xian', [room('Hall', { theatre: 2000 }), ...breakoutRooms(7)]),
    venue('d', 'sanya', [room('Ballroom', { theatre: 900 }), ...breakoutRooms(10)]),
  ];
  const assessments = venues.map((v) => assessVenue(v, brief, null));

  it('returns exactly the venues that fit', () => {
    expect(venuesFittingBrief(brief, venues, new Map()).map((v) => v.slug)).toEqual(['a', 'b', 'c']);
  });

  it('ranks cities by how many venues fit, leaving out cities with none', () => {
    expect(rankCitiesByFit(assessments)).toEqual([
      { city: 'hangzhou', fitting: 2 },
      { city: 'xian', fitting: 1 },
    ]);
  });

  it('returns nothing when no venue fits', () => {
    const huge: EventBrief = { plenary: { seats: 50000, layout: 'theatre' } };
    expect(venuesFittingBrief(huge, venues, new Map())).toEqual([]);
    expect(rankCitiesByFit(venues.map((v) => assessVenue(v, huge, null)))).toEqual([]);
  });

  it('offers near misses, fewest shortfalls first', () => {
    expect(nearMisses(assessments).map((a) => a.venue.slug)).toEqual(['d']);
  });
});
