/**
 * What compare, its scorecard and its charts read of a city: its figures, the best figures of its
 * venues on this site, and only the sources those name. Built once per build into
 * /data/city-summaries/{slug}.json, so a page that shows two cities loads two small files, not every
 * record (the full record, bureau and airport names included, stays in /data/cities.json).
 */
import type { CityRecord, Label, SourceName, SourceRecord, VenueRecord } from './records.ts';
import { largestListedRoom } from './venues.ts';
import { sourceName } from './citation.ts';

/** A figure of one of the city's venues, with that venue and the source it names. */
export interface VenueFigure {
  value: number;
  orMore: boolean;
  year: number | null;
  venue: string;
  source: SourceName | null;
}

export interface CitySummary {
  slug: string;
  name: Label;
  province: Label;
  foundingMember: boolean;
  /** Each airport by its code, with its distance to the centre where one is on file. */
  airports: Pick<CityRecord['airports'][number], 'code' | 'km' | 'source'>[];
  hotelRooms: CityRecord['hotelRooms'];
  conventionAmbassadors: CityRecord['conventionAmbassadors'];
  /** The newest ICCA year with a meeting count, or null. */
  icca: CityRecord['icca'][number] | null;
  /** Venues on this site in the city (those whose status has not changed). */
  venueCount: number;
  /** The most theatre seats in one listed room of its venues, and the largest exhibition space. */
  bestTheatre: VenueFigure | null;
  bestExhibition: VenueFigure | null;
  /** The city's sources that the figures above name, by publisher (the full records are in cities.json). */
  sources: SourceName[];
}

/** The better of two venue figures: more, then a figure that is not a lower bound. */
const larger = (a: VenueFigure | null, b: VenueFigure | null) => (!a ? b : !b ? a : b.value > a.value ? b : a);

const sourceIn = (venue: VenueRecord, id: string | undefined) => {
  const source = venue.sources.find((s) => s.id === id);
  return source ? sourceName(source) : null;
};

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
  ]);
  return {
    slug: city.slug,
    name: city.name,
    province: city.province,
    foundingMember: city.foundingMember,
    airports: city.airports.map(({ code, km, source }) => ({ code, km, source })),
    hotelRooms: city.hotelRooms,
    conventionAmbassadors: city.conventionAmbassadors,
    icca,
    venueCount: own.length,
    bestTheatre,
    bestExhibition,
    sources: city.sources.filter((s) => cited.has(s.id)).map(sourceName),
  };
}
