/**
 * A request for proposal against the site's data: each venue's outcome (with the gala dinner), and
 * the `mailto:` that carries a summary. Pure: the page's island and the tests use it alike; the
 * request itself (URL, caps) is in rfp-query.ts, its files in rfp-files.ts.
 */
import { assessVenue, type CityHotelSupply, type Outcome, type Reason } from './brief.ts';
import type { CityRecord, RoomRecord, VenueRecord } from '../build/open-data.ts';
import type { LinkScope, RfpRequest } from './rfp-query.ts';
import { roomHolds, roomListing } from './venues.ts';

/** The city's published hotel supply as brief matching reads it. */
export const cityHotelSupply = (city: Pick<CityRecord, 'hotelRooms'> | undefined): CityHotelSupply =>
  city?.hotelRooms ? { value: city.hotelRooms.value, year: city.hotelRooms.year } : null;

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
export function assessRequest(request: RfpRequest, venues: readonly VenueRecord[], cities: readonly CityRecord[]): RfpVenue[] {
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

/** The most characters the `mailto:` link may have, counted on the link itself, as encoded: what a mail client is handed and cuts. */
export const mailtoLimit = 1800;

export interface MailtoParts {
  /** Addresses to write to; none where the content has none. */
  recipients: readonly string[];
  subject: string;
  /** Lines that always go first (what the event is), in order; the last ones go if nothing else helps. */
  head: readonly string[];
  /** One line per venue, in order; trimmed from the end, with `moreVenues(left, shown)` saying how many were left out. */
  venues: readonly string[];
  moreVenues: (left: number, shown: number) => string;
  /** The notes line, or '' for none: the first thing dropped. */
  notes: string;
  /** The closing line for each link, from the full request to the shortest; the body always ends with one. */
  links: readonly { scope: LinkScope; line: string }[];
}

const encode = (text: string) => encodeURIComponent(text);
const mailtoHref = (recipients: readonly string[], subject: string, lines: readonly string[]) =>
  `mailto:${recipients.map(encode).join(',')}?subject=${encode(subject)}&body=${encode(lines.join('\r\n'))}`;

/**
 * A `mailto:` link of at most `mailtoLimit` characters whose body ends with a link to the request,
 * the full one wherever it can. When too long it drops, in turn: the notes, venues from the end of
 * the list, head lines from the end; only then does it take a shorter link (without notes, then
 * without free text) and start again; last, only the shortest link.
 */
export function rfpMailto(parts: MailtoParts): { href: string; scope: LinkScope; venuesShown: number; notesShown: boolean } {
  const attempt = (link: MailtoParts['links'][number], head: readonly string[], notes: boolean, venuesShown: number) => {
    const left = parts.venues.length - venuesShown;
    const lines = [...head, ...parts.venues.slice(0, venuesShown), ...(left > 0 ? [parts.moreVenues(left, venuesShown)] : []), ...(notes && parts.notes ? [parts.notes] : []), '', link.line];
    return { href: mailtoHref(parts.recipients, parts.subject, lines), scope: link.scope, venuesShown, notesShown: notes && parts.notes !== '' };
  };
  for (const link of parts.links) {
    for (const notes of [true, false]) {
      for (let shown = parts.venues.length; shown >= 0; shown -= 1) {
        const result = attempt(link, parts.head, notes, shown);
        if (result.href.length <= mailtoLimit) return result;
      }
    }
    for (let kept = parts.head.length - 1; kept >= 0; kept -= 1) {
      const result = attempt(link, parts.head.slice(0, kept), false, 0);
      if (result.href.length <= mailtoLimit) return result;
    }
  }
  const shortest = parts.links[parts.links.length - 1] ?? { scope: 'programme' as const, line: '' };
  // Only the link: the subject is cut to what is left.
  let subject = parts.subject;
  while (subject !== '' && mailtoHref(parts.recipients, subject, [shortest.line]).length > mailtoLimit) subject = Array.from(subject).slice(0, -1).join('');
  return { href: mailtoHref(parts.recipients, subject, [shortest.line]), scope: shortest.scope, venuesShown: 0, notesShown: false };
}
