import { describe, expect, it } from 'vitest';
import { assessVenue, groupByOutcome, rankCitiesByFit, type EventBrief } from './brief.ts';
import { completeVenue, roomRecord, venueRecordOf, venueWithTotal } from '../testing/records.ts';

const brief: EventBrief = {
  plenary: { seats: 1200, layout: 'theatre' },
  breakouts: { rooms: 6, seats: 80, layout: 'classroom' },
};
const breakoutRooms = (n: number, seats = 80) => Array.from({ length: n }, (_, i) => roomRecord(`b${i}`, { capacity: { classroom: seats, theatre: seats * 2 } }));
const hall = (theatre: number) => roomRecord('hall', { capacity: { theatre, classroom: Math.floor(theatre / 2) } });

describe('fits: the listed rooms prove it', () => {
  it('names the plenary room and the breakout rooms', () => {
    const a = assessVenue(completeVenue('v', [hall(1500), ...breakoutRooms(6)]), brief, null);
    expect(a.outcome).toBe('fits');
    expect(a.reasons).toEqual([]);
    expect(a.plenaryRoom?.id).toBe('hall');
    expect(a.breakoutRooms?.map((r) => r.id)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4', 'b5']);
  });
  it('accepts exact boundaries: seats equal to the brief fit', () => {
    expect(assessVenue(completeVenue('v', [hall(1200), ...breakoutRooms(6, 80)]), brief, null).outcome).toBe('fits');
  });
  it('keeps breakout-capable rooms free by choosing a plenary room that breakouts cannot use', () => {
    const rooms = [roomRecord('big', { capacity: { theatre: 1300, classroom: 700 } }), roomRecord('theatre-only', { capacity: { theatre: 1250 }, notOffered: ['classroom'] }), ...breakoutRooms(5)];
    const a = assessVenue(completeVenue('v', rooms), brief, null);
    expect(a.outcome).toBe('fits');
    expect(a.plenaryRoom?.id).toBe('theatre-only');
    expect(a.breakoutRooms?.map((r) => r.id)).toContain('big');
  });
  it('fits even when the list is incomplete, if the listed rooms already prove it', () => {
    expect(assessVenue(venueWithTotal('v', [hall(1500), ...breakoutRooms(6)], 100, true), brief, null).outcome).toBe('fits');
  });
});

describe('a divisible room and its sections', () => {
  // A ballroom of 1,500 theatre seats, in three sections that each seat 100 classroom-style.
  const ballroom = roomRecord('ballroom', { capacity: { theatre: 1500, classroom: 700 } });
  // Each section is 400 m²: too small for the plenary in any layout.
  const sections = ['a', 'b', 'c'].map((id) => roomRecord(`ballroom-${id}`, { partOf: 'ballroom', area: 400, capacity: { classroom: 100 } }));
  const twoBreakouts: EventBrief = { plenary: { seats: 1200, layout: 'theatre' }, breakouts: { rooms: 2, seats: 80, layout: 'classroom' } };

  it('never books a room together with one of its own sections', () => {
    const a = assessVenue(completeVenue('v', [ballroom, ...sections]), twoBreakouts, null);
    expect(a.outcome).toBe('does-not-fit');
    expect(a.reasons).toEqual([{ kind: 'breakouts', layout: 'classroom', seats: 80, available: 0, needed: 2 }]);
  });
  it('books sections side by side when the plenary is elsewhere', () => {
    const a = assessVenue(completeVenue('v', [hall(1300), ballroom, ...sections]), { ...twoBreakouts, breakouts: { rooms: 3, seats: 80, layout: 'classroom' } }, null);
    expect(a.outcome).toBe('fits');
    expect(a.plenaryRoom?.id).toBe('hall');
    expect(a.breakoutRooms?.map((r) => r.id).sort()).toEqual(['ballroom-a', 'ballroom-b', 'ballroom-c']);
  });
  it('does not count a ballroom and its sections as more rooms than they are', () => {
    // Hall for the plenary; ballroom (700) or its three sections (100 each), but not both: 3 at most.
    const a = assessVenue(completeVenue('v', [hall(1300), ballroom, ...sections]), { ...twoBreakouts, breakouts: { rooms: 4, seats: 80, layout: 'classroom' } }, null);
    expect(a.outcome).toBe('does-not-fit');
    expect(a.reasons).toEqual([{ kind: 'breakouts', layout: 'classroom', seats: 80, available: 3, needed: 4 }]);
  });
});

describe('may fit: nothing published rules it out, something is missing', () => {
  it('the venue publishes more rooms than are listed (the CNCC case: 3 of 100+)', () => {
    const rooms = [
      roomRecord('plenary-hall', { area: 6400, capacity: { theatre: 5100 } }),
      roomRecord('grand-ballroom', { area: 4860, capacity: { banquet: 2500 } }),
      roomRecord('lecture-hall', { capacity: { theatre: 350 } }),
    ];
    const plainBrief: EventBrief = { plenary: { seats: 1000, layout: 'theatre' }, breakouts: { rooms: 3, seats: 100, layout: 'classroom' } };
    const a = assessVenue(venueWithTotal('cncc', rooms, 100, true), plainBrief, null);
    expect(a.outcome).toBe('may-fit');
    expect(a.reasons).toEqual([
      { kind: 'rooms-unlisted', listed: 3, total: 100, orMore: true },
      { kind: 'no-figure', layout: 'classroom', rooms },
    ]);
  });
  it('a room large enough has only an "up to" figure', () => {
    const a = assessVenue(completeVenue('v', [roomRecord('ballroom', { area: 1200, upTo: 1320 })]), { plenary: { seats: 1000, layout: 'theatre' } }, null);
    expect(a.outcome).toBe('may-fit');
    expect(a.reasons).toEqual([{ kind: 'no-figure', layout: 'theatre', rooms: [expect.objectContaining({ id: 'ballroom' })] }]);
  });
  it('a section with no figure might hold the plenary: ask, do not call it proven', () => {
    const ballroom = roomRecord('ballroom', { capacity: { theatre: 1500, classroom: 700 } });
    const sections = ['a', 'b', 'c'].map((id) => roomRecord(`ballroom-${id}`, { partOf: 'ballroom', capacity: { classroom: 100 } }));
    const a = assessVenue(completeVenue('v', [ballroom, ...sections]), { plenary: { seats: 1200, layout: 'theatre' }, breakouts: { rooms: 2, seats: 80, layout: 'classroom' } }, null);
    expect(a).toMatchObject({ outcome: 'may-fit', reasons: [{ kind: 'no-figure', layout: 'theatre', rooms: sections }] });
  });
  it('one reason per layout when plenary and breakouts share it', () => {
    const open = roomRecord('open', { area: 3000 });
    const a = assessVenue(completeVenue('v', [open, roomRecord('x', { area: 500 })]), { plenary: { seats: 1000, layout: 'theatre' }, breakouts: { rooms: 1, seats: 100, layout: 'theatre' } }, null);
    expect(a.reasons).toEqual([{ kind: 'no-figure', layout: 'theatre', rooms: [open, expect.objectContaining({ id: 'x' })] }]);
  });
  it('a room large enough has only an area', () => {
    const a = assessVenue(completeVenue('v', [roomRecord('hall', { area: 2000 })]), { plenary: { seats: 1000, layout: 'banquet' } }, null);
    expect(a.outcome).toBe('may-fit');
  });
  it('the city’s hotel supply is unknown: ask, never "no"', () => {
    const a = assessVenue(completeVenue('v', [hall(1500), ...breakoutRooms(6)]), { ...brief, cityHotelRooms: 5000 }, null);
    expect(a.outcome).toBe('may-fit');
    expect(a.reasons).toEqual([{ kind: 'city-hotels-unknown', needed: 5000 }]);
    expect(a.plenaryRoom?.id).toBe('hall');
  });
  it('exhibition space not published: ask', () => {
    const a = assessVenue(completeVenue('v', [hall(1500)]), { plenary: { seats: 1000, layout: 'theatre' }, exhibitionArea: 5000 }, null);
    expect(a).toMatchObject({ outcome: 'may-fit', reasons: [{ kind: 'exhibition-unknown', needed: 5000 }] });
  });
  it('rooms listed with no published total: ask how many more there are', () => {
    const a = assessVenue(venueRecordOf('v', { rooms: [roomRecord('r', { capacity: { theatre: 300 } })] }), { plenary: { seats: 1000, layout: 'theatre' } }, null);
    expect(a).toMatchObject({ outcome: 'may-fit', reasons: [{ kind: 'rooms-unlisted', listed: 1, total: null, orMore: false }] });
  });
  it('a venue with no rooms listed at all may fit, and says so', () => {
    expect(assessVenue(venueRecordOf('v'), brief, null)).toMatchObject({ outcome: 'may-fit', reasons: [{ kind: 'rooms-unlisted', listed: 0, total: null }] });
  });
});

describe('does not fit: a published figure rules it out', () => {
  it('the complete list has no room big enough, with the largest figure', () => {
    const a = assessVenue(completeVenue('v', [roomRecord('ballroom', { capacity: { banquet: 800 } })]), { plenary: { seats: 1200, layout: 'banquet' } }, null);
    expect(a).toMatchObject({ outcome: 'does-not-fit', reasons: [{ kind: 'plenary-size', layout: 'banquet', largest: 800, needed: 1200 }] });
  });
  it('an "up to" below the need rules the room out, and is the figure given', () => {
    const a = assessVenue(completeVenue('v', [roomRecord('ballroom', { upTo: 1320 })]), { plenary: { seats: 1500, layout: 'theatre' } }, null);
    expect(a.reasons).toEqual([{ kind: 'plenary-size', layout: 'theatre', largest: 1320, needed: 1500 }]);
  });
  it('no listed room offers the layout', () => {
    const a = assessVenue(completeVenue('v', [roomRecord('hall', { capacity: { theatre: 2000 }, notOffered: ['banquet'] })]), { plenary: { seats: 100, layout: 'banquet' } }, null);
    expect(a.reasons).toEqual([{ kind: 'plenary-size', layout: 'banquet', largest: null, needed: 100 }]);
  });
  it('the published room total is below 1 + K', () => {
    const a = assessVenue(venueWithTotal('v', [hall(1500)], 4), brief, null);
    expect(a).toMatchObject({ outcome: 'does-not-fit', reasons: [{ kind: 'room-total', total: 4, needed: 7 }] });
  });
  it('a "100+" total is a lower bound and never rules a venue out', () => {
    expect(assessVenue(venueWithTotal('v', [hall(1500)], 4, true), brief, null).outcome).toBe('may-fit');
  });
  it('the complete list has too few breakout rooms; the plenary room is not counted twice', () => {
    const a = assessVenue(completeVenue('v', [hall(1500), ...breakoutRooms(5)]), brief, null);
    expect(a.reasons).toEqual([{ kind: 'breakouts', layout: 'classroom', seats: 80, available: 5, needed: 6 }]);
  });
  it('an exact total leaves room for unlisted rooms, but only as many as it says', () => {
    // 1 plenary + 3 breakouts listed, total 5: one unlisted room can make a fourth breakout, not a sixth.
    expect(assessVenue(venueWithTotal('v', [hall(1500), ...breakoutRooms(3)], 5), { ...brief, breakouts: { rooms: 4, seats: 80, layout: 'classroom' } }, null).outcome).toBe('may-fit');
    expect(assessVenue(venueWithTotal('v', [hall(1500), ...breakoutRooms(3)], 7), brief, null).outcome).toBe('may-fit');
    expect(assessVenue(venueWithTotal('v', [hall(1500), ...breakoutRooms(3)], 6), brief, null).reasons).toEqual([{ kind: 'room-total', total: 6, needed: 7 }]);
  });
  it('exhibition space below the need, with both figures', () => {
    const a = assessVenue(completeVenue('v', [hall(1500)], { exhibitionSpace: 40000 }), { plenary: { seats: 1000, layout: 'theatre' }, exhibitionArea: 50000 }, null);
    expect(a.reasons).toEqual([{ kind: 'exhibition', available: 40000, needed: 50000 }]);
  });
  it('the city’s published hotel supply is below the need, with its year', () => {
    const a = assessVenue(completeVenue('v', [hall(1500)]), { plenary: { seats: 1000, layout: 'theatre' }, cityHotelRooms: 20000 }, { value: 16000, year: 2011 });
    expect(a.reasons).toEqual([{ kind: 'city-hotels', available: 16000, year: 2011, needed: 20000 }]);
    expect(assessVenue(completeVenue('v', [hall(1500)]), { plenary: { seats: 1000, layout: 'theatre' }, cityHotelRooms: 16000 }, { value: 16000, year: 2011 }).outcome).toBe('fits');
  });
  it('a rule-out outweighs what is unknown: only the ruling figure is given', () => {
    const a = assessVenue(venueRecordOf('v', { exhibitionSpace: 1000, figureDetails: { exhibitionSpace: { source: 'source-1', about: false, orMore: false, year: null } } }), { ...brief, exhibitionArea: 5000, cityHotelRooms: 100 }, null);
    expect(a).toMatchObject({ outcome: 'does-not-fit', reasons: [{ kind: 'exhibition', available: 1000, needed: 5000 }] });
  });
});

describe('grouping and ranking', () => {
  const fits = completeVenue('fits', [hall(1500), ...breakoutRooms(6)], { city: 'hangzhou' });
  const mayFit = venueRecordOf('may', { city: 'hangzhou' });
  const noFit = completeVenue('no', [hall(100)], { city: 'sanya' });
  const other = venueRecordOf('other', { city: 'beijing' });
  const assessments = [fits, mayFit, noFit, other].map((v) => assessVenue(v, brief, null));

  it('groups venues in the order fits, may fit, does not fit, keeping the order given', () => {
    const groups = groupByOutcome(assessments);
    expect(groups.fits.map((a) => a.venue.slug)).toEqual(['fits']);
    expect(groups['may-fit'].map((a) => a.venue.slug)).toEqual(['may', 'other']);
    expect(groups['does-not-fit'].map((a) => a.venue.slug)).toEqual(['no']);
  });
  it('ranks cities by fits, then may-fits, counting them apart; a city with neither is left out', () => {
    expect(rankCitiesByFit(assessments)).toEqual([
      { city: 'hangzhou', fits: 1, mayFit: 1 },
      { city: 'beijing', fits: 0, mayFit: 1 },
    ]);
  });
});
