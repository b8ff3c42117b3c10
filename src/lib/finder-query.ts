/**
 * The venue finder's state in the URL query, so a result is a link to share and Back works.
 * Unknown or malformed values are dropped, never trusted: the query comes from anyone.
 */
import type { EventBrief } from './brief.ts';
import { isLayout, layouts, type Layout } from './layouts.ts';
import { venueTypes, type VenueType } from './vocabulary.ts';
import { noFilters, sortKeys, type SortKey, type VenueFilters } from './venue-filter.ts';

export interface FinderState {
  filters: VenueFilters;
  sort: SortKey;
  brief?: EventBrief;
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A positive whole number of at most seven digits, or undefined: the query comes from anyone. */
export function positiveWhole(value: string | null): number | undefined {
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

export function parseFinderQuery(query: string | URLSearchParams): FinderState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters: VenueFilters = {
    cities: [...new Set(list(params, 'city').filter((c) => slugPattern.test(c)))],
    types: [...new Set(list(params, 'type').filter((t): t is VenueType => (venueTypes as readonly string[]).includes(t)))],
    layout: layoutOr(params.get('layout'), noFilters.layout),
  };
  const optional = {
    minCapacity: positiveWhole(params.get('seats')),
    minLargestRoomArea: positiveWhole(params.get('area')),
    minRooms: positiveWhole(params.get('rooms')),
    minHotelRooms: positiveWhole(params.get('hotel')),
    maxAirportKm: positiveWhole(params.get('airport')),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(filters, { [key]: value });

  const sortValue = params.get('sort');
  const sort: SortKey = (sortKeys as readonly string[]).includes(sortValue ?? '') ? (sortValue as SortKey) : 'capacity';

  const state: FinderState = { filters, sort };
  const plenarySeats = positiveWhole(params.get('plenary'));
  if (plenarySeats !== undefined) {
    const brief: EventBrief = { plenary: { seats: plenarySeats, layout: layoutOr(params.get('plenaryLayout'), 'theatre') } };
    const breakoutRooms = positiveWhole(params.get('breakouts'));
    const breakoutSeats = positiveWhole(params.get('breakoutSeats'));
    if (breakoutRooms !== undefined && breakoutSeats !== undefined) {
      brief.breakouts = { rooms: breakoutRooms, seats: breakoutSeats, layout: layoutOr(params.get('breakoutLayout'), 'classroom') };
    }
    const exhibition = positiveWhole(params.get('exhibition'));
    if (exhibition !== undefined) brief.exhibitionArea = exhibition;
    const cityHotels = positiveWhole(params.get('cityHotels'));
    if (cityHotels !== undefined) brief.cityHotelRooms = cityHotels;
    state.brief = brief;
  }
  return state;
}

/** The query string for a state, leaving out defaults so links stay short. */
export function finderQuery(state: FinderState): string {
  const params = new URLSearchParams();
  const { filters, sort, brief } = state;
  if (filters.cities.length > 0) params.set('city', filters.cities.join(','));
  if (filters.types.length > 0) params.set('type', filters.types.join(','));
  if (filters.layout !== noFilters.layout) params.set('layout', filters.layout);
  const numbers: [string, number | undefined][] = [
    ['seats', filters.minCapacity],
    ['area', filters.minLargestRoomArea],
    ['rooms', filters.minRooms],
    ['hotel', filters.minHotelRooms],
    ['airport', filters.maxAirportKm],
  ];
  for (const [key, value] of numbers) if (value !== undefined) params.set(key, String(value));
  if (sort !== 'capacity') params.set('sort', sort);
  if (brief) {
    params.set('plenary', String(brief.plenary.seats));
    params.set('plenaryLayout', brief.plenary.layout);
    if (brief.breakouts) {
      params.set('breakouts', String(brief.breakouts.rooms));
      params.set('breakoutSeats', String(brief.breakouts.seats));
      params.set('breakoutLayout', brief.breakouts.layout);
    }
    if (brief.exhibitionArea !== undefined) params.set('exhibition', String(brief.exhibitionArea));
    if (brief.cityHotelRooms !== undefined) params.set('cityHotels', String(brief.cityHotelRooms));
  }
  return params.toString().replace(/%2C/g, ',');
}

