import { describe, expect, it } from 'vitest';
import { completeVenue, roomRecord, venueRecordOf, venueWithTotal } from '../testing/records.ts';
import {
  allOf,
  headlineCapacity,
  largestConcurrentSet,
  largestListedRoom,
  roomArea,
  roomHolds,
  roomListing,
  roomName,
  roomsOverlap,
  roomUpperBound,
} from './venues.ts';

describe('roomHolds: what a room’s published figures prove', () => {
  it('a figure in the layout proves or rules out, boundary included', () => {
    const hall = roomRecord('hall', { capacity: { theatre: 1000 } });
    expect(roomHolds(hall, 'theatre', 1000)).toBe('yes');
    expect(roomHolds(hall, 'theatre', 1001)).toBe('no');
  });
  it('a layout the source says is not offered rules the room out', () => {
    expect(roomHolds(roomRecord('hall', { notOffered: ['banquet'], area: 5000 }), 'banquet', 10)).toBe('no');
  });
  it('no figure in the layout is unknown, never 0', () => {
    expect(roomHolds(roomRecord('hall', { capacity: { banquet: 800 } }), 'theatre', 500)).toBe('unknown');
  });
  it('an "up to" figure bounds every layout: below the need rules out, above it leaves the layout open', () => {
    const ballroom = roomRecord('ballroom', { upTo: 1320 });
    expect(roomHolds(ballroom, 'theatre', 1321)).toBe('no');
    expect(roomHolds(ballroom, 'theatre', 1320)).toBe('unknown');
    expect(roomHolds(ballroom, 'banquet', 600)).toBe('unknown');
  });
  it('an area alone rules a room out only where no layout could fit the people (2 a square metre)', () => {
    const room = roomRecord('room', { area: 100 });
    expect(roomHolds(room, 'theatre', 201)).toBe('no');
    expect(roomHolds(room, 'theatre', 200)).toBe('unknown');
  });
});

describe('room size', () => {
  it('takes length × width where no area is published', () => {
    expect(roomArea(roomRecord('r', { length: 40, width: 30 }))).toBe(1200);
    expect(roomArea(roomRecord('r', { area: 1000, length: 40, width: 30 }))).toBe(1000);
    expect(roomArea(roomRecord('r'))).toBeNull();
  });
  it('an area published as "more than" bounds nothing', () => {
    expect(roomUpperBound(roomRecord('r', { area: 100, areaQualifier: 'or-more' }))).toBeNull();
    expect(roomHolds(roomRecord('r', { area: 100, areaQualifier: 'or-more' }), 'theatre', 500)).toBe('unknown');
  });
  it('"more than N people" is a minimum: it never rules a room out', () => {
    expect(roomHolds(roomRecord('r', { moreThan: 1000 }), 'theatre', 5000)).toBe('unknown');
    expect(roomUpperBound(roomRecord('r', { moreThan: 1000 }))).toBeNull();
  });
  it('bounds people by the tighter of "up to" and area', () => {
    expect(roomUpperBound(roomRecord('r', { upTo: 500, area: 100 }))).toBe(200);
    expect(roomUpperBound(roomRecord('r', { upTo: 150, area: 100 }))).toBe(150);
    expect(roomUpperBound(roomRecord('r'))).toBeNull();
  });
});

describe('roomListing: how many of its rooms a venue lists', () => {
  const rooms = [roomRecord('a'), roomRecord('b'), roomRecord('a1', { partOf: 'a' })];
  it('counts whole rooms, not sections', () => {
    expect(roomListing(venueRecordOf('v', { rooms })).listed).toBe(2);
  });
  it('is complete when the venue says its list is complete', () => {
    expect(roomListing(completeVenue('v', rooms))).toMatchObject({ complete: true, unlisted: 0 });
  });
  it('is complete when the list reaches the published total', () => {
    expect(roomListing(venueWithTotal('v', rooms, 2))).toMatchObject({ complete: true, unlisted: 0 });
  });
  it('leaves the difference unlisted when the total is exact', () => {
    expect(roomListing(venueWithTotal('v', rooms, 12))).toMatchObject({ complete: false, unlisted: 10, total: 12, totalOrMore: false });
  });
  it('bounds nothing when the total is "100+" or not published', () => {
    expect(roomListing(venueWithTotal('v', rooms, 100, true))).toMatchObject({ complete: false, unlisted: Number.POSITIVE_INFINITY, totalOrMore: true });
    expect(roomListing(venueRecordOf('v', { rooms }))).toMatchObject({ complete: false, unlisted: Number.POSITIVE_INFINITY, total: null });
  });
});

