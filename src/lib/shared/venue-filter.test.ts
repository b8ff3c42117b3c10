import { describe, expect, it } from 'vitest';
import { completeVenue, roomRecord, venueRecordOf, venueWithTotal } from '../testing/records.ts';
import { allOf, capacityEvidence, facetCounts, figureFilterAnswer, isListed, layoutCounts, matchFilters, noFilters, sortVenues } from './venue-filter.ts';

const detail = { source: 'source-1', about: false, orMore: false, year: null };
const expo = completeVenue('expo', [roomRecord('hall', { area: 5000, capacity: { theatre: 3000, banquet: 2000 } }), roomRecord('room', { area: 200, capacity: { theatre: 150 } })], {
  airportKm: 20,
  figureDetails: { airportKm: detail },
});
const hotel = completeVenue('hotel', [roomRecord('ballroom', { area: 1500, capacity: { theatre: 1200, banquet: 900 } })], {
  type: 'conference-hotel',
  hotelRooms: 600,
  airportKm: 35,
  figureDetails: { hotelRooms: detail, airportKm: detail },
});
// Sanya lists one room and publishes neither its total nor its airport distance.
const sanya = venueRecordOf('sanya', { city: 'sanya', type: 'resort', hotelRooms: 400, figureDetails: { hotelRooms: detail }, rooms: [roomRecord('ballroom', { area: 800, capacity: { banquet: 500 } })] });
const all = [expo, hotel, sanya];
const listed = (f = noFilters) => all.filter((v) => isListed(v, f)).map((v) => v.slug);

describe('filters answer yes, no or unknown', () => {
  it('lists everything with no filters', () => {
    expect(listed()).toEqual(['expo', 'hotel', 'sanya']);
  });
  it('filters by city and type', () => {
    expect(listed({ ...noFilters, cities: ['sanya'] })).toEqual(['sanya']);
    expect(listed({ ...noFilters, types: ['conference-hotel', 'resort'] })).toEqual(['hotel', 'sanya']);
  });
  it('minimum seats: the largest single listed room in the layout, boundary included', () => {
    expect(matchFilters(expo, { ...noFilters, minCapacity: 3000 }).answer).toBe('yes');
    expect(matchFilters(expo, { ...noFilters, minCapacity: 3001 }).answer).toBe('no');
    expect(matchFilters(hotel, { ...noFilters, layout: 'banquet', minCapacity: 900 }).answer).toBe('yes');
  });
  it('a venue with an incomplete list is unknown, not "no", for seats it does not prove, naming its largest listed figure', () => {
    expect(matchFilters(sanya, { ...noFilters, layout: 'banquet', minCapacity: 1000 })).toMatchObject({
      answer: 'unknown',
      unknown: ['minCapacity'],
      capacity: { level: 'ruled-out', figure: { kind: 'layout', layout: 'banquet', seats: 500 }, room: { id: 'ballroom' } },
    });
  });
  it('an "up to" figure or an estimate from area leaves the answer open and is what the venue is shown with', () => {
    const hall = venueRecordOf('v', { rooms: [roomRecord('small', { upTo: 600 }), roomRecord('silver', { upTo: 5000 }), roomRecord('meeting', { area: 990 })] });
    expect(capacityEvidence(hall, 'theatre', 3000)).toMatchObject({ answer: 'unknown', best: { level: 'indicated', room: { id: 'silver' }, figure: { kind: 'up-to', people: 5000 } } });
    const byArea = venueRecordOf('v', { rooms: [roomRecord('meeting', { area: 990 })] });
    expect(capacityEvidence(byArea, 'theatre', 900)).toMatchObject({ answer: 'unknown', best: { level: 'indicated', figure: { kind: 'estimate', people: [990, 990] } } });
    // Among rooms ruled out, the one with the largest figure is named.
    const both = venueRecordOf('v', { rooms: [roomRecord('a', { upTo: 1000 }), roomRecord('b', { area: 2000, moreThan: 1000 })] });
    expect(capacityEvidence(both, 'theatre', 3000).best?.room.id).toBe('b');
  });
  it('an estimate never proves seats: only a published figure for the layout does', () => {
    expect(capacityEvidence(completeVenue('v', [roomRecord('hall', { area: 5000 })]), 'theatre', 1000).answer).toBe('unknown');
  });
  it('a room with no figure in the layout leaves a complete list open', () => {
    const noClassroom = completeVenue('v', [roomRecord('hall', { area: 2000, capacity: { theatre: 1500 } })]);
    expect(figureFilterAnswer(noClassroom, 'minCapacity', { ...noFilters, layout: 'classroom', minCapacity: 500 })).toBe('unknown');
    expect(figureFilterAnswer(noClassroom, 'minCapacity', { ...noFilters, layout: 'classroom', minCapacity: 5000 })).toBe('no');
  });
  it('largest room area: a room without an area leaves the answer open', () => {
    expect(figureFilterAnswer(expo, 'minLargestRoomArea', { ...noFilters, minLargestRoomArea: 5000 })).toBe('yes');
    expect(figureFilterAnswer(expo, 'minLargestRoomArea', { ...noFilters, minLargestRoomArea: 6000 })).toBe('no');
    expect(figureFilterAnswer(completeVenue('v', [roomRecord('r', { capacity: { theatre: 100 } })]), 'minLargestRoomArea', { ...noFilters, minLargestRoomArea: 10 })).toBe('unknown');
  });
  it('meeting rooms: the published total counts where not every room is listed', () => {
    const partial = venueWithTotal('v', [roomRecord('a', { area: 10 })], 61);
    expect(figureFilterAnswer(partial, 'minRooms', { ...noFilters, minRooms: 50 })).toBe('yes');
    expect(figureFilterAnswer(partial, 'minRooms', { ...noFilters, minRooms: 62 })).toBe('no');
    expect(figureFilterAnswer(venueWithTotal('v', [], 100, true), 'minRooms', { ...noFilters, minRooms: 150 })).toBe('unknown');
    expect(figureFilterAnswer(sanya, 'minRooms', { ...noFilters, minRooms: 2 })).toBe('unknown');
    expect(figureFilterAnswer(expo, 'minRooms', { ...noFilters, minRooms: 3 })).toBe('no');
  });
  it('hotel rooms and airport distance: a figure nobody published is unknown', () => {
    expect(figureFilterAnswer(hotel, 'minHotelRooms', { ...noFilters, minHotelRooms: 600 })).toBe('yes');
    expect(figureFilterAnswer(expo, 'minHotelRooms', { ...noFilters, minHotelRooms: 1 })).toBe('unknown');
    expect(figureFilterAnswer(expo, 'maxAirportKm', { ...noFilters, maxAirportKm: 20 })).toBe('yes');
    expect(figureFilterAnswer(hotel, 'maxAirportKm', { ...noFilters, maxAirportKm: 20 })).toBe('no');
    expect(figureFilterAnswer(sanya, 'maxAirportKm', { ...noFilters, maxAirportKm: 20 })).toBe('unknown');
  });
  it('combines answers: any no is no; else any unknown is unknown', () => {
    expect(allOf(['yes', 'unknown', 'no'])).toBe('no');
    expect(allOf(['yes', 'unknown'])).toBe('unknown');
    expect(allOf([])).toBe('yes');
  });
  it('names every filter a venue has no figure for; any "no" drops it', () => {
    expect(matchFilters(sanya, { ...noFilters, maxAirportKm: 30, minRooms: 3 })).toEqual({ answer: 'unknown', unknown: ['minRooms', 'maxAirportKm'] });
    expect(matchFilters(sanya, { ...noFilters, maxAirportKm: 30, minHotelRooms: 500 }).answer).toBe('no');
  });
});

