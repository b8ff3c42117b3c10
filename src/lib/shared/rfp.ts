/**
 * A request for proposal against the site's data: each venue's outcome (with the gala dinner).
 * Pure: the page's island and the tests use it alike; the request itself (URL, caps) is in
 * rfp-query.ts, its e-mail in rfp-mail.ts, its files in rfp-files.ts.
 */
import { assessVenue, cityHotelSupply, type Outcome, type Reason } from './brief.ts';

export { outcomes } from './brief.ts';
import type { CityRecord, RoomRecord, VenueRecord } from './records.ts';
import type { RfpRequest } from './rfp-query.ts';
import { roomHolds, roomListing } from './venues.ts';

/** A gala dinner at the venue: ruled out by the figures, or open (no banquet figure, or rooms not all listed). */
export type GalaReason = { kind: 'gala-size'; largest: number | null; needed: number } | { kind: 'gala-unknown'; needed: number };
export type RfpReason = Reason | GalaReason;

export interface RfpVenue {
  slug: string;
  /** Null for a slug no venue has: named as unknown, never dropped silently. */
  venue: VenueRecord | null;
  /** Absent without a brief: nothing to assess against. */
  outcome?: Outcome;
  reasons: RfpReason[];
  plenaryRoom?: RoomRecord;
  breakoutRooms?: RoomRecord[];
  galaRoom?: RoomRecord;
}

/** Can one room seat the gala in banquet layout? The smallest room that can, or why not, or what to ask. */
export function assessGala(venue: VenueRecord, seats: number): { outcome: Outcome; room?: RoomRecord; reason?: GalaReason } {
  const answers = venue.rooms.map((room) => ({ room, answer: roomHolds(room, 'banquet', seats) }));
  const yes = answers.filter((a) => a.answer === 'yes').sort((a, b) => (a.room.capacity.banquet ?? 0) - (b.room.capacity.banquet ?? 0));
  if (yes[0]) return { outcome: 'fits', room: yes[0].room };
  if (answers.some((a) => a.answer === 'unknown') || !roomListing(venue).complete) return { outcome: 'may-fit', reason: { kind: 'gala-unknown', needed: seats } };
  const banquet = venue.rooms.flatMap((room) => room.capacity.banquet ?? []);
  return { outcome: 'does-not-fit', reason: { kind: 'gala-size', largest: banquet.length > 0 ? Math.max(...banquet) : null, needed: seats } };
}

const rank: Record<Outcome, number> = { fits: 0, 'may-fit': 1, 'does-not-fit': 2 };

/**
 * Each requested venue against the request: the brief's three outcomes (brief.ts), and the gala
 * dinner, which the venue is asked to host too; the worse of the two is the venue's outcome, and a
 * venue that does not fit gives only what rules it out.
 */
export function assessRequest(request: RfpRequest, venues: readonly VenueRecord[], cities: readonly Pick<CityRecord, 'slug' | 'hotelRooms'>[]): RfpVenue[] {
  return request.venues.map((slug) => {
    const venue = venues.find((v) => v.slug === slug) ?? null;
    if (!venue || !request.brief) return { slug, venue, reasons: [] };
    const a = assessVenue(venue, request.brief, cityHotelSupply(cities.find((c) => c.slug === venue.city)));
    const gala = request.counts.gala === undefined ? undefined : assessGala(venue, request.counts.gala);
    const outcome = gala && rank[gala.outcome] > rank[a.outcome] ? gala.outcome : a.outcome;
    const reasons: RfpReason[] = [
      ...(a.outcome === outcome ? a.reasons : []),
      ...(gala?.reason && gala.outcome === outcome ? [gala.reason] : []),
    ];
    const rooms = outcome === 'does-not-fit' ? {} : { plenaryRoom: a.plenaryRoom, breakoutRooms: a.breakoutRooms, galaRoom: gala?.room };
    return { slug, venue, outcome, reasons, ...Object.fromEntries(Object.entries(rooms).filter(([, v]) => v !== undefined)) };
  });
}
