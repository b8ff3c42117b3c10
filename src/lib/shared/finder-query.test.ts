import { describe, expect, it } from 'vitest';
import { finderQuery, parseFinderQuery } from './finder-query.ts';

describe('finder query', () => {
  it('an empty query is the unfiltered finder sorted by capacity', () => {
    expect(parseFinderQuery('')).toEqual({ filters: { cities: [], types: [], layout: 'theatre' }, sort: 'capacity' });
    expect(finderQuery(parseFinderQuery(''))).toBe('');
  });

  it('round-trips every filter and the brief', () => {
    const query =
      'city=hangzhou,xian&type=convention-centre&layout=banquet&seats=800&area=1000&rooms=5&hotel=300&airport=40&sort=airport' +
      '&plenary=1200&plenaryLayout=theatre&breakouts=6&breakoutSeats=80&breakoutLayout=classroom&exhibition=20000&cityHotels=5000';
    const state = parseFinderQuery(query);
    expect(state.filters).toEqual({
      cities: ['hangzhou', 'xian'],
      types: ['convention-centre'],
      layout: 'banquet',
      minCapacity: 800,
      minLargestRoomArea: 1000,
      minRooms: 5,
      minHotelRooms: 300,
      maxAirportKm: 40,
    });
    expect(state.brief).toEqual({
      plenary: { seats: 1200, layout: 'theatre' },
      breakouts: { rooms: 6, seats: 80, layout: 'classroom' },
      exhibitionArea: 20000,
      cityHotelRooms: 5000,
    });
    expect(parseFinderQuery(finderQuery(state))).toEqual(state);
  });

  it('drops malformed and hostile values instead of trusting them', () => {
    const state = parseFinderQuery('city=<img src=x onerror=alert(1)>&type=stadium&layout=cabaret&seats=-5&area=1e9&sort=evil&rooms=abc');
    expect(state).toEqual({ filters: { cities: [], types: [], layout: 'theatre' }, sort: 'capacity' });
  });

  it('ignores breakouts without both a count and a size', () => {
    expect(parseFinderQuery('plenary=500&breakouts=4').brief).toEqual({ plenary: { seats: 500, layout: 'theatre' } });
  });
});