describe('facetCounts', () => {
  it('counts, per city and type, the venues that would be listed with that value ticked', () => {
    const { cities, types } = facetCounts(all, { ...noFilters, cities: ['sanya'], minCapacity: 1000 });
    // The city facet ignores the city ticked; the type facet keeps it.
    expect(Object.fromEntries(cities)).toEqual({ hangzhou: 2, sanya: 1 });
    expect(types.get('resort')).toBe(1);
    expect(types.get('convention-centre')).toBe(0);
    expect(types.get('university-venue')).toBe(0);
  });
  it('counts the venues that publish any figure in each layout', () => {
    expect(Object.fromEntries(layoutCounts(all, ['theatre', 'banquet', 'u_shape']))).toEqual({ theatre: 2, banquet: 3, u_shape: 0 });
  });
});

describe('sortVenues', () => {
  it('by capacity in the chosen layout, largest first; a venue without the figure last', () => {
    expect(sortVenues(all, 'capacity', 'theatre', 'en').map((v) => v.slug)).toEqual(['expo', 'hotel', 'sanya']);
    expect(sortVenues(all, 'capacity', 'banquet', 'en').map((v) => v.slug)).toEqual(['expo', 'hotel', 'sanya']);
  });
  it('by largest room area', () => {
    expect(sortVenues(all, 'area', 'theatre', 'en').map((v) => v.slug)).toEqual(['expo', 'hotel', 'sanya']);
  });
  it('by airport distance, nearest first; unknown distance last, not first', () => {
    expect(sortVenues(all, 'airport', 'theatre', 'en').map((v) => v.slug)).toEqual(['expo', 'hotel', 'sanya']);
  });
  it('by name in the page’s language', () => {
    const named = [venueRecordOf('b', { name: { en: 'Beta', zh: '阿' } }), venueRecordOf('a', { name: { en: 'Alpha', zh: '北' } })];
    expect(sortVenues(named, 'name', 'theatre', 'en').map((v) => v.slug)).toEqual(['a', 'b']);
    expect(sortVenues(named, 'name', 'theatre', 'zh').map((v) => v.slug)).toEqual(['b', 'a']);
  });
});
