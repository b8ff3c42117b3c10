/** The words the compare island's tables show, picked on the server for one language and passed to it typed. */
import type { Locale } from '../i18n/locales.ts';
import { keysStartingWith, pick } from '../i18n/ui.ts';
import { layouts } from '../lib/shared/seating.ts';
import { listingKeys } from '../lib/shared/listing-text.ts';
import { venueTypes } from '../lib/shared/vocabulary.ts';

const keys = [
  'compare.unknown',
  'compare.venues',
  'compare.cities',
  'compare.remove',
  'compare.verified',
  'compare.notVerified',
  'compare.largestRoomArea',
  'compare.largestLayout',
  'compare.exhibition',
  'compare.airportKm',
  'compare.province',
  'compare.airportCodes',
  'compare.cityHotelRooms',
  'compare.venueCount',
  'compare.ambassadors',
  'compare.foundingMember',
  'compare.yes',
  'compare.no',
  'compare.loadError',
  'compare.chartsLoadError',
  'common.source',
  'common.notOnFile',
  'common.km',
  'reason.listSeparator',
  'reason.separator',
  'common.orMore',
  'common.about',
  'compare.hotelRoomsScoped',
  'common.sqm',
  'common.colon',
  'city.hotelRoomsValue',
  'venue.city',
  'venue.type',
  'venue.meetingRooms',
  ...listingKeys,
  ...layouts.map((layout) => `layout.${layout}` as const),
  ...venueTypes.map((type) => `venueType.${type}` as const),
] as const;

export const compareLabels = (locale: Locale) => pick(locale, keys);
export type CompareLabelSet = ReturnType<typeof compareLabels>;

/**
 * The board pack's and the city charts' own words, fetched with their code from
 * /{locale}/words/board.json (src/pages/[locale]/words/[set].json.ts) when the planner scrolls to them.
 */
export const boardLabels = (locale: Locale) => pick(locale, [...keysStartingWith('board.'), ...keysStartingWith('chart.cities.')]);
export type BoardLabelSet = ReturnType<typeof boardLabels>;
