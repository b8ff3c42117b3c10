import { largestRoomCapacity, type RoomFigures } from './venues.ts';

/** How many venues each city has. Cities without venues are absent (read as 0). */
export function venueCountByCity(venues: readonly { city: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const venue of venues) counts.set(venue.city, (counts.get(venue.city) ?? 0) + 1);
  return counts;
}

/** A city's venue whose largest room seats the most in theatre style; undefined when it has none. */
export function largestVenueInCity<V extends { city: string; rooms: readonly RoomFigures[] }>(venues: readonly V[], city: string): V | undefined {
  let best: V | undefined;
  for (const venue of venues) {
    if (venue.city !== city) continue;
    if (!best || largestRoomCapacity(venue, 'theatre') > largestRoomCapacity(best, 'theatre')) best = venue;
  }
  return best;
}
