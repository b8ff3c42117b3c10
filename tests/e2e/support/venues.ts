/** The finder's rules, re-derived independently from the open data, to check what the page shows. */
import { openData } from './site.ts';

export interface VenueRecord {
  slug: string;
  city: string;
  type: string;
  name: { en: string; zh: string };
  airportKm: number;
  hotelRooms: number | null;
  exhibitionSpace: number | null;
  verified: string | null;
  rooms: { name: { en: string; zh: string }; area: number | null; capacity: Record<string, number | undefined> }[];
}

export const venues = openData<VenueRecord>('venues');

export const largest = (venue: VenueRecord, layout: string) => Math.max(0, ...venue.rooms.map((r) => r.capacity[layout] ?? 0));

/** Whether a venue can host a plenary plus breakouts in distinct rooms, by brute force over room choices. */
export function canHost(venue: VenueRecord, plenary: [number, string], breakouts: [number, number, string]): boolean {
  const [seats, layout] = plenary;
  const [count, size, breakoutLayout] = breakouts;
  return venue.rooms.some((room, index) => {
    if ((room.capacity[layout] ?? 0) < seats) return false;
    const others = venue.rooms.filter((r, i) => i !== index && (r.capacity[breakoutLayout] ?? 0) >= size);
    return others.length >= count;
  });
}
