/**
 * What a venue's page and card show, worded for one language: headline, key figures with the
 * source each comes from, and the rooms in table order. Pages render it; the rules live in venues.ts.
 */
import type { Locale } from '../../i18n/locales.ts';
import { dictionary, translate } from '../../i18n/ui.ts';
import { formatArea, formatNumber, qualified } from './format.ts';
import type { FigureDetail, RoomRecord, VenueRecord, VenueTotal } from '../shared/records.ts';
import { roomListingText } from '../shared/listing-text.ts';
import { inSentence } from '../shared/seating.ts';
import { sourceNumber } from './source-text.ts';
import { airportDataset } from './airport-distances.ts';
import { headlineCapacity, largestListedRoom, meetingRooms, roomListing, roomName, type Headline } from '../shared/venues.ts';

export interface Fact {
  label: string;
  value: string;
  note?: string;
  href?: string;
  /** Number of the source in the page's list. */
  source?: number;
}

/** "3 listed (the venue has more than 100)", "12, all listed", "3 listed; total not on file". */
export function venueRoomListingText(venue: VenueRecord, locale: Locale): string {
  return roomListingText(roomListing(venue), dictionary(locale), (n) => formatNumber(locale, n));
}

/** A headline figure in words: "5,100 (theatre)", "up to 1,320 (layout not stated)", "more than 1,000 (…)". */
export function headlineText(headline: Headline, locale: Locale): string {
  const n = formatNumber(locale, headline.seats);
  if (headline.layout !== null) return translate(locale, 'venue.headlineValue', { n, layout: inSentence(translate(locale, `layout.${headline.layout}`)) });
  return translate(locale, headline.orMore ? 'venue.headlineMoreThan' : 'venue.headlineUpTo', { n });
}

/**
 * The headline capacity as a fact: what it is (largest listed room, in which layout) and which room.
 * Where every listed room is something other than a meeting room (a press room), it says so rather
 * than let such a room head the venue.
 */
export function headlineFact(venue: VenueRecord, locale: Locale): Fact | undefined {
  const headline = headlineCapacity(venue);
  if (!headline) {
    return venue.rooms.length > 0 && meetingRooms(venue).length === 0 ? { label: translate(locale, 'venue.headline'), value: translate(locale, 'venue.headlineNoMeetingRooms') } : undefined;
  }
  return {
    label: translate(locale, roomListing(venue).complete ? 'venue.headlineAll' : 'venue.headline'),
    value: headlineText(headline, locale),
    note: roomName(headline.room, locale).text,
    source: sourceNumber(venue.sources, headline.room.source),
  };
}

/** A venue total with its qualifiers ("about", "+"), its unit, the year it was true and its source. */
function totalFact(venue: VenueRecord, locale: Locale, key: VenueTotal, label: string, unit?: 'common.sqm' | 'common.km' | 'common.roomCount'): Fact | undefined {
  const value = venue[key];
  const detail = venue.figureDetails[key] as FigureDetail | undefined;
  if (value === null || !detail) return undefined;
  const number = qualified(locale, formatNumber(locale, value), detail);
  return {
    label,
    value: unit ? translate(locale, unit, { n: number }) : number,
    note: detail.year === null ? undefined : translate(locale, 'common.figureYear', { year: detail.year }),
    source: sourceNumber(venue.sources, detail.source),
  };
}

/**
 * The straight-line distances to the city's airports, computed from the venue's coordinates (their
 * source is the mark) and the dataset's airport positions: said to be a straight line, never a road.
 */
function straightLineFact(venue: VenueRecord, locale: Locale): Fact | undefined {
  if (venue.airportsStraightLine.length === 0 || !venue.coordinates) return undefined;
  return {
    label: translate(locale, 'venue.straightLine'),
    value: venue.airportsStraightLine.map((line) => translate(locale, 'venue.straightLineValue', { code: line.code, n: formatNumber(locale, line.km) })).join(translate(locale, 'venue.straightLineSeparator')),
    note: translate(locale, 'venue.straightLineNote', { dataset: `${airportDataset.name} ${airportDataset.version}`, licence: airportDataset.licence }),
    source: sourceNumber(venue.sources, venue.coordinates.source),
  };
}

/** The key figures a venue publishes, each pointing to its source; figures nobody published are left out. */
export function venueKeyFacts(venue: VenueRecord, locale: Locale, cityName: string, cityHref: string): Fact[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const largestArea = largestListedRoom(venue, 'area');
  return [
    { label: t('venue.type'), value: translate(locale, `venueType.${venue.type}`) },
    { label: t('venue.city'), value: cityName, href: cityHref },
    headlineFact(venue, locale),
    largestArea === null
      ? undefined
      : { label: t('venue.largestRoom'), value: qualified(locale, formatArea(locale, largestArea.value), { about: false, orMore: largestArea.orMore }), source: sourceNumber(venue.sources, largestArea.room.source) },
    { label: t('venue.meetingRooms'), value: venueRoomListingText(venue, locale), source: venue.figureDetails.meetingRoomsTotal ? sourceNumber(venue.sources, venue.figureDetails.meetingRoomsTotal.source) : undefined },
    totalFact(venue, locale, 'meetingSpace', t('venue.meetingSpace'), 'common.sqm'),
    totalFact(venue, locale, 'exhibitionSpace', t('venue.exhibitionSpace'), 'common.sqm'),
    // A hotel's own rooms are its guest rooms; a centre's are those of the hotels that belong to it.
    totalFact(venue, locale, 'hotelRooms', t(venue.type === 'conference-hotel' || venue.type === 'resort' ? 'venue.guestRooms' : 'venue.hotelRooms'), 'common.roomCount'),
    totalFact(venue, locale, 'airportKm', t('venue.airport'), 'common.km'),
    straightLineFact(venue, locale),
    venue.opened === null ? undefined : { label: t('venue.opened'), value: translate(locale, 'common.year', { year: venue.opened }), source: 1 },
  ].filter((fact): fact is Fact => fact !== undefined);
}

export interface RoomRow {
  room: RoomRecord;
  /** 0 for a room, 1 for a section of it, 2 for a section of a section. */
  depth: number;
  /** The room this one is a section of, by name in the page's language. */
  sectionOf?: string;
}

/** Rooms in table order: each room followed by its sections, in the order the file lists them. */
export function roomRows(venue: Pick<VenueRecord, 'rooms'>, locale: Locale): RoomRow[] {
  const byId = new Map(venue.rooms.map((room) => [room.id, room]));
  const rows: RoomRow[] = [];
  const add = (room: RoomRecord, depth: number) => {
    const parent = room.partOf === null ? undefined : byId.get(room.partOf);
    rows.push({ room, depth, ...(parent ? { sectionOf: roomName(parent, locale).text } : {}) });
    for (const section of venue.rooms) if (section.partOf === room.id) add(section, depth + 1);
  };
  for (const room of venue.rooms) if (room.partOf === null || !byId.has(room.partOf)) add(room, 0);
  return rows;
}
