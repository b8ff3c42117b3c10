/** A city's figures derived from its venues, each by a rule the page states. */
import type { VenueRecord } from '../shared/records.ts';
import { headlineCapacity, outranks, type Headline } from '../shared/venues.ts';

/**
 * The city's largest listed room: the most people one listed room of any of its venues publishes,
 * by the rule of `headlineCapacity`. Undefined when no listed room publishes a number of people.
 */
export function largestListedRoom<V extends Pick<VenueRecord, 'rooms'>>(venues: readonly V[]): (Headline & { venue: V }) | undefined {
  let best: (Headline & { venue: V }) | undefined;
  for (const venue of venues) {
    const headline = headlineCapacity(venue);
    if (headline && outranks({ ...headline, venue }, best)) best = { ...headline, venue };
  }
  return best;
}

/** The city's venue with the most published exhibition space; undefined when none publishes it. */
export function largestExhibitionVenue<V extends Pick<VenueRecord, 'exhibitionSpace'>>(venues: readonly V[]): V | undefined {
  let best: V | undefined;
  for (const venue of venues) {
    if (venue.exhibitionSpace !== null && (best?.exhibitionSpace ?? 0) < venue.exhibitionSpace) best = venue;
  }
  return best;
}
