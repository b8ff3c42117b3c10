/**
 * The open-data records: the one shape of a venue, a city and the alliance that pages, cards, the
 * finder, compare, the request and `/data/*.json` all read. This is a public contract (README,
 * "Open data"): change it only with the README. The builders are in src/lib/build/open-data.ts.
 * Every absent figure is `null` (never 0), every figure names the id of a source in `sources`,
 * and dates are YYYY-MM-DD.
 */
import type { Layout } from './seating.ts';
import type { Region, SourceLanguage, VenueStatusKind, VenueType } from './vocabulary.ts';

export type Label = { en: string; zh: string };

/** A venue's totals: figures for the venue as a whole, never for one room. */
export const venueTotals = ['meetingRoomsTotal', 'meetingSpace', 'exhibitionSpace', 'hotelRooms', 'airportKm'] as const;
export type VenueTotal = (typeof venueTotals)[number];

/**
 * A publication figures come from: its publisher, title and date, and the publisher's own address
 * where it is known. A copy on another site is never given: then `url` is null and the citation
 * reads like a printed reference.
 */
export interface SourceRecord {
  id: string;
  publisher: Label;
  title: string | null;
  url: string | null;
  language: SourceLanguage;
  published: string | null;
}

/** A source as the compare page names it, in its tables, scorecard and charts: by publisher and date (citation.ts). */
export type SourceName = Pick<SourceRecord, 'id' | 'publisher' | 'published'>;

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
  /**
   * False for a room the source describes as something other than a meeting room (a press room, an
   * interview booth): listed with its figures, but never a venue's headline capacity, never counted
   * among its meeting rooms and never matched to a brief.
   */
  meetingRoom: boolean;
  source: string;
}

/** A reported change to a venue (closed, partly demolished, rebuilding) and when it was reported. */
export interface VenueStatus {
  kind: VenueStatusKind;
  year: number;
  source: string;
}

/** Straight-line distance from a venue to one of its city's airports, computed from coordinates. */
export interface StraightLine {
  code: string;
  km: number;
}

export interface VenueRecord {
  slug: string;
  city: string;
  type: VenueType;
  name: Label;
  address: Label | null;
  /** WGS-84, with the source that gives them; null where no source does. */
  coordinates: { lat: number; lng: number; source: string } | null;
  opened: number | null;
  website: string | null;
  /** Set when a source reports the venue closed, partly demolished or being rebuilt. */
  status: VenueStatus | null;
  /** The number of meeting rooms the venue publishes (see figureDetails.meetingRoomsTotal.orMore). */
  meetingRoomsTotal: number | null;
  /** m² */
  meetingSpace: number | null;
  /** m² */
  exhibitionSpace: number | null;
  /** Rooms in on-site hotels. */
  hotelRooms: number | null;
  /** Road distance to the nearest main airport, km, as published. */
  airportKm: number | null;
  /**
   * Straight-line distances to the city's airports, nearest first, computed from the venue's
   * coordinates and the airports' positions (never a road distance); empty without coordinates.
   */
  airportsStraightLine: StraightLine[];
  /** Source and qualifiers of each venue total that is not null. */
  figureDetails: Partial<Record<VenueTotal, FigureDetail>>;
  /** `rooms` is the venue's complete list of meeting rooms. */
  allRoomsListed: boolean;
  verified: string | null;
  sources: SourceRecord[];
  rooms: RoomRecord[];
}

/** A count with the year it was true. */
export interface DatedCount {
  value: number;
  year: number;
  about: boolean;
  orMore: boolean;
  source: string;
}

