/**
 * How many of a venue's rooms the site lists, in words. Dictionary-free, so the compare island and
 * the build word it the same way from the same phrases.
 */
import { fillPlaceholders as fill } from '../i18n/placeholders.ts';
import type { RoomListing } from './venues.ts';

export type ListingPhrases = Record<'venue.roomsListedOf' | 'venue.roomsListedOfOrMore' | 'venue.roomsListed' | 'venue.roomsAll', string>;

/** "3 of 100+ listed", "12, all listed", "3 listed; total not published". */
export function roomListingText(listing: RoomListing, phrases: ListingPhrases, formatNumber: (n: number) => string): string {
  const { listed, total, totalOrMore, complete } = listing;
  const n = formatNumber;
  if (complete) return fill(phrases['venue.roomsAll'], { listed: n(listed) });
  if (total === null) return fill(phrases['venue.roomsListed'], { listed: n(listed) });
  return fill(phrases[totalOrMore ? 'venue.roomsListedOfOrMore' : 'venue.roomsListedOf'], { listed: n(listed), total: n(total) });
}
