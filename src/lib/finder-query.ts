/**
 * The venue finder's state in the URL query, so a result is a link to share and Back works.
 * Unknown or malformed values are dropped, never trusted: the query comes from anyone.
 */
import type { EventBrief } from './brief.ts';
import { layoutOr, parseBriefQuery, positiveWhole, writeBriefQuery } from './brief-query.ts';
import { venueTypes, type VenueType } from './vocabulary.ts';
import { noFilters, sortKeys, type SortKey, type VenueFilters } from './venue-filter.ts';

export interface FinderState {
  filters: VenueFilters;
  sort: SortKey;
  brief?: EventBrief;
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const list = (params: URLSearchParams, key: string) =>
  params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

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
  const brief = parseBriefQuery(params);
  if (brief) state.brief = brief;
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
  if (brief) writeBriefQuery(params, brief);
  return params.toString().replace(/%2C/g, ',');
}

