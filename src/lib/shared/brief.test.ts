import { describe, expect, it } from 'vitest';
import { askableRanking, assessVenue, defaultRequest, groupForBrief, openParts, outcomeOf, rankCitiesByFit, type EventBrief, type RoomPart, type VenueAssessment } from './brief.ts';
import type { Level } from './evidence.ts';
import type { VenueRecord } from './records.ts';
import { completeVenue, roomRecord, venueRecordOf, venueWithTotal } from '../testing/records.ts';

const brief: EventBrief = {
  plenary: { seats: 1200, layout: 'theatre' },
  breakouts: { rooms: 6, seats: 80, layout: 'classroom' },
};
const breakoutRooms = (n: number, seats = 80) => Array.from({ length: n }, (_, i) => roomRecord(`b${i}`, { capacity: { classroom: seats, theatre: seats * 2 } }));
const hall = (theatre: number) => roomRecord('hall', { capacity: { theatre, classroom: Math.floor(theatre / 2) } });
const part = (a: VenueAssessment<VenueRecord>, kind: string) => a.parts.find((p) => p.kind === kind) as RoomPart;
const ids = (p: RoomPart) => p.rooms.map((e) => e.room.id);
const levels = (a: VenueAssessment<VenueRecord>) => a.parts.map((p) => p.level);
const city = (value: number, scope: { en: string; zh: string } | null = null) => ({ value, year: 2011, about: false, orMore: false, scope });

describe('the outcome of the parts’ levels', () => {
  it('fits when every part is confirmed; likely when every part is at least indicated; may fit with an unknown; does not fit with a rule-out', () => {
    const of = (...levels: Level[]) => outcomeOf(levels.map((level) => ({ level })));
    expect(of('confirmed', 'confirmed')).toBe('fits');
    expect(of('confirmed', 'indicated')).toBe('likely-fits');
    expect(of('confirmed', 'indicated', 'unknown')).toBe('may-fit');
    expect(of('confirmed', 'unknown', 'ruled-out')).toBe('does-not-fit');
  });
});

describe('fits: published figures for the layouts prove every part', () => {
  it('names the plenary room and the breakout rooms', () => {
    const a = assessVenue(completeVenue('v', [hall(1500), ...breakoutRooms(6)]), brief, null);
    expect(a.outcome).toBe('fits');
    expect(levels(a)).toEqual(['confirmed', 'confirmed']);
    expect(ids(part(a, 'plenary'))).toEqual(['hall']);
    expect(ids(part(a, 'breakouts')).sort()).toEqual(['b0', 'b1', 'b2', 'b3', 'b4', 'b5']);
  });
  it('accepts exact boundaries: seats equal to the brief fit', () => {
    expect(assessVenue(completeVenue('v', [hall(1200), ...breakoutRooms(6, 80)]), brief, null).outcome).toBe('fits');
  });
  it('keeps breakout-capable rooms free by choosing a plenary room that breakouts cannot use', () => {
    const rooms = [roomRecord('big', { capacity: { theatre: 1300, classroom: 700 } }), roomRecord('theatre-only', { capacity: { theatre: 1250 }, notOffered: ['classroom'] }), ...breakoutRooms(5)];
    const a = assessVenue(completeVenue('v', rooms), brief, null);
    expect(a.outcome).toBe('fits');
    expect(ids(part(a, 'plenary'))).toEqual(['theatre-only']);
    expect(ids(part(a, 'breakouts'))).toContain('big');
  });
  it('fits even when the list is incomplete, if the listed rooms already prove it', () => {
    expect(assessVenue(venueWithTotal('v', [hall(1500), ...breakoutRooms(6)], 100, true), brief, null).outcome).toBe('fits');
  });
  it('an estimate never yields "fits", however large the room', () => {
    const a = assessVenue(completeVenue('v', [roomRecord('hall', { area: 50000 })]), { plenary: { seats: 100, layout: 'theatre' } }, null);
    expect(a.outcome).toBe('likely-fits');
  });
});

