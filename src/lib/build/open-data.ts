/**
 * The normalised records: the one shape of a venue and a city that pages, cards, the finder, compare
 * and `/data/*.json` all read. Built once per build from the validated facts. Every absent figure is
 * `null` (never 0), every figure names the id of a source in `sources`, and dates are YYYY-MM-DD.
 * This is a public contract (README, "Open data"): change it only with the README.
 */
import { isoDay } from './iso-day.ts';
import type { Layout } from '../shared/seating.ts';
import { venueTotals, type AllianceFacts, type CityFacts, type Figure, type Source, type VenueFacts, type VenueTotal } from './schemas.ts';

export type { VenueTotal };
import type { Region, SourceLanguage, VenueType } from '../shared/vocabulary.ts';

export type Label = { en: string; zh: string };

export interface SourceRecord {
  id: string;
  publisher: Label;
  title: string | null;
  url: string;
  language: SourceLanguage;
  published: string | null;
  /** The URL is a copy of the publisher's article, kept elsewhere. */
  copy: boolean;
}

/** What is said about a published figure besides its value. */
export interface FigureDetail {
  source: string;
  /** Published as approximate. */
  about: boolean;
  /** Published as a lower bound ("100+"). */
  orMore: boolean;
  /** The year the figure was true, where the source says. */
  year: number | null;
}

export interface RoomRecord {
  id: string;
  /** A name may be published in one language only; the other is null until an editor adds it. */
  name: { en: string | null; zh: string | null };
  /** The id of the room this one is a section of. */
  partOf: string | null;
  area: number | null;
  /** What the source says of the area: "about", or "more than" (then it bounds nothing). */
  areaQualifier: 'about' | 'or-more' | null;
  length: number | null;
  width: number | null;
  /** Clear height, m. */
  ceiling: number | null;
  /** A published "up to N people" whose layout the source does not state: a maximum. */
  upTo: number | null;
  /** A published "more than N people" whose layout the source does not state: a minimum. */
  moreThan: number | null;
  /** Seats per layout; a layout absent here has no published figure. */
  capacity: Partial<Record<Layout, number>>;
  /** Layouts the source says the room does not offer. */
  notOffered: Layout[];
  source: string;
}

export interface VenueRecord {
  slug: string;
  city: string;
  type: VenueType;
  name: Label;
  address: Label | null;
  coordinates: { lat: number; lng: number } | null;
  opened: number | null;
  website: string | null;
  /** The number of meeting rooms the venue publishes (see figureDetails.meetingRoomsTotal.orMore). */
  meetingRoomsTotal: number | null;
  /** m² */
  meetingSpace: number | null;
  /** m² */
  exhibitionSpace: number | null;
  /** Rooms in on-site hotels. */
  hotelRooms: number | null;
  /** Road distance to the nearest main airport, km. */
  airportKm: number | null;
  /** Source and qualifiers of each venue total that is not null. */
  figureDetails: Partial<Record<VenueTotal, FigureDetail>>;
  /** `rooms` is the venue's complete list of meeting rooms. */
  allRoomsListed: boolean;
  verified: string | null;
  sources: SourceRecord[];
  rooms: RoomRecord[];
}

/** Sources with an id each: the editor's, or `source-N` by position. */
export function sourceRecords(list: readonly Source[]): SourceRecord[] {
  return list.map((s, index) => ({
    id: s.id ?? `source-${index + 1}`,
    publisher: s.publisher,
    title: s.title ?? null,
    url: s.url,
    language: s.language,
    published: s.published ? isoDay(s.published) : null,
    copy: s.copy,
  }));
}

/** The id a figure's `source` resolves to: the one it names, else the first source. */
const resolveSource = (list: readonly SourceRecord[], ref: string | undefined) => ref ?? (list[0] as SourceRecord).id;

function figureDetail(list: readonly SourceRecord[], figure: Figure): FigureDetail {
  return { source: resolveSource(list, figure.source), about: figure.about, orMore: figure.orMore, year: figure.year ?? null };
}

export function venueRecord(slug: string, venue: VenueFacts): VenueRecord {
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
    coordinates: venue.coordinates ?? null,
    opened: venue.opened ?? null,
    website: venue.website ?? null,
    meetingRoomsTotal: venue.meetingRoomsTotal?.value ?? null,
    meetingSpace: venue.meetingSpace?.value ?? null,
    exhibitionSpace: venue.exhibitionSpace?.value ?? null,
    hotelRooms: venue.hotelRooms?.value ?? null,
    airportKm: venue.airportKm?.value ?? null,
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
      source: resolveSource(sources, room.source),
    })),
  };
}

/** A count with the year it was true. */
export interface DatedCount {
  value: number;
  year: number;
  about: boolean;
  orMore: boolean;
  source: string;
}

export interface CityRecord {
  slug: string;
  name: Label;
  province: Label;
  region: Region;
  coordinates: { lat: number; lng: number };
  joined: string;
  foundingMember: boolean;
  airports: { code: string; name: Label; km: number | null; minutes: number | null; source: string }[];
  railStations: { name: Label; source: string }[];
  /** Hotel rooms in the city; `scope` says what the source counts ("four- and five-star"). */
  hotelRooms: (DatedCount & { scope: Label | null }) | null;
  /** The ambassador programme's count; `name` is what the city calls its ambassadors, or null. */
  conventionAmbassadors: (DatedCount & { name: Label | null }) | null;
  icca: { year: number; meetings: number | null; rankChina: number | null; rankAsiaPacific: number | null; rankWorld: number | null; source: string }[];
  keyIndustries: Label[];
  universities: Label[];
  supportProgrammes: { name: Label; description: Label; url: string | null; source: string }[];
  conventionBureau: { name: Label; url: string | null; source: string };
  sources: SourceRecord[];
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
    conventionBureau: { name: city.conventionBureau.name, url: city.conventionBureau.url ?? null, source: from(city.conventionBureau.source) },
    sources,
  };
}

/** The alliance's own facts, each naming its source: what every page says of the alliance. */
export interface AllianceRecord {
  name: Label;
  shortName: Label;
  founded: { date: string; place: Label; source: string };
  foundingCities: { cities: string[]; source: string };
  /** Member cities as last published, and the year the count was true. */
  members: { value: number; year: number; about: boolean; source: string };
  secretariat: { host: Label; contact: { name: Label; phone: string | null; email: string | null }; source: string };
  sources: SourceRecord[];
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
