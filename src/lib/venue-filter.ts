/** The venue finder's filters and sorting: pure, shared by the page script and the tests. */
import type { Layout } from './layouts.ts';
import type { VenueType } from './vocabulary.ts';
import { largestRoomArea, largestRoomCapacity, type RoomFigures } from './venues.ts';

/** What the finder needs of a venue (the open-data record has all of it). */
export interface FinderVenue {
  slug: string;
  city: string;
  type: VenueType;
  name: { en: string; zh: string };
  airportKm: number;
  hotelRooms: number | null;
  exhibitionSpace: number | null;
  rooms: readonly RoomFigures[];
}

export interface VenueFilters {
  cities: string[];
  types: VenueType[];
  /** Layout the capacity filter and sort refer to (theatre when not chosen). */
  layout: Layout;
  /** Minimum seats in one room in `layout`. */
  minCapacity?: number;
  /** Minimum area of the largest room, m². */
  minLargestRoomArea?: number;
  /** Minimum number of meeting rooms. */
  minRooms?: number;
  /** Minimum rooms in on-site hotels. */
  minHotelRooms?: number;
  /** Maximum road distance to the airport, km. */
  maxAirportKm?: number;
}

export const sortKeys = ['capacity', 'area', 'airport', 'name'] as const;
export type SortKey = (typeof sortKeys)[number];

export const noFilters: VenueFilters = { cities: [], types: [], layout: 'theatre' };

export function matchesFilters(venue: FinderVenue, f: VenueFilters): boolean {
  if (f.cities.length > 0 && !f.cities.includes(venue.city)) return false;
  if (f.types.length > 0 && !f.types.includes(venue.type)) return false;
  if (f.minCapacity !== undefined && largestRoomCapacity(venue, f.layout) < f.minCapacity) return false;
  if (f.minLargestRoomArea !== undefined && largestRoomArea(venue) < f.minLargestRoomArea) return false;
  if (f.minRooms !== undefined && venue.rooms.length < f.minRooms) return false;
  if (f.minHotelRooms !== undefined && (venue.hotelRooms ?? 0) < f.minHotelRooms) return false;
  if (f.maxAirportKm !== undefined && venue.airportKm > f.maxAirportKm) return false;
  return true;
}

/**
 * Venues that pass every filter, in the chosen order: capacity and area largest first, airport
 * nearest first, name in the page language's collation. Ties keep name order.
 */
export function filterVenues<V extends FinderVenue>(venues: readonly V[], f: VenueFilters, sort: SortKey, locale: 'en' | 'zh'): V[] {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-CN' : 'en');
  const byName = (a: V, b: V) => collator.compare(a.name[locale], b.name[locale]);
  const keyed = venues
    .filter((venue) => matchesFilters(venue, f))
    .map((venue) => ({
      venue,
      key:
        sort === 'capacity'
          ? -largestRoomCapacity(venue, f.layout)
          : sort === 'area'
            ? -largestRoomArea(venue)
            : sort === 'airport'
              ? venue.airportKm
              : 0,
    }));
  keyed.sort((a, b) => a.key - b.key || byName(a.venue, b.venue));
  return keyed.map((k) => k.venue);
}
