/**
 * The venue finder's state in the URL query, so a result is a link to share and Back works.
 * Unknown or malformed values are dropped, never trusted: the query comes from anyone. The keys
 * below are also the names of the finder's form fields, and the RFP page reads the same brief keys.
 */
import type { EventBrief } from './brief.ts';
import { isLayout, type Layout } from './layouts.ts';
import { slugPattern } from './slug.ts';
import { venueTypes, type VenueType } from './vocabulary.ts';
import { noFilters, sortKeys, type FigureFilter, type SortKey, type VenueFilters } from './venue-filter.ts';

export interface FinderState {
  filters: VenueFilters;
  sort: SortKey;
  brief?: EventBrief;
}

/** The query key of each filter. */
export const filterKeys = {
  cities: 'city',
  types: 'type',
  layout: 'layout',
  minCapacity: 'seats',
  minLargestRoomArea: 'area',
  minRooms: 'rooms',
  minHotelRooms: 'hotel',
  maxAirportKm: 'airport',
  sort: 'sort',
} as const satisfies Record<FigureFilter | 'cities' | 'types' | 'layout' | 'sort', string>;

/** The query key of each part of the brief. */
export const briefKeys = {
  plenary: 'plenary',
  plenaryLayout: 'plenaryLayout',
  breakouts: 'breakouts',
  breakoutSeats: 'breakoutSeats',
  breakoutLayout: 'breakoutLayout',
  exhibition: 'exhibition',
  cityHotels: 'cityHotels',
} as const;

/** The layouts a brief assumes when the query names none: planners' usual plenary and breakout set-ups. */
export const briefDefaults = { plenaryLayout: 'theatre', breakoutLayout: 'classroom' } as const satisfies Record<string, Layout>;

/** The brief's fields that take a number; clearing the brief empties these. */
export const briefNumberKeys = [briefKeys.plenary, briefKeys.breakouts, briefKeys.breakoutSeats, briefKeys.exhibition, briefKeys.cityHotels] as const;

const figureKeys: [FigureFilter, string][] = [
  ['minCapacity', filterKeys.minCapacity],
  ['minLargestRoomArea', filterKeys.minLargestRoomArea],
  ['minRooms', filterKeys.minRooms],
  ['minHotelRooms', filterKeys.minHotelRooms],
  ['maxAirportKm', filterKeys.maxAirportKm],
];

function positiveWhole(value: string | null): number | undefined {
  if (value === null || !/^\d{1,7}$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

const list = (params: URLSearchParams, key: string) =>
  params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

const layoutOr = (value: string | null, fallback: Layout): Layout => (isLayout(value) ? value : fallback);

/** The brief in a query, or undefined when it names no plenary. */
export function parseBrief(params: URLSearchParams): EventBrief | undefined {
  const plenarySeats = positiveWhole(params.get(briefKeys.plenary));
  if (plenarySeats === undefined) return undefined;
  const brief: EventBrief = { plenary: { seats: plenarySeats, layout: layoutOr(params.get(briefKeys.plenaryLayout), briefDefaults.plenaryLayout) } };
  const breakoutRooms = positiveWhole(params.get(briefKeys.breakouts));
  const breakoutSeats = positiveWhole(params.get(briefKeys.breakoutSeats));
  if (breakoutRooms !== undefined && breakoutSeats !== undefined) {
    brief.breakouts = { rooms: breakoutRooms, seats: breakoutSeats, layout: layoutOr(params.get(briefKeys.breakoutLayout), briefDefaults.breakoutLayout) };
  }
  const exhibition = positiveWhole(params.get(briefKeys.exhibition));
  if (exhibition !== undefined) brief.exhibitionArea = exhibition;
  const cityHotels = positiveWhole(params.get(briefKeys.cityHotels));
  if (cityHotels !== undefined) brief.cityHotelRooms = cityHotels;
  return brief;
}

/** Writes a brief into query parameters. */
export function writeBrief(params: URLSearchParams, brief: EventBrief): void {
  params.set(briefKeys.plenary, String(brief.plenary.seats));
  params.set(briefKeys.plenaryLayout, brief.plenary.layout);
  if (brief.breakouts) {
    params.set(briefKeys.breakouts, String(brief.breakouts.rooms));
    params.set(briefKeys.breakoutSeats, String(brief.breakouts.seats));
    params.set(briefKeys.breakoutLayout, brief.breakouts.layout);
  }
  if (brief.exhibitionArea !== undefined) params.set(briefKeys.exhibition, String(brief.exhibitionArea));
  if (brief.cityHotelRooms !== undefined) params.set(briefKeys.cityHotels, String(brief.cityHotelRooms));
}

export function parseFinderQuery(query: string | URLSearchParams): FinderState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters: VenueFilters = {
    cities: [...new Set(list(params, filterKeys.cities).filter((c) => slugPattern.test(c)))],
    types: [...new Set(list(params, filterKeys.types).filter((t): t is VenueType => (venueTypes as readonly string[]).includes(t)))],
    layout: layoutOr(params.get(filterKeys.layout), noFilters.layout),
  };
  for (const [filter, key] of figureKeys) {
    const value = positiveWhole(params.get(key));
    if (value !== undefined) filters[filter] = value;
  }
  const sortValue = params.get(filterKeys.sort);
  const sort: SortKey = (sortKeys as readonly string[]).includes(sortValue ?? '') ? (sortValue as SortKey) : 'capacity';
  const brief = parseBrief(params);
  return brief ? { filters, sort, brief } : { filters, sort };
}

/** The query string for a state, leaving out defaults so links stay short. */
export function finderQuery(state: FinderState): string {
  const params = new URLSearchParams();
  const { filters, sort, brief } = state;
  if (filters.cities.length > 0) params.set(filterKeys.cities, filters.cities.join(','));
  if (filters.types.length > 0) params.set(filterKeys.types, filters.types.join(','));
  if (filters.layout !== noFilters.layout) params.set(filterKeys.layout, filters.layout);
  for (const [filter, key] of figureKeys) {
    const value = filters[filter];
    if (value !== undefined) params.set(key, String(value));
  }
  if (sort !== 'capacity') params.set(filterKeys.sort, sort);
  if (brief) writeBrief(params, brief);
  return params.toString().replace(/%2C/g, ',');
}
