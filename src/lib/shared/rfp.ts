/**
 * A request for proposal against the site's data: each venue's outcome for the brief and the gala
 * dinner the request asks for too (brief.ts), part by part. Pure: the page's island and the tests use
 * it alike; the request itself (URL, caps) is in rfp-query.ts, its e-mail in rfp-mail.ts, its files
 * in rfp-files.ts.
 */
import { assessVenue, cityHotelSupply, type Outcome, type Part, type RoomPart } from './brief.ts';
import type { CityRecord, RoomRecord, VenueRecord } from './records.ts';
import type { RfpRequest } from './rfp-query.ts';

export interface RfpVenue {
  slug: string;
  /** Null for a slug no venue has: named as unknown, never dropped silently. */
  venue: VenueRecord | null;
  /** Absent without a brief: nothing to assess against. */
  outcome?: Outcome;
  /** One per part of the brief (and the gala dinner), in order. */
  parts: Part[];
}

/** The rooms a part names, unless it is ruled out. */
export const partRooms = (part: Part | undefined): RoomRecord[] => (part && 'rooms' in part && part.level !== 'ruled-out' ? (part as RoomPart).rooms.map((e) => e.room) : []);

/** Each requested venue against the request's brief and gala dinner. */
export function assessRequest(request: RfpRequest, venues: readonly VenueRecord[], cities: readonly Pick<CityRecord, 'slug' | 'hotelRooms'>[]): RfpVenue[] {
  return request.venues.map((slug) => {
    const venue = venues.find((v) => v.slug === slug) ?? null;
    if (!venue || !request.brief) return { slug, venue, parts: [] };
    const a = assessVenue(venue, request.brief, cityHotelSupply(cities.find((c) => c.slug === venue.city)), request.counts.gala);
    return { slug, venue, outcome: a.outcome, parts: a.parts };
  });
}
