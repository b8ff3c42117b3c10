/**
 * The venue finder's state in the URL query, so a result is a link to share and Back works.
 * Unknown or malformed values are dropped, never trusted: the query comes from anyone. The filter
 * keys are also the names of the finder's form fields; the brief's keys live in brief-query.ts.
 */
import type { EventBrief } from './brief.ts';
import { layoutOr, parseBriefQuery, positiveWhole, writeBriefQuery } from './brief-query.ts';
import { slugPattern } from './slug.ts';
import { venueTypes, type VenueType } from './vocabulary.ts';
import { noFilters, sortKeys, type FigureFilter, type SortKey, type VenueFilters } from './venue-filter.ts';

/** The query key of the planner's dates beside the brief: the request's own key, so the finder hands them on. */
export const datesKey = 'dates';

/** The dates as given (YYYY-MM, YYYY-MM-DD, from/to, or words), without control characters, at most 60 characters; undefined when empty. */
export function parseBriefDates(params: URLSearchParams): string | undefined {
  const value = Array.from((params.get(datesKey) ?? '').replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').trim()).slice(0, 60).join('').trim();
  return value === '' ? undefined : value;
}

export interface FinderState {
  filters: VenueFilters;
  sort: SortKey;
  brief?: EventBrief;
  /** The planner's dates, checked against holidays, travel peaks and fairs. */
  dates?: string;
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

const figureKeys: [FigureFilter, string][] = [
  ['minCapacity', filterKeys.minCapacity],
  ['minLargestRoomArea', filterKeys.minLargestRoomArea],
  ['minRooms', filterKeys.minRooms],
  ['minHotelRooms', filterKeys.minHotelRooms],
  ['maxAirportKm', filterKeys.maxAirportKm],
];

const list = (params: URLSearchParams, key: string) =>
  params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

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
  const brief = parseBriefQuery(params);
  const dates = parseBriefDates(params);
  return { filters, sort, ...(brief ? { brief } : {}), ...(dates ? { dates } : {}) };
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
  if (brief) writeBriefQuery(params, brief);
  if (state.dates) params.set(datesKey, state.dates);
  return params.toString().replace(/%2C/g, ',');
}
