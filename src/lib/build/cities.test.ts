import { describe, expect, it } from 'vitest';
import { largestExhibitionVenue, largestListedRoom } from './cities.ts';
import { roomRecord, venueRecordOf } from '../testing/records.ts';

describe('city figures derived from its venues, by a stated rule', () => {
  const expo = venueRecordOf('expo', { exhibitionSpace: 300000, rooms: [roomRecord('press-a', { capacity: { theatre: 140 } })] });
  const centre = venueRecordOf('centre', { exhibitionSpace: 40000, rooms: [roomRecord('hall', { capacity: { theatre: 5100 } }), roomRecord('ballroom', { capacity: { banquet: 6000 } })] });
  const resort = venueRecordOf('resort', { rooms: [roomRecord('ballroom', { upTo: 8000 })] });

  it('the largest listed room is the most people one room takes, naming room, layout and venue', () => {
    expect(largestListedRoom([expo, centre, resort])).toMatchObject({ seats: 8000, layout: null, room: { id: 'ballroom' }, venue: { slug: 'resort' } });
    expect(largestListedRoom([expo, centre])).toMatchObject({ seats: 6000, layout: 'banquet', venue: { slug: 'centre' } });
  });
  it('a theatre figure wins a tie between venues', () => {
    const theatre = venueRecordOf('theatre', { rooms: [roomRecord('t', { capacity: { theatre: 6000 } })] });
    expect(largestListedRoom([centre, theatre])).toMatchObject({ layout: 'theatre', venue: { slug: 'theatre' } });
  });
  it('a city with no venues has no largest room', () => {
    expect(largestListedRoom([])).toBeUndefined();
  });
  it('most exhibition space is a venue total, so an expo centre with two small press rooms still leads', () => {
    expect(largestExhibitionVenue([centre, expo, resort])?.slug).toBe('expo');
    expect(largestExhibitionVenue([resort])).toBeUndefined();
  });
});
