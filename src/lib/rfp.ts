/**
 * A request for proposal (RFP): the finder's brief, the shortlisted venues, and what a request needs
 * besides (event, organisation, dates, delegates, hotel rooms, a gala dinner, notes). It lives in
 * the URL, so the request is a link; the site sends nothing anywhere. Pure: the page's island and
 * the tests use it alike. Every value comes from anyone's URL, so each is checked and capped.
 */
import { assessVenue, type CityHotelSupply, type EventBrief, type Outcome, type Reason } from './brief.ts';
import { compareCsv, csvField, type CompareRow } from './compare.ts';
import { finderQuery, parseFinderQuery, positiveWhole } from './finder-query.ts';
import type { CityRecord, RoomRecord, VenueRecord } from './open-data.ts';
import { compareQuery, parseCompareQuery } from './shortlist.ts';
import { noFilters } from './venue-filter.ts';
import { roomHolds, roomListing } from './venues.ts';

/** How far the dates may move. */
export const flexibilities = ['fixed', 'flexible', 'open'] as const;
export type Flexibility = (typeof flexibilities)[number];

/** The most characters each free-text field keeps (counted in Unicode characters, not UTF-16 units). */
export const textLimits = { event: 120, organisation: 120, dates: 60, notes: 1000 } as const;
export type TextField = keyof typeof textLimits;

/** The counts a request gives besides the brief; each a positive whole number or absent. */
export const countFields = ['delegates', 'international', 'peakRooms', 'roomNights', 'gala'] as const;
export type CountField = (typeof countFields)[number];

export interface RfpRequest {
  brief?: EventBrief;
  /** Well-formed venue slugs, in the order given (at most the shortlist's limit). */
  venues: string[];
  /** Venue values that are not even slugs: named back as unknown, as text. */
  malformed: string[];
  event: string;
  organisation: string;
  /** Preferred dates: YYYY-MM, YYYY-MM-DD, a range of those joined by "/", or free text. */
  dates: string;
  flexibility?: Flexibility;
  /** Delegates in all, from abroad, hotel rooms on the peak night, room nights in all, banquet seats for a gala dinner. */
  counts: Partial<Record<CountField, number>>;
  notes: string;
}

/** The query's key for each field (the brief's keys are the finder's, the venues the shortlist's). */
export const rfpKeys = {
  event: 'event',
  organisation: 'org',
  dates: 'dates',
  flexibility: 'flex',
  delegates: 'delegates',
  international: 'abroad',
  peakRooms: 'peakRooms',
  roomNights: 'roomNights',
  gala: 'gala',
  notes: 'notes',
} as const satisfies Record<TextField | CountField | 'flexibility', string>;

/** Text with control characters removed (line breaks kept where allowed), trimmed and capped. */
export function cleanText(value: string | null, limit: number, multiline = false): string {
  if (value === null) return '';
  const normalised = value.replace(/\r\n?/g, '\n').replace(multiline ? /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g : /[\u0000-\u001F\u007F-\u009F]/g, multiline ? '' : ' ');
  return Array.from(normalised.trim()).slice(0, limit).join('').trim();
}

/** What the dates field says: a day, a month, a range of either, or text to show as it is. */
export type RfpDates =
  | { kind: 'none' }
  | { kind: 'day' | 'month'; value: string }
  | { kind: 'range'; from: string; to: string }
  | { kind: 'text'; value: string };

const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isoMonth = /^\d{4}-(0[1-9]|1[0-2])$/;
const isDay = (value: string) => isoDay.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const dateKind = (value: string) => (isDay(value) ? 'day' : isoMonth.test(value) ? 'month' : undefined);

export function readDates(text: string): RfpDates {
  const value = text.trim();
  if (value === '') return { kind: 'none' };
  const single = dateKind(value);
  if (single) return { kind: single, value };
  const [from = '', to = '', ...rest] = value.split('/').map((part) => part.trim());
  if (rest.length === 0 && dateKind(from) && dateKind(from) === dateKind(to) && from < to) return { kind: 'range', from, to };
  return { kind: 'text', value };
}

export function parseRfpQuery(query: string | URLSearchParams): RfpRequest {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const { brief } = parseFinderQuery(params);
  const { list, malformed } = parseCompareQuery(`venues=${encodeURIComponent(params.getAll('venues').join(','))}`);
  const flex = params.get(rfpKeys.flexibility);
  const counts: RfpRequest['counts'] = {};
  for (const field of countFields) {
    const n = positiveWhole(params.get(rfpKeys[field]));
    if (n !== undefined) counts[field] = n;
  }
  return {
    ...(brief ? { brief } : {}),
    venues: list.venues,
    malformed: [...new Set(malformed.map((value) => cleanText(value, 60)))].slice(0, 8),
    event: cleanText(params.get(rfpKeys.event), textLimits.event),
    organisation: cleanText(params.get(rfpKeys.organisation), textLimits.organisation),
    dates: cleanText(params.get(rfpKeys.dates), textLimits.dates),
    ...((flexibilities as readonly string[]).includes(flex ?? '') ? { flexibility: flex as Flexibility } : {}),
    counts,
    notes: cleanText(params.get(rfpKeys.notes), textLimits.notes, true),
  };
}