describe('a room is never counted twice, nor together with its own sections', () => {
  // A ballroom of 1,500 theatre seats, in three sections that each seat 100 classroom-style.
  const ballroom = roomRecord('ballroom', { capacity: { theatre: 1500, classroom: 700 } });
  // Each section is 400 m²: too small for the plenary in any layout.
  const sections = ['a', 'b', 'c'].map((id) => roomRecord(`ballroom-${id}`, { partOf: 'ballroom', area: 400, capacity: { classroom: 100 } }));
  const twoBreakouts: EventBrief = { plenary: { seats: 1200, layout: 'theatre' }, breakouts: { rooms: 2, seats: 80, layout: 'classroom' } };

  it('the plenary room’s own sections are not free beside it', () => {
    const a = assessVenue(completeVenue('v', [ballroom, ...sections]), twoBreakouts, null);
    expect(a.outcome).toBe('does-not-fit');
    expect(part(a, 'breakouts').ruledOut).toEqual({ kind: 'breakouts', layout: 'classroom', seats: 80, available: 0, needed: 2 });
  });
  it('sections are booked side by side when the plenary is elsewhere', () => {
    const a = assessVenue(completeVenue('v', [hall(1300), ballroom, ...sections]), { ...twoBreakouts, breakouts: { rooms: 3, seats: 80, layout: 'classroom' } }, null);
    expect(a.outcome).toBe('fits');
    expect(ids(part(a, 'plenary'))).toEqual(['hall']);
    expect(ids(part(a, 'breakouts')).sort()).toEqual(['ballroom-a', 'ballroom-b', 'ballroom-c']);
  });
  it('a ballroom and its sections are not more rooms than they are', () => {
    // Hall for the plenary; ballroom (700) or its three sections (100 each), but not both: 3 at most.
    const a = assessVenue(completeVenue('v', [hall(1300), ballroom, ...sections]), { ...twoBreakouts, breakouts: { rooms: 4, seats: 80, layout: 'classroom' } }, null);
    expect(part(a, 'breakouts').ruledOut).toEqual({ kind: 'breakouts', layout: 'classroom', seats: 80, available: 3, needed: 4 });
  });
  it('the plenary room is never also a breakout room (a shared room counts once)', () => {
    const shared = completeVenue('v', [roomRecord('only', { capacity: { theatre: 2000, classroom: 1000 } })]);
    const a = assessVenue(shared, { plenary: { seats: 1000, layout: 'theatre' }, breakouts: { rooms: 1, seats: 100, layout: 'classroom' } }, null);
    expect(a.outcome).toBe('does-not-fit');
    expect(part(a, 'breakouts').ruledOut).toMatchObject({ available: 0 });
  });
  it('a section with no figure might hold the plenary: ask, never proven', () => {
    const bare = ['a', 'b', 'c'].map((id) => roomRecord(`ballroom-${id}`, { partOf: 'ballroom', capacity: { classroom: 100 } }));
    const a = assessVenue(completeVenue('v', [ballroom, ...bare]), twoBreakouts, null);
    expect(a.outcome).toBe('may-fit');
    expect(part(a, 'plenary')).toMatchObject({ level: 'unknown', rooms: [{ room: { partOf: 'ballroom' } }] });
    expect(part(a, 'breakouts').level).toBe('confirmed');
  });
});

describe('likely fits: every part confirmed or indicated, and it says what to confirm', () => {
  // Shanghai Expo Centre as listed: four halls, each with an "up to" and no layout.
  const expo = venueRecordOf('expo', {
    rooms: [
      roomRecord('red', { upTo: 2600 }),
      roomRecord('silver', { area: 7200, upTo: 5000 }),
      roomRecord('gold', { area: 4800, upTo: 3000 }),
      roomRecord('international', { upTo: 600 }),
    ],
  });
  const standard: EventBrief = { plenary: { seats: 1000, layout: 'theatre' }, breakouts: { rooms: 3, seats: 100, layout: 'classroom' } };

  it('"up to" figures indicate both parts; the plenary takes the largest, the breakouts the rest', () => {
    const a = assessVenue(expo, standard, null);
    expect(a.outcome).toBe('likely-fits');
    expect(ids(part(a, 'plenary'))).toEqual(['silver']);
    expect(ids(part(a, 'breakouts')).sort()).toEqual(['gold', 'international', 'red']);
    expect(openParts(a).map((p) => p.kind)).toEqual(['plenary', 'breakouts']);
  });
  it('"more than" and estimates from area indicate too; a published figure for the layout stays confirmed', () => {
    const venue = venueRecordOf('v', { rooms: [roomRecord('central', { moreThan: 2000 }), roomRecord('hall', { area: 990 }), roomRecord('salon', { capacity: { classroom: 120 } })] });
    const a = assessVenue(venue, { plenary: { seats: 1500, layout: 'theatre' }, breakouts: { rooms: 2, seats: 100, layout: 'classroom' } }, null);
    expect(a.outcome).toBe('likely-fits');
    expect(part(a, 'plenary').rooms[0]).toMatchObject({ level: 'indicated', figure: { kind: 'more-than' } });
    expect(part(a, 'breakouts').rooms.map((e) => e.level).sort()).toEqual(['confirmed', 'indicated']);
    expect(openParts(a).map((p) => p.kind)).toEqual(['plenary', 'breakouts']);
  });
  it('a published figure is preferred to an estimate for the same part', () => {
    const a = assessVenue(venueRecordOf('v', { rooms: [roomRecord('exhibition', { area: 20000 }), roomRecord('plenary-hall', { upTo: 6000 })] }), { plenary: { seats: 1000, layout: 'theatre' } }, null);
    expect(ids(part(a, 'plenary'))).toEqual(['plenary-hall']);
  });
});