describe('venue figures', () => {
  const venue = venueRecordOf('v', {
    rooms: [roomRecord('hall', { area: 5000, capacity: { theatre: 3000, banquet: 2000 } }), roomRecord('room', { capacity: { theatre: 150 } })],
  });
  it('largest capacity in a layout is the largest single listed room, named', () => {
    expect(largestListedRoom(venue, 'theatre')).toMatchObject({ value: 3000, orMore: false, room: { id: 'hall' } });
  });
  it('a layout no listed room publishes is null, not 0', () => {
    expect(largestListedRoom(venue, 'classroom')).toBeNull();
  });
  it('an area nobody published is null, not a guess', () => {
    expect(largestListedRoom(venueRecordOf('v', { rooms: [roomRecord('room', { capacity: { theatre: 100 } })] }), 'area')).toBeNull();
    expect(largestListedRoom(venue, 'area')).toMatchObject({ value: 5000, orMore: false });
  });
  it('an area published as "more than N" is the largest by N and says it is a lower bound', () => {
    const hall = venueRecordOf('v', { rooms: [roomRecord('central', { area: 2700, areaQualifier: 'or-more', moreThan: 2000 }), roomRecord('small', { area: 800 })] });
    expect(largestListedRoom(hall, 'area')).toMatchObject({ value: 2700, orMore: true, room: { id: 'central' } });
  });
  it('an area worked out from length and width counts, and names its room', () => {
    const measured = venueRecordOf('v', { rooms: [roomRecord('a', { area: 500 }), roomRecord('b', { length: 40, width: 30 })] });
    expect(largestListedRoom(measured, 'area')).toMatchObject({ value: 1200, room: { id: 'b' } });
  });
});

describe('headlineCapacity', () => {
  it('is the most people one listed room publishes in any figure, naming room and layout', () => {
    const headline = headlineCapacity(venueRecordOf('v', { rooms: [roomRecord('small', { capacity: { theatre: 300, reception: 900 } }), roomRecord('big', { capacity: { theatre: 800 } })] }));
    expect(headline).toMatchObject({ seats: 900, layout: 'reception', room: { id: 'small' } });
  });
  it('an "up to" larger than any layout figure is the headline, with no layout', () => {
    const headline = headlineCapacity(venueRecordOf('v', { rooms: [roomRecord('hall', { upTo: 6000 }), roomRecord('ballroom', { capacity: { banquet: 3500 } })] }));
    expect(headline).toMatchObject({ seats: 6000, layout: null, orMore: false, room: { id: 'hall' } });
  });
  it('on a tie, "more than" first (it is more), then theatre seats, another layout, "up to"', () => {
    const tie = (rooms: Parameters<typeof roomRecord>[1][]) => headlineCapacity(venueRecordOf('v', { rooms: rooms.map((r, i) => roomRecord(`r${i}`, r)) }));
    expect(tie([{ capacity: { banquet: 1000 } }, { capacity: { theatre: 1000 } }])).toMatchObject({ layout: 'theatre' });
    expect(tie([{ upTo: 1000 }, { capacity: { banquet: 1000 } }])).toMatchObject({ layout: 'banquet' });
    expect(tie([{ upTo: 1000 }, { moreThan: 1000 }])).toMatchObject({ layout: null, orMore: true });
    expect(tie([{ capacity: { theatre: 1000 } }, { moreThan: 1000 }])).toMatchObject({ orMore: true });
    expect(tie([{ moreThan: 2000 }])).toMatchObject({ seats: 2000, layout: null, orMore: true });
  });
  it('is undefined when no room publishes a number of people', () => {
    expect(headlineCapacity(venueRecordOf('v', { rooms: [roomRecord('r', { area: 500 })] }))).toBeUndefined();
  });
});

describe('sections of a divisible room', () => {
  const ballroom = roomRecord('ballroom');
  const a = roomRecord('a', { partOf: 'ballroom' });
  const b = roomRecord('b', { partOf: 'ballroom' });
  const a1 = roomRecord('a1', { partOf: 'a' });
  const other = roomRecord('other');
  const venue = venueRecordOf('v', { rooms: [ballroom, a, b, a1, other] });
  it('a room overlaps its sections at any depth, and sections of one room do not overlap each other', () => {
    expect(roomsOverlap(venue, ballroom, a1)).toBe(true);
    expect(roomsOverlap(venue, a1, ballroom)).toBe(true);
    expect(roomsOverlap(venue, a, b)).toBe(false);
    expect(roomsOverlap(venue, a, other)).toBe(false);
  });
  it('never books a room together with one of its sections', () => {
    const chosen = largestConcurrentSet(venue, new Set(['ballroom', 'a', 'b', 'other'])).map((r) => r.id);
    expect(chosen.sort()).toEqual(['a', 'b', 'other']);
  });
  it('books the whole room when no section qualifies', () => {
    expect(largestConcurrentSet(venue, new Set(['ballroom', 'other'])).map((r) => r.id)).toEqual(['ballroom', 'other']);
  });
});

describe('allOf and roomName', () => {
  it('any no is no; else any unknown is unknown', () => {
    expect(allOf(['yes', 'unknown', 'no'])).toBe('no');
    expect(allOf(['yes', 'unknown'])).toBe('unknown');
    expect(allOf([])).toBe('yes');
  });
  it('gives a room’s name in the other language, saying which, when only that one is published', () => {
    expect(roomName(roomRecord('r', { name: { en: null, zh: '大宴会厅' } }), 'en')).toEqual({ text: '大宴会厅', locale: 'zh' });
    expect(roomName(roomRecord('r', { name: { en: 'Ballroom', zh: '宴会厅' } }), 'zh')).toEqual({ text: '宴会厅', locale: 'zh' });
  });
});