/** What a link to the request may leave out to be short enough: nothing, the notes, or all free text. */
export type LinkScope = 'full' | 'no-notes' | 'programme';
export const linkScopes: readonly LinkScope[] = ['full', 'no-notes', 'programme'];

/** The query string of a request (brief, venues, then the rest; notes last), leaving out what `scope` drops. */
export function rfpQuery(request: RfpRequest, scope: LinkScope = 'full'): string {
  const params = new URLSearchParams(request.brief ? finderQuery({ filters: noFilters, sort: 'capacity', brief: request.brief }) : '');
  for (const [key, value] of new URLSearchParams(compareQuery({ venues: request.venues, cities: [] }))) params.set(key, value);
  const text = (field: TextField) => {
    if (request[field] !== '') params.set(rfpKeys[field], request[field]);
  };
  if (scope !== 'programme') {
    text('event');
    text('organisation');
    text('dates');
  }
  if (request.flexibility) params.set(rfpKeys.flexibility, request.flexibility);
  for (const field of countFields) if (request.counts[field] !== undefined) params.set(rfpKeys[field], String(request.counts[field]));
  if (scope === 'full') text('notes');
  return params.toString().replace(/%2C/g, ',');
}

/** The links to a request, from the full one to the shortest; scopes that drop nothing are left out. */
export function requestLinks(pageUrl: string, request: RfpRequest): { scope: LinkScope; url: string }[] {
  const links: { scope: LinkScope; url: string }[] = [];
  for (const scope of linkScopes) {
    const query = rfpQuery(request, scope);
    const url = `${pageUrl}${query ? `?${query}` : ''}`;
    if (!links.some((link) => link.url === url)) links.push({ scope, url });
  }
  return links;
}

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

/** The request without one venue: what "Drop from the request" leaves. */
export const withoutVenue = (request: RfpRequest, slug: string): RfpRequest => ({ ...request, venues: request.venues.filter((s) => s !== slug) });

/** The request as data: the same fields as the URL, and per venue what the page shows. */
export function rfpJson(
  request: RfpRequest,
  assessed: readonly RfpVenue[],
  context: { link: string; locale: 'en' | 'zh'; reasons: (venue: RfpVenue) => string[]; roomName: (room: RoomRecord) => string; venuePage: (slug: string) => string },
) {
  const dates = readDates(request.dates);
  return {
    link: context.link,
    language: context.locale,
    event: request.event || null,
    organisation: request.organisation || null,
    dates: dates.kind === 'none' ? null : dates,
    flexibility: request.flexibility ?? null,
    delegates: request.counts.delegates ?? null,
    delegatesFromAbroad: request.counts.international ?? null,
    hotelRoomsPeakNight: request.counts.peakRooms ?? null,
    roomNights: request.counts.roomNights ?? null,
    galaDinnerBanquetSeats: request.counts.gala ?? null,
    programme: request.brief ?? null,
    notes: request.notes || null,
    venues: assessed.map((a) => ({
      slug: a.slug,
      known: a.venue !== null,
      name: a.venue?.name ?? null,
      city: a.venue?.city ?? null,
      page: a.venue ? context.venuePage(a.slug) : null,
      outcome: a.outcome ?? null,
      reasons: context.reasons(a),
      plenaryRoom: a.plenaryRoom ? context.roomName(a.plenaryRoom) : null,
      breakoutRooms: a.breakoutRooms?.map(context.roomName) ?? [],
      galaRoom: a.galaRoom ? context.roomName(a.galaRoom) : null,
      sources: a.venue?.sources.map((s) => s.url) ?? [],
      verified: a.venue?.verified ?? null,
    })),
    unrecognised: request.malformed,
  };
}

/**
 * The request as CSV (BOM, RFC 4180, CRLF, via compare.ts): the request's fields as label/value
 * rows, a blank line, then the venues side by side as on the compare page.
 */
export function rfpCsv(fields: { label: string; value: string | number | null }[], venueHeaders: string[], venueRows: readonly CompareRow[]): string {
  const lines = fields.map((field) => `${csvField(field.label)},${csvField(field.value)}\r\n`).join('');
  // compareCsv starts with the BOM; the file has one, at its very start.
  const venues = venueHeaders.length > 0 ? `\r\n${compareCsv(venueHeaders, venueRows).slice(1)}` : '';
  return `\uFEFF${lines}${venues}`;
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
 * A `mailto:` link of at most `mailtoLimit` characters whose body ends with a link to the request.
 * When too long it drops, in turn: the notes, venues from the end of the list, then uses a shorter
 * link (without notes, then without free text), then head lines from the end; last, only the link.
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
  }
  const shortest = parts.links[parts.links.length - 1] ?? { scope: 'programme' as const, line: '' };
  for (let kept = parts.head.length - 1; kept >= 0; kept -= 1) {
    const result = attempt(shortest, parts.head.slice(0, kept), false, 0);
    if (result.href.length <= mailtoLimit) return result;
  }
  // Only the link: the subject is cut to what is left.
  let subject = parts.subject;
  while (subject !== '' && mailtoHref(parts.recipients, subject, [shortest.line]).length > mailtoLimit) subject = Array.from(subject).slice(0, -1).join('');
  return { href: mailtoHref(parts.recipients, subject, [shortest.line]), scope: shortest.scope, venuesShown: 0, notesShown: false };
}