describe('may fit: nothing on file rules it out, something is unknown', () => {
  it('the venue publishes more rooms than are listed (the CNCC case): the rest may exist', () => {
    const rooms = [roomRecord('plenary-hall', { area: 6400, capacity: { theatre: 5100 } }), roomRecord('grand-ballroom', { capacity: { banquet: 2500 } })];
    const a = assessVenue(venueWithTotal('cncc', rooms, 100, true), { plenary: { seats: 1000, layout: 'theatre' }, breakouts: { rooms: 3, seats: 100, layout: 'classroom' } }, null);
    expect(a.outcome).toBe('may-fit');
    expect(part(a, 'plenary').level).toBe('confirmed');
    expect(part(a, 'breakouts')).toMatchObject({ level: 'unknown', rooms: [{ room: { id: 'grand-ballroom' }, level: 'unknown' }], unlisted: 2 });
  });
  it('an estimate range that reaches the need only at its dense end leaves the part unknown', () => {
    const a = assessVenue(completeVenue('v', [roomRecord('hall', { area: 1200 })]), { plenary: { seats: 700, layout: 'banquet' } }, null);
    expect(a).toMatchObject({ outcome: 'may-fit', parts: [{ level: 'unknown', rooms: [{ figure: { kind: 'estimate', people: [600, 800] } }] }] });
  });
  it('rooms listed with no published total: the plenary may be in a room not on file', () => {
    const a = assessVenue(venueRecordOf('v', { rooms: [roomRecord('r', { capacity: { theatre: 300 } })] }), { plenary: { seats: 1000, layout: 'theatre' } }, null);
    expect(a.outcome).toBe('may-fit');
    expect(part(a, 'plenary')).toMatchObject({ level: 'unknown', rooms: [], unlisted: 1, largest: { room: { id: 'r' } } });
  });
  it('a venue with no rooms listed at all may fit', () => {
    expect(levels(assessVenue(venueRecordOf('v'), brief, null))).toEqual(['unknown', 'unknown']);
  });
  it('exhibition space not on file, or published as "more than" a smaller figure: ask', () => {
    const a = assessVenue(completeVenue('v', [hall(1500)]), { plenary: { seats: 1000, layout: 'theatre' }, exhibitionArea: 5000 }, null);
    expect(a).toMatchObject({ outcome: 'may-fit', parts: [{ level: 'confirmed' }, { kind: 'exhibition', level: 'unknown', figure: null }] });
    const orMore = completeVenue('v', [hall(1500)], { exhibitionSpace: 4000, figureDetails: { exhibitionSpace: { source: 'source-1', about: false, orMore: true, year: null } } });
    expect(assessVenue(orMore, { plenary: { seats: 1000, layout: 'theatre' }, exhibitionArea: 5000 }, null).parts[1]?.level).toBe('unknown');
  });
  it('the city’s hotel supply is unknown: ask, never "no"', () => {
    const a = assessVenue(completeVenue('v', [hall(1500), ...breakoutRooms(6)]), { ...brief, cityHotelRooms: 5000 }, null);
    expect(a).toMatchObject({ outcome: 'may-fit', parts: [{ level: 'confirmed' }, { level: 'confirmed' }, { kind: 'city-hotels', level: 'unknown' }] });
  });
});

