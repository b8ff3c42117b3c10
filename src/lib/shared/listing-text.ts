/**
 * How many of a venue's rooms the site lists, in words. Dictionary-free, so the compare island and
 * the build word it the same way from the same phrases.
 */
import { fillPlaceholders as fill } from '../../i18n/placeholders.ts';
import type { RoomListing } from './venues.ts';

export const listingKeys = [
  'venue.roomsListedOf',
  'venue.roomsListedOfOrMore',
  'venue.roomsListed',
  'venue.roomsAll',
  'venue.roomsNone',
  'venue.roomsNoneOf',
  'venue.roomsNoneOfOrMore',
] as const;
export type ListingPhrases = Record<(typeof listingKeys)[number], string>;

/** "3 listed (the venue has more than 100)", "12, all listed", "3 listed; total not on file", "None listed yet; …". */
export function roomListingText(listing: RoomListing, phrases: ListingPhrases, formatNumber: (n: number) => string): string {
  const { listed, total, totalOrMore, complete } = listing;
  const n = formatNumber;
  if (complete) return fill(phrases['venue.roomsAll'], { listed: n(listed) });
  if (total === null) return fill(phrases[listed === 0 ? 'venue.roomsNone' : 'venue.roomsListed'], { listed: n(listed) });
  const key =
    listed === 0
      ? totalOrMore
        ? 'venue.roomsNoneOfOrMore'
        : 'venue.roomsNoneOf'
      : totalOrMore
        ? 'venue.roomsListedOfOrMore'
        : 'venue.roomsListedOf';
  return fill(phrases[key], { listed: n(listed), total: n(total) });
}
