/**
 * The venue finder's filters, facet counts and sorting: pure, shared by the page script and the tests.
 * A filter answers yes, no or unknown: a venue whose figures on file do not settle it is not dropped
 * as if it failed, it is kept apart with what its figures do say ("ask the venue").
 */
import { intlLocale } from '../../i18n/locales.ts';
import type { Layout } from './seating.ts';
import type { VenueRecord } from './records.ts';
import { venueTypes, type VenueType } from './vocabulary.ts';
import { byEvidence, figurePeople, roomEvidence, type RoomEvidence } from './evidence.ts';
import { headlineLayout, largestListedRoom, meetingRooms, roomArea, roomListing } from './venues.ts';

/** Three answers to "does this venue pass that filter?": proven by a published figure, ruled out by one, or open. */
export type Answer = 'yes' | 'no' | 'unknown';

/** The worst of several answers: any no is no; else any unknown is unknown. */
export function allOf(answers: Iterable<Answer>): Answer {
  let result: Answer = 'yes';
  for (const answer of answers) {
    if (answer === 'no') return 'no';
    if (answer === 'unknown') result = 'unknown';
  }
  return result;
}

/** What the finder reads of a venue (the venue record has it all). */
export type FinderVenue = Pick<
  VenueRecord,
  'slug' | 'city' | 'type' | 'name' | 'airportKm' | 'hotelRooms' | 'exhibitionSpace' | 'rooms' | 'meetingRoomsTotal' | 'figureDetails' | 'allRoomsListed'
>;

export interface VenueFilters {
  cities: string[];
  types: VenueType[];
  /** Layout the capacity filter and sort refer to. */
  layout: Layout;
  /** Minimum seats in one room in `layout`. */
  minCapacity?: number;
  /** Minimum area of the largest room, m². */
  minLargestRoomArea?: number;
  /** Minimum number of meeting rooms: the published total counts where not every room is listed. */
  minRooms?: number;
  /** Minimum rooms in on-site hotels. */
  minHotelRooms?: number;
  /** Maximum road distance to the airport, km. */
  maxAirportKm?: number;
}

/** The filters that read a published figure, each of which may be unknown for a venue. */
export const figureFilters = ['minCapacity', 'minLargestRoomArea', 'minRooms', 'minHotelRooms', 'maxAirportKm'] as const;
export type FigureFilter = (typeof figureFilters)[number];

export const sortKeys = ['capacity', 'area', 'airport', 'name'] as const;
export type SortKey = (typeof sortKeys)[number];

export const noFilters: VenueFilters = { cities: [], types: [], layout: headlineLayout };

/** A published figure against a threshold; a lower bound ("100+") proves only what it reaches. */
function atLeast(value: number | null, orMore: boolean, threshold: number): Answer {
  if (value === null) return 'unknown';
  if (value >= threshold) return 'yes';
  return orMore ? 'unknown' : 'no';
}

function roomsAtLeast(venue: FinderVenue, n: number): Answer {
  const { listed, total, totalOrMore, complete } = roomListing(venue);
  if (listed >= n || (total !== null && total >= n)) return 'yes';
  if (complete || (total !== null && !totalOrMore)) return 'no';
  return 'unknown';
}

/**
 * Seats in one room: yes where a room's figure for the layout proves it, no where every room is
 * listed and each is ruled out; else open, with the room whose figures say the most (an "up to", an
 * estimate from area, or the largest listed figure below the need) to name.
 */
export function capacityEvidence(venue: FinderVenue, layout: Layout, seats: number): { answer: Answer; best?: RoomEvidence } {
  let best: RoomEvidence | undefined;
  for (const room of meetingRooms(venue)) {
    const e = roomEvidence(room, layout, seats);
    if (e.level === 'confirmed') return { answer: 'yes', best: e };
    // Among rooms ruled out, the largest figure: "largest listed room: 1,800 theatre".
    const better = best && best.level === 'ruled-out' && e.level === 'ruled-out' ? (figurePeople(e.figure) ?? -1) > (figurePeople(best.figure) ?? -1) : !best || byEvidence(e, best) < 0;
    if (better) best = e;
  }
  const closed = roomListing(venue).complete && (!best || best.level === 'ruled-out');
  return closed ? { answer: 'no' } : { answer: 'unknown', ...(best ? { best } : {}) };
}

function areaAtLeast(venue: FinderVenue, m2: number): Answer {
  const areas = meetingRooms(venue).map(roomArea);
  if (areas.some((area) => area !== null && area >= m2)) return 'yes';
  return roomListing(venue).complete && areas.every((area) => area !== null) ? 'no' : 'unknown';
}

