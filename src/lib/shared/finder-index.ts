/**
 * The compact index the venue finder reads (/data/finder-index.json): per venue only the fields
 * filtering, sorting and brief matching use, and per city its hotel supply. Not a public contract:
 * the full records are /data/venues.json and /data/cities.json.
 */
import type { CityRecord, SourceRecord, VenueRecord } from './records.ts';

/** A venue as the finder reads it: a subset of its record, its sources by id only (for "[n]" marks). */
export type IndexedVenue = Pick<
  VenueRecord,
  | 'slug'
  | 'city'
  | 'type'
  | 'name'
  | 'airportKm'
  | 'airportsStraightLine'
  | 'hotelRooms'
  | 'meetingSpace'
  | 'exhibitionSpace'
  | 'rooms'
  | 'meetingRoomsTotal'
  | 'figureDetails'
  | 'allRoomsListed'
> & { sources: Pick<SourceRecord, 'id'>[] };

export interface FinderIndex {
  venues: IndexedVenue[];
  cities: Pick<CityRecord, 'slug' | 'hotelRooms'>[];
}

/**
 * The index from the records. A venue whose status changed (closed, partly demolished, being
 * rebuilt) is left out: its figures no longer describe what a planner can book.
 */
export function finderIndex(venues: readonly VenueRecord[], cities: readonly CityRecord[]): FinderIndex {
  return {
    venues: venues
      .filter((v) => v.status === null)
      .map((v) => ({
        slug: v.slug,
        city: v.city,
        type: v.type,
        name: v.name,
        airportKm: v.airportKm,
        airportsStraightLine: v.airportsStraightLine,
        hotelRooms: v.hotelRooms,
        meetingSpace: v.meetingSpace,
        exhibitionSpace: v.exhibitionSpace,
        rooms: v.rooms,
        meetingRoomsTotal: v.meetingRoomsTotal,
        figureDetails: v.figureDetails,
        allRoomsListed: v.allRoomsListed,
        sources: v.sources.map((s) => ({ id: s.id })),
      })),
    cities: cities.map((c) => ({ slug: c.slug, hotelRooms: c.hotelRooms })),
  };
}