/** A city's convention bureau (or the body that acts as one) and its published contact. */
export interface BureauRecord {
  name: Label;
  /** The unit that takes meeting enquiries, where the source names one ("MICE department"). */
  desk: Label | null;
  url: string | null;
  email: string | null;
  phone: string | null;
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
  conventionBureau: BureauRecord;
  sources: SourceRecord[];
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

/** China's public holidays, in the order of the year. */
export const festivals = ['new-year', 'spring-festival', 'qingming', 'labour-day', 'dragon-boat', 'mid-autumn', 'national-day'] as const;
export type Festival = (typeof festivals)[number];

/**
 * `announced`: the State Council's notice for that year sets the dates; `expected`: no notice yet, so
 * only the statutory days of the holiday regulation (as amended in 2024) on the lunisolar calendar's
 * dates, which the notice usually lengthens with weekends and swapped working days.
 */
export type CalendarStatus = 'announced' | 'expected';

/** A public holiday in one year: the days off and the adjusted working days (调休) that go with it. */
export interface HolidayRecord {
  festival: Festival;
  year: number;
  from: string;
  to: string;
  /** Weekend days that are working days because of this holiday. */
  workdays: string[];
  status: CalendarStatus;
  /** The notice (announced) or the regulation (expected). */
  source: string;
}

export const peakKinds = ['spring-festival-travel', 'may-day-golden-week', 'national-day-golden-week'] as const;
export type PeakKind = (typeof peakKinds)[number];

/** A national travel peak: the Spring Festival travel rush (春运) and the two Golden Weeks (黄金周). */
export interface PeakRecord {
  kind: PeakKind;
  year: number;
  from: string;
  to: string;
  status: CalendarStatus;
  /** Where the rule or the dates come from. */
  source: string;
}

/** A large fair or event in a member city, with each edition's dates as a source gives them. */
export interface CalendarEventRecord {
  slug: string;
  name: Label;
  city: string;
  place: Label;
  editions: { from: string; to: string; edition: number | null; source: string }[];
  scale: (Label & { source: string }) | null;
  sources: SourceRecord[];
}

/** `/data/calendar.json`: what the date check reads. `generated` is the build's date. */
export interface CalendarRecord {
  generated: string;
  /** The years whose holidays the State Council has announced, as the pinned data holds them. */
  announcedYears: number[];
  holidays: HolidayRecord[];
  peaks: PeakRecord[];
  events: CalendarEventRecord[];
  /** The sources of holidays and peaks; events carry their own. */
  sources: SourceRecord[];
}

/** A port of entry in a member city; `unresolved` where the sources disagree. */
export interface EntryPortRecord {
  name: Label;
  status: 'confirmed' | 'unresolved';
  source: string;
}

/** A visa-free entry policy as the entry checker and the city pages read it. */
export interface EntryPolicyRecord {
  slug: string;
  name: Label;
  kind: 'transit' | 'unilateral' | 'regional' | 'mutual';
  authority: 'nia' | 'mfa';
  stayDays: number;
  announced: string | null;
  from: string | null;
  /** The last day it applies, for a time-limited policy. */
  until: string | null;
  conditions: Label[];
  /** Each country with its own dates where they differ from the policy's (else null). */
  countries: { code: string; from: string | null; until: string | null; source: string | null }[];
  /** False when the list could not be sourced in full. */
  countriesComplete: boolean;
  countriesSource: string | null;
  /** Member cities where it applies through named ports; empty for policies that apply at every open port. */
  cities: { city: string; ports: EntryPortRecord[]; stayArea: Label & { source: string }; note: Label | null }[];
  sources: SourceRecord[];
}

/** `/data/entry.json`: the policies, and per member city which apply and through which ports. */
export interface EntryRecord {
  generated: string;
  /** Who a delegate confirms with, and their site in each language. */
  authorities: Record<'nia' | 'mfa', { name: Label; url: Label }>;
  policies: EntryPolicyRecord[];
  /**
   * Per member city: each policy that applies there, with the city's ports (null: any open port)
   * and the permitted stay area (null: no limit inside China).
   */
  cities: { city: string; policies: { policy: string; ports: EntryPortRecord[] | null; stayArea: Label | null; note: Label | null }[] }[];
}