/** One filter's answer for a venue. */
export function figureFilterAnswer(venue: FinderVenue, filter: FigureFilter, f: VenueFilters): Answer {
  const threshold = f[filter];
  if (threshold === undefined) return 'yes';
  switch (filter) {
    case 'minCapacity':
      return capacityEvidence(venue, f.layout, threshold).answer;
    case 'minLargestRoomArea':
      return areaAtLeast(venue, threshold);
    case 'minRooms':
      return roomsAtLeast(venue, threshold);
    case 'minHotelRooms':
      return atLeast(venue.hotelRooms, venue.figureDetails.hotelRooms?.orMore ?? false, threshold);
    case 'maxAirportKm':
      return venue.airportKm === null ? 'unknown' : venue.airportKm <= threshold ? 'yes' : 'no';
  }
}

export interface FilterResult {
  answer: Answer;
  /** The filters the figures on file do not settle for the venue. */
  unknown: FigureFilter[];
  /** Where seats in one room are open: the room whose figures say the most. */
  capacity?: RoomEvidence;
}

export function matchFilters(venue: FinderVenue, f: VenueFilters): FilterResult {
  if (f.cities.length > 0 && !f.cities.includes(venue.city)) return { answer: 'no', unknown: [] };
  if (f.types.length > 0 && !f.types.includes(venue.type)) return { answer: 'no', unknown: [] };
  const unknown: FigureFilter[] = [];
  let capacity: RoomEvidence | undefined;
  for (const filter of figureFilters) {
    let answer: Answer;
    if (filter === 'minCapacity' && f.minCapacity !== undefined) {
      const seats = capacityEvidence(venue, f.layout, f.minCapacity);
      answer = seats.answer;
      if (answer === 'unknown') capacity = seats.best;
    } else answer = figureFilterAnswer(venue, filter, f);
    if (answer === 'no') return { answer, unknown: [] };
    if (answer === 'unknown') unknown.push(filter);
  }
  return { answer: unknown.length > 0 ? 'unknown' : 'yes', unknown, ...(capacity ? { capacity } : {}) };
}

/** A venue is listed unless a published figure rules it out. */
export const isListed = (venue: FinderVenue, f: VenueFilters) => matchFilters(venue, f).answer !== 'no';

/**
 * For each city and each venue type: how many venues would be listed with that value ticked
 * (the other filters as they are), so a planner sees "Conference hotel (0)" before trying it.
 */
export function facetCounts(venues: readonly FinderVenue[], f: VenueFilters): { cities: Map<string, number>; types: Map<VenueType, number> } {
  const cities = new Map<string, number>();
  const types = new Map<VenueType, number>(venueTypes.map((type) => [type, 0]));
  const withoutCities = { ...f, cities: [] };
  const withoutTypes = { ...f, types: [] };
  for (const venue of venues) {
    if (isListed(venue, withoutCities)) cities.set(venue.city, (cities.get(venue.city) ?? 0) + 1);
    if (isListed(venue, withoutTypes)) types.set(venue.type, (types.get(venue.type) ?? 0) + 1);
  }
  return { cities, types };
}

/** How many venues publish at least one figure in each layout: a layout no venue publishes is visible as (0). */
export function layoutCounts(venues: readonly FinderVenue[], layouts: readonly Layout[]): Map<Layout, number> {
  return new Map(layouts.map((layout) => [layout, venues.filter((venue) => largestListedRoom(venue, layout) !== null).length]));
}

/**
 * Listed venues in the chosen order: capacity and area largest first, airport nearest first,
 * name in the page language's collation. A venue without the figure sorts after those with it;
 * ties keep name order.
 */
export function sortVenues<V extends FinderVenue>(venues: readonly V[], sort: SortKey, layout: Layout, locale: 'en' | 'zh'): V[] {
  const collator = new Intl.Collator(intlLocale[locale]);
  const byName = (a: V, b: V) => collator.compare(a.name[locale], b.name[locale]);
  const key = (venue: V): number | null =>
    sort === 'capacity'
      ? negate(largestListedRoom(venue, layout)?.value ?? null)
      : sort === 'area'
        ? negate(largestListedRoom(venue, 'area')?.value ?? null)
        : sort === 'airport'
          ? venue.airportKm
          : 0;
  const keyed = venues.map((venue) => ({ venue, key: key(venue) }));
  keyed.sort((a, b) => (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) || (a.key ?? 0) - (b.key ?? 0) || byName(a.venue, b.venue));
  return keyed.map((k) => k.venue);
}

const negate = (n: number | null) => (n === null ? null : -n);
