import { describe, expect, it } from 'vitest';
import type { Room } from './schemas.ts';
import { filterVenues, matchesFilters, noFilters, type FinderVenue } from './venue-filter.ts';

const room = (area: number, capacity: Room['capacity']): Room => ({ name: { en: 'R', zh: '室' }, area, capacity });
const venue = (slug: string, overrides: Partial<FinderVenue>): FinderVenue => ({
  slug,
  city: 'hangzhou',
  type: 'convention-centre',
  name: { en: slug, zh: slug },
  airportKm: 20,
  hotelRooms: null,
  exhibitionSpace: null,
  rooms: [room(1000, { theatre: 1000 })],
  ...overrides,
});

const expo = venue('expo', { rooms: [room(5000, { theatre: 3000, banquet: 2000 }), room(200, { theatre: 150 })], airportKm: 20 });
const hotel = venue('hotel', { type: 'conference-hotel', hotelRooms: 600, rooms: [room(1500, { theatre: 1200, banquet: 900 })], airportKm: 35 });
const sanya = venue('sanya', { city: 'sanya', type: 'resort', hotelRooms: 400, rooms: [room(800, { banquet: 500 })], airportKm: 12 });
const all = [expo, hotel, sanya];

describe('matchesFilters', () => {
  it('passes everything with no filters', () => {
    expect(all.every((v) => matchesFilters(v, noFilters))).toBe(true);
  });
  it('filters by city and type', () => {
    expect(all.filter((v) => matchesFilters(v, { ...noFilters, cities: ['sanya'] }))).toEqual([sanya]);
    expect(all.filter((v) => matchesFilters(v, { ...noFilters, types: ['conference-hotel', 'resort'] }))).toEqual([hotel, sanya]);
  });
  it('minimum capacity is the largest single room in the chosen layout, boundary included', () => {
    const banquet900 = { ...noFilters, layout: 'banquet' as const, minCapacity: 900 };
    expect(all.filter((v) => matchesFilters(v, banquet900))).toEqual([expo, hotel]);
  });
  it('a venue without the layout does not pass a capacity filter', () => {
    expect(matchesFilters(sanya, { ...noFilters, layout: 'theatre', minCapacity: 1 })).toBe(false);
  });
  it('filters by largest room area, room count, hotel rooms and airport distance', () => {
    expect(all.filter((v) => matchesFilters(v, { ...noFilters, minLargestRoomArea: 1500 }))).toEqual([expo, hotel]);
    expect(all.filter((v) => matchesFilters(v, { ...noFilters, minRooms: 2 }))).toEqual([expo]);
    expect(all.filter((v) => matchesFilters(v, { ...noFilters, minHotelRooms: 500 }))).toEqual([hotel]);
    expect(all.filter((v) => matchesFilters(v, { ...noFilters, maxAirportKm: 20 }))).toEqual([expo, sanya]);
  });
});

describe('filterVenues sorting', () => {
  it('by capacity in the chosen layout, largest first', () => {
    expect(filterVenues(all, { ...noFilters, layout: 'banquet' }, 'capacity', 'en').map((v) => v.slug)).toEqual(['expo', 'hotel', 'sanya']);
  });
  it('by airport distance, nearest first', () => {
    expect(filterVenues(all, noFilters, 'airport', 'en').map((v) => v.slug)).toEqual(['sanya', 'expo', 'hotel']);
  });
  it('by largest room area', () => {
    expect(filterVenues(all, noFilters, 'area', 'en').map((v) => v.slug)).toEqual(['expo', 'hotel', 'sanya']);
  });
  it('by name in the page’s language', () => {
    const named = [venue('b', { name: { en: 'Beta', zh: '北' } }), venue('a', { name: { en: 'Alpha', zh: '安' } })];
    expect(filterVenues(named, noFilters, 'name', 'en').map((v) => v.slug)).toEqual(['a', 'b']);
  });
});
