/**
 * Builds the open-data records (their types, the public contract, are in src/lib/shared/records.ts)
 * once per build from the validated facts. Every absent figure is `null` (never 0), every figure
 * names the id of a source in `sources`, and dates are YYYY-MM-DD.
 */
import { isoDay } from './iso-day.ts';
import type { AllianceFacts, CityFacts, Figure, Source, VenueFacts } from './schemas.ts';
import { venueTotals, type AllianceRecord, type CityRecord, type DatedCount, type FigureDetail, type SourceRecord, type StraightLine, type VenueRecord, type VenueTotal } from '../shared/records.ts';

/** Sources with an id each: the editor's, or `source-N` by position. */
export function sourceRecords(list: readonly Source[]): SourceRecord[] {
  return list.map((s, index) => ({
    id: s.id ?? `source-${index + 1}`,
    publisher: s.publisher,
    title: s.title ?? null,
    url: s.url ?? null,
    language: s.language,
    published: s.published ? isoDay(s.published) : null,
  }));
}

/** The id a figure's `source` resolves to: the one it names, else the first source. */
const resolveSource = (list: readonly SourceRecord[], ref: string | undefined) => ref ?? (list[0] as SourceRecord).id;

function figureDetail(list: readonly SourceRecord[], figure: Figure): FigureDetail {
  return { source: resolveSource(list, figure.source), about: figure.about, orMore: figure.orMore, year: figure.year ?? null };
}

/**
 * A venue's record; `straightLine` gives the straight-line distances to its city's airports, worked
 * out by the caller from the coordinates (src/lib/build/airport-distances.ts).
 */
export function venueRecord(slug: string, venue: VenueFacts, straightLine: StraightLine[] = []): VenueRecord {
  const sources = sourceRecords(venue.sources);
  const figureDetails: Partial<Record<VenueTotal, FigureDetail>> = {};
  for (const key of venueTotals) {
    const figure = venue[key];
    if (figure) figureDetails[key] = figureDetail(sources, figure);
  }
  return {
    slug,
    city: venue.city,
    type: venue.type,
    name: venue.name,
    address: venue.address ?? null,
    coordinates: venue.coordinates ? { lat: venue.coordinates.lat, lng: venue.coordinates.lng, source: resolveSource(sources, venue.coordinates.source) } : null,
    opened: venue.opened ?? null,
    website: venue.website ?? null,
    status: venue.status ? { kind: venue.status.kind, year: venue.status.year, source: resolveSource(sources, venue.status.source) } : null,
    meetingRoomsTotal: venue.meetingRoomsTotal?.value ?? null,
    meetingSpace: venue.meetingSpace?.value ?? null,
    exhibitionSpace: venue.exhibitionSpace?.value ?? null,
    hotelRooms: venue.hotelRooms?.value ?? null,
    airportKm: venue.airportKm?.value ?? null,
    airportsStraightLine: straightLine,
    figureDetails,
    allRoomsListed: venue.allRoomsListed,
    verified: venue.verified ? isoDay(venue.verified) : null,
    sources,
    rooms: venue.rooms.map((room) => ({
      id: room.id,
      name: { en: room.name.en ?? null, zh: room.name.zh ?? null },
      partOf: room.partOf ?? null,
      area: room.area?.value ?? null,
      areaQualifier: room.area?.orMore ? 'or-more' : room.area?.about ? 'about' : null,
      length: room.length ?? null,
      width: room.width ?? null,
      ceiling: room.ceiling ?? null,
      upTo: room.upTo ?? null,
      moreThan: room.moreThan ?? null,
      capacity: Object.fromEntries(Object.entries(room.capacity).filter(([, seats]) => seats !== undefined)),
      notOffered: room.notOffered,
      meetingRoom: room.meetingRoom,
      source: resolveSource(sources, room.source),
    })),
  };
}

/** A city's record; `foundingCities` is the alliance's list (content/alliance.yaml), the one place that says who founded it. */
export function cityRecord(slug: string, city: CityFacts, foundingCities: readonly string[]): CityRecord {
  const sources = sourceRecords(city.sources);
  const from = (ref: string | undefined) => resolveSource(sources, ref);
  const dated = (count: CityFacts['conventionAmbassadors']): DatedCount | null =>
    count ? { value: count.value, year: count.year, about: count.about, orMore: count.orMore, source: from(count.source) } : null;
  return {
    slug,
    name: city.name,
    province: city.province,
    region: city.region,
    coordinates: city.coordinates,
    joined: isoDay(city.joined),
    foundingMember: foundingCities.includes(slug),
    airports: city.airports.map((a) => ({ code: a.code, name: a.name, km: a.km ?? null, minutes: a.minutes ?? null, source: from(a.source) })),
    railStations: city.railStations.map((r) => ({ name: r.name, source: from(r.source) })),
    hotelRooms: city.hotelRooms ? { ...(dated(city.hotelRooms) as DatedCount), scope: city.hotelRooms.scope ?? null } : null,
    conventionAmbassadors: city.conventionAmbassadors ? { ...(dated(city.conventionAmbassadors) as DatedCount), name: city.conventionAmbassadors.name ?? null } : null,
    icca: city.icca.map((y) => ({
      year: y.year,
      meetings: y.meetings ?? null,
      rankChina: y.rankChina ?? null,
      rankAsiaPacific: y.rankAsiaPacific ?? null,
      rankWorld: y.rankWorld ?? null,
      source: from(y.source),
    })),
    keyIndustries: city.keyIndustries,
    universities: city.universities,
    supportProgrammes: city.supportProgrammes.map((p) => ({ name: p.name, description: p.description, url: p.url ?? null, source: from(p.source) })),
    conventionBureau: {
      name: city.conventionBureau.name,
      desk: city.conventionBureau.desk ?? null,
      url: city.conventionBureau.url ?? null,
      email: city.conventionBureau.email ?? null,
      phone: city.conventionBureau.phone ?? null,
      source: from(city.conventionBureau.source),
    },
    sources,
  };
}

export function allianceRecord(alliance: AllianceFacts): AllianceRecord {
  const sources = sourceRecords(alliance.sources);
  const from = (ref: string | undefined) => resolveSource(sources, ref);
  return {
    name: alliance.name,
    shortName: alliance.shortName,
    founded: { date: isoDay(alliance.founded.date), place: alliance.founded.place, source: from(alliance.founded.source) },
    foundingCities: { cities: alliance.foundingCities.cities, source: from(alliance.foundingCities.source) },
    members: { value: alliance.members.value, year: alliance.members.year, about: alliance.members.about, source: from(alliance.members.source) },
    secretariat: {
      host: alliance.secretariat.host,
      contact: {
        name: alliance.secretariat.contact.name,
        phone: alliance.secretariat.contact.phone ?? null,
        email: alliance.secretariat.contact.email ?? null,
      },
      source: from(alliance.secretariat.source),
    },
    sources,
  };
}
