/**
 * What compare and its scorecard read of a venue: its figures, its rooms, and its sources by
 * publisher and date. Built once per build into /data/venue-summaries/{slug}.json, so a comparison
 * of three venues loads three small files; the full record (addresses, titles and links of its
 * sources) stays in /data/venues/{slug}.json, which the request reads for its files.
 */
import type { SourceName, VenueRecord } from './records.ts';
import { sourceName } from './citation.ts';

export type VenueSummary = Pick<
  VenueRecord,
  'slug' | 'city' | 'type' | 'name' | 'meetingRoomsTotal' | 'meetingSpace' | 'exhibitionSpace' | 'hotelRooms' | 'airportKm' | 'figureDetails' | 'allRoomsListed' | 'verified' | 'rooms'
> & { sources: SourceName[] };

export function venueSummary(venue: VenueRecord): VenueSummary {
  const { slug, city, type, name, meetingRoomsTotal, meetingSpace, exhibitionSpace, hotelRooms, airportKm, figureDetails, allRoomsListed, verified, rooms } = venue;
  return { slug, city, type, name, meetingRoomsTotal, meetingSpace, exhibitionSpace, hotelRooms, airportKm, figureDetails, allRoomsListed, verified, rooms, sources: venue.sources.map(sourceName) };
}