describe('hotel rooms in the city', () => {
  const plenaryOnly = (cityHotelRooms: number): EventBrief => ({ plenary: { seats: 1000, layout: 'theatre' }, cityHotelRooms });
  const venue = completeVenue('v', [hall(1500)]);
  it('a city-wide figure confirms or rules out, with its year', () => {
    expect(assessVenue(venue, plenaryOnly(16000), city(16000)).outcome).toBe('fits');
    expect(assessVenue(venue, plenaryOnly(20000), city(16000)).parts[1]).toMatchObject({ level: 'ruled-out', needed: 20000, figure: { value: 16000, year: 2011 } });
  });
  it('a figure for some hotels only (four- and five-star) is never read as the city’s total: it indicates, and never rules out', () => {
    const scope = { en: 'rooms in four- and five-star hotels', zh: '四星级和五星级酒店客房' };
    expect(assessVenue(venue, plenaryOnly(5000), city(16000, scope))).toMatchObject({ outcome: 'likely-fits', parts: [{}, { level: 'indicated', figure: { scope } }] });
    expect(assessVenue(venue, plenaryOnly(20000), city(16000, scope))).toMatchObject({ outcome: 'may-fit', parts: [{}, { level: 'unknown' }] });
  });
});

describe('does not fit: a published figure rules a part out', () => {
  it('the complete list has no room big enough, with the largest figure', () => {
    const a = assessVenue(completeVenue('v', [roomRecord('ballroom', { capacity: { banquet: 800 } })]), { plenary: { seats: 1200, layout: 'banquet' } }, null);
    expect(a).toMatchObject({ outcome: 'does-not-fit', parts: [{ level: 'ruled-out', ruledOut: { kind: 'plenary-size', layout: 'banquet', largest: 800, needed: 1200 } }] });
  });
  it('an "up to" below the need rules the room out, and is the figure given', () => {
    const a = assessVenue(completeVenue('v', [roomRecord('ballroom', { upTo: 1320 })]), { plenary: { seats: 1500, layout: 'theatre' } }, null);
    expect(part(a, 'plenary').ruledOut).toEqual({ kind: 'plenary-size', layout: 'theatre', largest: 1320, needed: 1500 });
  });
  it('ruled out by area: too small even at 1.00 m² a person', () => {
    const a = assessVenue(completeVenue('v', [roomRecord('ballroom', { area: 730 })]), { plenary: { seats: 1000, layout: 'theatre' } }, null);
    expect(part(a, 'plenary').ruledOut).toEqual({ kind: 'plenary-size', layout: 'theatre', largest: 730, needed: 1000 });
    // The same room with rooms beyond the list leaves the plenary open: another room may hold it.
    expect(assessVenue(venueRecordOf('v', { rooms: [roomRecord('ballroom', { area: 730 })] }), { plenary: { seats: 1000, layout: 'theatre' } }, null).outcome).toBe('may-fit');
  });
  it('no listed room offers the layout', () => {
    const a = assessVenue(completeVenue('v', [roomRecord('hall', { capacity: { theatre: 2000 }, notOffered: ['banquet'] })]), { plenary: { seats: 100, layout: 'banquet' } }, null);
    expect(part(a, 'plenary').ruledOut).toEqual({ kind: 'plenary-size', layout: 'banquet', largest: null, needed: 100 });
  });
  it('the published room total is below 1 + K', () => {
    const a = assessVenue(venueWithTotal('v', [hall(1500)], 4), brief, null);
    expect(a.outcome).toBe('does-not-fit');
    expect(part(a, 'breakouts').ruledOut).toEqual({ kind: 'room-total', total: 4, needed: 7 });
  });
  it('sections of a divisible room are rooms of their own: a total counting the ballroom once does not rule them out', () => {
    const ballroom = roomRecord('ballroom', { capacity: { theatre: 1200, classroom: 600 } });
    const sections = ['a', 'b', 'c'].map((id) => roomRecord(`ballroom-${id}`, { partOf: 'ballroom', capacity: { classroom: 100 } }));
    const venue = venueWithTotal('v', [ballroom, ...sections, roomRecord('lecture', { capacity: { theatre: 350 }, notOffered: ['classroom'] })], 2);
    expect(assessVenue(venue, { plenary: { seats: 300, layout: 'theatre' }, breakouts: { rooms: 3, seats: 80, layout: 'classroom' } }, null).outcome).toBe('fits');
  });
  it('a "100+" total is a lower bound and never rules a venue out', () => {
    expect(assessVenue(venueWithTotal('v', [hall(1500)], 4, true), brief, null).outcome).toBe('may-fit');
  });
  it('the complete list has too few breakout rooms; the plenary room is not counted twice', () => {
    const a = assessVenue(completeVenue('v', [hall(1500), ...breakoutRooms(5)]), brief, null);
    expect(part(a, 'breakouts').ruledOut).toEqual({ kind: 'breakouts', layout: 'classroom', seats: 80, available: 5, needed: 6 });
  });
  it('an exact total leaves room for unlisted rooms, but only as many as it says', () => {
    // 1 plenary + 3 breakouts listed, total 5: one unlisted room can make a fourth breakout, not a sixth.
    expect(assessVenue(venueWithTotal('v', [hall(1500), ...breakoutRooms(3)], 5), { ...brief, breakouts: { rooms: 4, seats: 80, layout: 'classroom' } }, null).outcome).toBe('may-fit');
    expect(assessVenue(venueWithTotal('v', [hall(1500), ...breakoutRooms(3)], 7), brief, null).outcome).toBe('may-fit');
    expect(part(assessVenue(venueWithTotal('v', [hall(1500), ...breakoutRooms(3)], 6), brief, null), 'breakouts').ruledOut).toEqual({ kind: 'room-total', total: 6, needed: 7 });
  });
  it('exhibition space below the need, with both figures', () => {
    const a = assessVenue(completeVenue('v', [hall(1500)], { exhibitionSpace: 40000 }), { plenary: { seats: 1000, layout: 'theatre' }, exhibitionArea: 50000 }, null);
    expect(a.parts[1]).toMatchObject({ kind: 'exhibition', level: 'ruled-out', needed: 50000, figure: { value: 40000 } });
  });
  it('a rule-out outweighs what is unknown', () => {
    const a = assessVenue(venueRecordOf('v', { exhibitionSpace: 1000, figureDetails: { exhibitionSpace: { source: 'source-1', about: false, orMore: false, year: null } } }), { ...brief, exhibitionArea: 5000 }, null);
    expect(a.outcome).toBe('does-not-fit');
    expect(levels(a)).toEqual(['unknown', 'unknown', 'ruled-out']);
  });
});

