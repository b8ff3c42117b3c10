import { describe, expect, it } from 'vitest';
import { completeVenue, roomRecord, venueRecordOf, venueWithTotal } from '../testing/records.ts';
import { headlineCapacity, largestConcurrentCount, largestConcurrentSet, largestListedRoom, meetingRooms, roomArea, roomListing, roomName, roomsOverlap } from './venues.ts';

describe('room size', () => {
  it('takes length × width where no area is published', () => {
    expect(roomArea(roomRecord('r', { length: 40, width: 30 }))).toBe(1200);
    expect(roomArea(roomRecord('r', { area: 1000, length: 40, width: 30 }))).toBe(1000);
    expect(roomArea(roomRecord('r'))).toBeNull();
  });
});

describe('rooms that are not meeting rooms (a press room)', () => {
  const press = roomRecord('press', { upTo: 140, meetingRoom: false });
  const venue = venueRecordOf('v', { rooms: [press, roomRecord('hall', { area: 800 })] });
  it('are listed, but never counted among the meeting rooms', () => {
    expect(meetingRooms(venue).map((r) => r.id)).toEqual(['hall']);
    expect(roomListing(venue).listed).toBe(1);
  });
  it('never head a venue’s capacity, however many they hold', () => {
    expect(headlineCapacity(venueRecordOf('v', { rooms: [press] }))).toBeUndefined();
    expect(headlineCapacity(venueRecordOf('v', { rooms: [press, roomRecord('salon', { capacity: { theatre: 60 } })] }))).toMatchObject({ seats: 60, room: { id: 'salon' } });
    expect(largestListedRoom(venueRecordOf('v', { rooms: [roomRecord('p', { area: 900, meetingRoom: false })] }), 'area')).toBeNull();
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
    const chosen = largestConcurrentSet(venue, (room) => ['ballroom', 'a', 'b', 'other'].includes(room.id)).map((r) => r.id);
    expect(chosen.sort()).toEqual(['a', 'b', 'other']);
  });
  it('books beside a room already taken: neither it, its sections nor the room it is a section of', () => {
    const all = (room: { id: string }) => ['ballroom', 'a', 'b', 'a1', 'other'].includes(room.id);
    expect(largestConcurrentSet(venue, all, a).map((r) => r.id).sort()).toEqual(['b', 'other']);
    expect(largestConcurrentCount(venue, all, a)).toBe(2);
    expect(largestConcurrentSet(venue, all, ballroom).map((r) => r.id)).toEqual(['other']);
    expect(largestConcurrentCount(venue, all, other)).toBe(2);
  });
  it('counts what it would book without building the set', () => {
    expect(largestConcurrentCount(venue, (room) => ['ballroom', 'a', 'b', 'other'].includes(room.id))).toBe(3);
    expect(largestConcurrentCount(venue, (room) => ['ballroom', 'other'].includes(room.id))).toBe(2);
    expect(largestConcurrentCount(venue, () => false)).toBe(0);
  });
  it('books the whole room when no section qualifies', () => {
    expect(largestConcurrentSet(venue, (room) => ['ballroom', 'other'].includes(room.id)).map((r) => r.id)).toEqual(['ballroom', 'other']);
  });
});

describe('roomName', () => {
  it('gives a room’s name in the other language, saying which, when only that one is published', () => {
    expect(roomName(roomRecord('r', { name: { en: null, zh: '大宴会厅' } }), 'en')).toEqual({ text: '大宴会厅', locale: 'zh' });
    expect(roomName(roomRecord('r', { name: { en: 'Ballroom', zh: '宴会厅' } }), 'zh')).toEqual({ text: '宴会厅', locale: 'zh' });
  });
});
