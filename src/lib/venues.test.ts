import { describe, expect, it } from 'vitest';
import { largestVenueInCity, venueCountByCity } from './cities.ts';
import type { Room } from './schemas.ts';
import { largestRoomArea, largestRoomCapacity } from './venues.ts';

const room = (area: number, capacity: Room['capacity']): Room => ({ name: { en: 'R', zh: '室' }, area, capacity });

const expo = { city: 'hangzhou', rooms: [room(4800, { theatre: 3000, banquet: 2000 }), room(300, { theatre: 250, boardroom: 30 })] };
const hotel = { city: 'hangzhou', rooms: [room(1200, { theatre: 1000 })] };
const sanya = { city: 'sanya', rooms: [room(900, { banquet: 600 })] };

describe('venue figures', () => {
  it('largest capacity in a layout is the best single room, not a sum', () => {
    expect(largestRoomCapacity(expo, 'theatre')).toBe(3000);
    expect(largestRoomCapacity(expo, 'boardroom')).toBe(30);
  });
  it('a layout no room offers counts as 0', () => {
    expect(largestRoomCapacity(expo, 'classroom')).toBe(0);
  });
  it('largest room area', () => {
    expect(largestRoomArea(expo)).toBe(4800);
  });
  it('a room whose area is not published counts as 0, not as a guess', () => {
    const unknown = { rooms: [{ name: { en: 'Hall', zh: '厅' }, capacity: { theatre: 5500 } }] };
    expect(largestRoomArea(unknown)).toBe(0);
    expect(largestRoomCapacity(unknown, 'theatre')).toBe(5500);
  });
});

describe('city figures', () => {
  it('counts venues per city', () => {
    expect(venueCountByCity([expo, hotel, sanya])).toEqual(new Map([['hangzhou', 2], ['sanya', 1]]));
  });
  it('finds a city’s largest venue by theatre seats in one room', () => {
    expect(largestVenueInCity([hotel, expo, sanya], 'hangzhou')).toBe(expo);
  });
  it('a city with no venues has no largest venue', () => {
    expect(largestVenueInCity([expo], 'xian')).toBeUndefined();
  });
});