describe('a gala dinner the request asks for too', () => {
  const plenary: EventBrief = { plenary: { seats: 1000, layout: 'theatre' } };
  it('may share the plenary room (it is another time of day)', () => {
    const a = assessVenue(completeVenue('v', [roomRecord('hall', { capacity: { theatre: 2000, banquet: 1000 } })]), plenary, null, 800);
    expect(a.outcome).toBe('fits');
    expect(ids(part(a, 'gala'))).toEqual(['hall']);
  });
  it('no room on a complete list seats it banquet-style: ruled out, with the largest banquet figure', () => {
    const a = assessVenue(completeVenue('v', [roomRecord('hall', { capacity: { theatre: 2000, banquet: 600 } })]), plenary, null, 800);
    expect(part(a, 'gala')).toMatchObject({ level: 'ruled-out', ruledOut: { kind: 'gala-size', largest: 600, needed: 800 } });
    const noBanquet = assessVenue(completeVenue('v', [roomRecord('hall', { capacity: { theatre: 2000 }, notOffered: ['banquet'] })]), plenary, null, 800);
    expect(part(noBanquet, 'gala').ruledOut).toEqual({ kind: 'gala-size', largest: null, needed: 800 });
  });
  it('rooms beyond the list leave it open; a listed room with no banquet figure is named as unknown', () => {
    const small = venueRecordOf('v', { rooms: [roomRecord('hall', { capacity: { theatre: 2000, banquet: 600 } })] });
    expect(part(assessVenue(small, plenary, null, 800), 'gala')).toMatchObject({ level: 'unknown', rooms: [], unlisted: 1, largest: { room: { id: 'hall' } } });
    expect(part(assessVenue(venueRecordOf('v', { rooms: [hall(2000)] }), plenary, null, 800), 'gala')).toMatchObject({ level: 'unknown', rooms: [{ figure: { kind: 'none' } }], unlisted: 0 });
  });
});

describe('rooms that are not meeting rooms (a press room) are never matched', () => {
  it('a venue listing only press rooms has no room on file for the brief', () => {
    const venue = venueRecordOf('v', { rooms: [roomRecord('press-a', { upTo: 140, meetingRoom: false })] });
    const a = assessVenue(venue, { plenary: { seats: 100, layout: 'theatre' } }, null);
    expect(part(a, 'plenary')).toMatchObject({ level: 'unknown', rooms: [], unlisted: 1 });
    expect(groupForBrief([a])['no-room-figures']).toHaveLength(1);
  });
});

