/** The words the compare island (with its board pack and city charts) shows, picked on the server for one language and passed to it typed. */
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
  // The board pack and the city charts, drawn by the same island.
  ...keysStartingWith('board.'),
  ...keysStartingWith('chart.cities.'),
] as const;

export const compareLabels = (locale: Locale) => pick(locale, keys);
export type CompareLabelSet = ReturnType<typeof compareLabels>;
