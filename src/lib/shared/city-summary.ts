/**
 * What compare, the scorecard and the request read of a city: its figures, the best figures of its
 * venues on this site, its bureau's contact, and only the sources those name. Built once per build
 * into /data/city-summaries/{slug}.json, so a page that shows two cities loads two small files, not
 * every record.
 */
import type { BureauRecord, CityRecord, Label, SourceRecord, VenueRecord } from './records.ts';
import { largestListedRoom } from './venues.ts';

/** A figure of one of the city's venues, with that venue and the source it names. */
export interface VenueFigure {
  value: number;
  orMore: boolean;
  year: number | null;
  venue: string;
  source: SourceRecord | null;
}

export interface CitySummary {
  slug: string;
  name: Label;
  province: Label;
  foundingMember: boolean;
  airports: CityRecord['airports'];
  hotelRooms: CityRecord['hotelRooms'];
  conventionAmbassadors: CityRecord['conventionAmbassadors'];
  /** The newest ICCA year with a meeting count, or null. */
  icca: CityRecord['icca'][number] | null;
  conventionBureau: BureauRecord;
  /** Venues on this site in the city (those whose status has not changed). */
  venueCount: number;
  /** The most theatre seats in one listed room of its venues, and the largest exhibition space. */
  bestTheatre: VenueFigure | null;
  bestExhibition: VenueFigure | null;
  /** The city's sources that the figures above name. */
  sources: SourceRecord[];
}

/** The better of two venue figures: more, then a figure that is not a lower bound. */
const larger = (a: VenueFigure | null, b: VenueFigure | null) => (!a ? b : !b ? a : b.value > a.value ? b : a);

const sourceIn = (venue: VenueRecord, id: string | undefined) => venue.sources.find((s) => s.id === id) ?? null;

export function citySummary(city: CityRecord, venues: readonly VenueRecord[]): CitySummary {
  const own = venues.filter((v) => v.city === city.slug && v.status === null);
  let bestTheatre: VenueFigure | null = null;
  let bestExhibition: VenueFigure | null = null;
  for (const venue of own) {
    const room = largestListedRoom(venue, 'theatre');
    if (room) bestTheatre = larger(bestTheatre, { value: room.value, orMore: room.orMore, year: null, venue: venue.slug, source: sourceIn(venue, room.room.source) });
    const detail = venue.figureDetails.exhibitionSpace;
    if (venue.exhibitionSpace !== null && detail) {
      bestExhibition = larger(bestExhibition, { value: venue.exhibitionSpace, orMore: detail.orMore, year: detail.year, venue: venue.slug, source: sourceIn(venue, detail.source) });
    }
  }
  const icca = [...city.icca].filter((y) => y.meetings !== null).sort((a, b) => b.year - a.year)[0] ?? null;
  const cited = new Set([
    ...city.airports.map((a) => a.source),
    city.hotelRooms?.source,
    city.conventionAmbassadors?.source,
    icca?.source,
    city.conventionBureau.source,
  ]);
  return {
    slug: city.slug,
    name: city.name,
    province: city.province,
    foundingMember: city.foundingMember,
    airports: city.airports,
    hotelRooms: city.hotelRooms,
    conventionAmbassadors: city.conventionAmbassadors,
    icca,
    conventionBureau: city.conventionBureau,
    venueCount: own.length,
    bestTheatre,
    bestExhibition,
    sources: city.sources.filter((s) => cited.has(s.id)),
  };
}