describe('grouping and ranking', () => {
  const standard: EventBrief = { plenary: { seats: 1000, layout: 'theatre' }, breakouts: { rooms: 3, seats: 100, layout: 'classroom' } };
  const fits = completeVenue('fits', [hall(1500), ...breakoutRooms(3, 100)], { city: 'hangzhou' });
  const likely = venueRecordOf('likely', { city: 'shanghai', rooms: [roomRecord('a', { upTo: 5000 }), roomRecord('b', { upTo: 600 }), roomRecord('c', { upTo: 600 }), roomRecord('d', { upTo: 600 })] });
  const plenaryFigure = venueRecordOf('plenary-figure', { city: 'beijing', rooms: [roomRecord('summit', { capacity: { theatre: 1800 } })] });
  const plenaryUpTo = venueRecordOf('plenary-up-to', { city: 'beijing', rooms: [roomRecord('hall', { upTo: 3000 })] });
  const bigger = venueRecordOf('bigger', { city: 'tianjin', rooms: [roomRecord('hall', { upTo: 6000 })] });
  const noRooms = ['atlantis', 'zzz', 'aaa', 'hyatt'].map((slug) => venueRecordOf(slug, { city: 'sanya' }));
  const noFit = completeVenue('no', [hall(100)], { city: 'sanya' });
  const all = [...noRooms, noFit, plenaryUpTo, likely, bigger, plenaryFigure, fits];
  const assess = (venues: VenueRecord[]) => venues.map((v) => assessVenue(v, standard, null));

  it('groups in the order fits, likely, may fit, does not fit, then the venues with no room figure at all', () => {
    const groups = groupForBrief(assess(all));
    expect(Object.keys(groups)).toEqual(['fits', 'likely-fits', 'may-fit', 'does-not-fit', 'no-room-figures']);
    expect(groups.fits.map((a) => a.venue.slug)).toEqual(['fits']);
    expect(groups['likely-fits'].map((a) => a.venue.slug)).toEqual(['likely']);
    expect(groups['does-not-fit'].map((a) => a.venue.slug)).toEqual(['no']);
  });
  it('ranks inside an outcome by evidence, then headroom, then slug: a published plenary figure above an "up to", a larger "up to" above a smaller', () => {
    const groups = groupForBrief(assess(all));
    expect(groups['may-fit'].map((a) => a.venue.slug)).toEqual(['plenary-figure', 'bigger', 'plenary-up-to']);
    expect(groups['no-room-figures'].map((a) => a.venue.slug)).toEqual(['aaa', 'atlantis', 'hyatt', 'zzz']);
  });
  it('gives one order whatever order the venues come in (so both languages rank alike)', () => {
    const slugs = (venues: VenueRecord[]) => Object.values(groupForBrief(assess(venues))).flat().map((a) => a.venue.slug);
    expect(slugs([...all].reverse())).toEqual(slugs(all));
  });
  it('asks by default the top of the ranking, up to the limit, and a venue with no room figure only where too few have figures', () => {
    const groups = groupForBrief(assess(all));
    expect(defaultRequest(groups, 3)).toEqual(['fits', 'likely', 'plenary-figure']);
    expect(defaultRequest(groups, 8)).toEqual(['fits', 'likely', 'plenary-figure', 'bigger', 'plenary-up-to', 'aaa', 'atlantis', 'hyatt']);
    expect(defaultRequest(groups, 8)).not.toContain('no');
  });
  it('ranks every venue a planner may ask, and none that does not fit', () => {
    const ranking = askableRanking(groupForBrief(assess(all)));
    expect(ranking.slice(0, 3)).toEqual(['fits', 'likely', 'plenary-figure']);
    expect(ranking).not.toContain('no');
    expect(ranking.length).toBeGreaterThan(8);
  });
  it('ranks cities by fits, then likely, then may fit with evidence, never by how many venues they have', () => {
    // Sanya has five venues, none with evidence; Hangzhou one that fits.
    expect(rankCitiesByFit(assess(all))).toEqual([
      { city: 'hangzhou', fits: 1, likely: 0, mayFit: 0 },
      { city: 'shanghai', fits: 0, likely: 1, mayFit: 0 },
      { city: 'beijing', fits: 0, likely: 0, mayFit: 2 },
      { city: 'tianjin', fits: 0, likely: 0, mayFit: 1 },
    ]);
  });
});
