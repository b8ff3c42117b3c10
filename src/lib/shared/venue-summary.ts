/**
 * What compare and its scorecard read of a venue: its figures, its rooms, and its sources by
 * publisher and date. Built once per build into /data/venue-summaries/{slug}.json, so a comparison
 * of three venues loads three small files; the full record (addresses, titles and links of its
 * sources) stays in /data/venues/{slug}.json, which the request reads for its files.
 */
import type { SourceName, VenueRecord } from './records.ts';
import { sourceName } from './citation.ts';

/** The fields of a venue's record that a summary keeps as they are. */
const keptFields = ['slug', 'city', 'type', 'name', 'meetingRoomsTotal', 'meetingSpace', 'exhibitionSpace', 'hotelRooms', 'airportKm', 'figureDetails', 'allRoomsListed', 'verified', 'rooms'] as const satisfies readonly (keyof VenueRecord)[];

export type VenueSummary = Pick<VenueRecord, (typeof keptFields)[number]> & { sources: SourceName[] };

export function venueSummary(venue: VenueRecord): VenueSummary {
  const kept = Object.fromEntries(keptFields.map((field) => [field, venue[field]])) as Pick<VenueRecord, (typeof keptFields)[number]>;
  return { ...kept, sources: venue.sources.map(sourceName) };
}
