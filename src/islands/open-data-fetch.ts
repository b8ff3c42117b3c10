/** The open data the finder, compare and RFP islands read, fetched from this site. Throws when either file cannot be had, so each island can say so. */
import type { CityRecord, VenueRecord } from '../lib/shared/records.ts';

export async function fetchOpenData(): Promise<{ venues: VenueRecord[]; cities: CityRecord[] }> {
  const responses = await Promise.all([fetch('/data/venues.json'), fetch('/data/cities.json')]);
  if (responses.some((response) => !response.ok)) throw new Error('The open data could not be loaded.');
  const [venues, cities] = (await Promise.all(responses.map((response) => response.json()))) as [VenueRecord[], CityRecord[]];
  return { venues, cities };
}
