/**
 * What the content holds and what it lacks, per city and per venue, for the editors at the city
 * bureaus (`npm run check`): rooms and their seat figures by layout, the venue's website, address,
 * coordinates and airport distance, the bureau's contact, hotel supply, ICCA and verification.
 * Pure: the report as data (also written as JSON) and as lines for a terminal.
 */
import type { CityFacts, VenueFacts } from '../build/schemas.ts';
import { dataFreshness, type Freshness } from '../build/freshness.ts';
import { type Layout, layouts } from '../shared/seating.ts';

type Bilingual = { en: string; zh: string };

export interface VenueCoverage {
  slug: string;
  name: Bilingual;
  /** Rooms listed, sections of another room not counted. */
  rooms: number;
  /** Sections of a listed room (partOf). */
  sections: number;
  /** The meeting rooms the venue says it has, where published. */
  publishedRoomsTotal: number | null;
  allRoomsListed: boolean;
  /** Rooms and sections with a seat figure in at least one layout. */
  roomsWithSeats: number;
  /** Rooms and sections with a seat figure, layout by layout. */
  seatsByLayout: Record<Layout, number>;
  /** Layouts for which no listed room has a figure (where not every room rules the layout out). */
  layoutsWithoutFigure: Layout[];
  website: boolean;
  address: boolean;
  coordinates: boolean;
  /** A published road distance to the airport. */
  airportKm: boolean;
  hotelRooms: boolean;
  /** YYYY-MM-DD, or null when nobody has checked the figures. */
  verified: string | null;
  freshness: Freshness;
}

export interface CityCoverage {
  slug: string;
  /** Null for a city a venue names that has no city.yaml. */
  name: Bilingual | null;
  bureau: { website: boolean; email: boolean; phone: boolean; desk: boolean } | null;
  /** The year the hotel supply on file was true, or null when none is on file. */
  hotelRoomsYear: number | null;
  /** The newest year with ICCA figures on file. */
  iccaNewestYear: number | null;
  airports: number;
  /** Airports with a published distance to the city centre. */
  airportsWithDistance: number;
  venues: VenueCoverage[];
}

export interface CoverageTotals {
  cities: number;
  venues: number;
  rooms: number;
  sections: number;
  venuesWithoutRooms: number;
  roomsWithSeats: number;
  seatsByLayout: Record<Layout, number>;
  venuesWith: { website: number; address: number; coordinates: number; airportKm: number; hotelRooms: number; verified: number; allRoomsListed: number };
  citiesWith: { bureauWebsite: number; bureauEmail: number; bureauPhone: number; hotelRooms: number; icca: number };
  newestHotelRoomsYear: number | null;
  newestIccaYear: number | null;
}

export interface CoverageReport {
  /** The day freshness was judged against, YYYY-MM-DD. */
  date: string;
  totals: CoverageTotals;
  cities: CityCoverage[];
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const count = <T>(list: readonly T[], test: (item: T) => boolean) => list.filter(test).length;
const newest = (years: readonly (number | null | undefined)[]) => years.reduce<number | null>((most, year) => (year != null && (most === null || year > most) ? year : most), null);
const perLayout = (value: (layout: Layout) => number) => Object.fromEntries(layouts.map((layout) => [layout, value(layout)])) as Record<Layout, number>;

export function venueCoverage(slug: string, venue: VenueFacts, today: Date): VenueCoverage {
  const { rooms } = venue;
  const seatsByLayout = perLayout((layout) => count(rooms, (r) => r.capacity[layout] !== undefined));
  return {
    slug,
    name: venue.name,
    rooms: count(rooms, (r) => r.partOf === undefined),
    sections: count(rooms, (r) => r.partOf !== undefined),
    publishedRoomsTotal: venue.meetingRoomsTotal?.value ?? null,
    allRoomsListed: venue.allRoomsListed,
    roomsWithSeats: count(rooms, (r) => Object.values(r.capacity).some((seats) => seats !== undefined)),
    seatsByLayout,
    layoutsWithoutFigure: layouts.filter((layout) => seatsByLayout[layout] === 0 && !(rooms.length > 0 && rooms.every((r) => r.notOffered.includes(layout)))),
    website: venue.website !== undefined,
    address: venue.address !== undefined,
    coordinates: venue.coordinates !== undefined,
    airportKm: venue.airportKm !== undefined,
    hotelRooms: venue.hotelRooms !== undefined,
    verified: venue.verified ? day(venue.verified) : null,
    freshness: dataFreshness(venue.verified, today),
  };
}

export function cityCoverage(slug: string, city: CityFacts | undefined, venues: VenueCoverage[]): CityCoverage {
  const bureau = city?.conventionBureau;
  return {
    slug,
    name: city?.name ?? null,
    bureau: bureau ? { website: bureau.url !== undefined, email: bureau.email !== undefined, phone: bureau.phone !== undefined, desk: bureau.desk !== undefined } : null,
    hotelRoomsYear: city?.hotelRooms?.year ?? null,
    iccaNewestYear: newest(city?.icca.map((entry) => entry.year) ?? []),
    airports: city?.airports.length ?? 0,
    airportsWithDistance: count(city?.airports ?? [], (airport) => airport.km !== undefined),
    venues,
  };
}

/** The report for every city (by slug) and its venues (by slug); a venue's city comes from its facts. */
export function contentCoverage(
  cities: readonly { slug: string; facts: CityFacts }[],
  venues: readonly { slug: string; facts: VenueFacts }[],
  today: Date,
): CoverageReport {
  const citySlugs = [...new Set([...cities.map((c) => c.slug), ...venues.map((v) => v.facts.city)])].sort();
  const byCity = Object.groupBy(venues, (v) => v.facts.city);
  const report = citySlugs.map((slug) =>
    cityCoverage(
      slug,
      cities.find((c) => c.slug === slug)?.facts,
      [...(byCity[slug] ?? [])].sort((a, b) => a.slug.localeCompare(b.slug)).map((v) => venueCoverage(v.slug, v.facts, today)),
    ),
  );
  const allVenues = report.flatMap((c) => c.venues);
  const known = report.filter((c) => c.name !== null);
  return {
    date: day(today),
    cities: report,
    totals: {
      cities: known.length,
      venues: allVenues.length,
      rooms: allVenues.reduce((sum, v) => sum + v.rooms, 0),
      sections: allVenues.reduce((sum, v) => sum + v.sections, 0),
      venuesWithoutRooms: count(allVenues, (v) => v.rooms + v.sections === 0),
      roomsWithSeats: allVenues.reduce((sum, v) => sum + v.roomsWithSeats, 0),
      seatsByLayout: perLayout((layout) => allVenues.reduce((sum, v) => sum + v.seatsByLayout[layout], 0)),
      venuesWith: {
        website: count(allVenues, (v) => v.website),
        address: count(allVenues, (v) => v.address),
        coordinates: count(allVenues, (v) => v.coordinates),
        airportKm: count(allVenues, (v) => v.airportKm),
        hotelRooms: count(allVenues, (v) => v.hotelRooms),
        verified: count(allVenues, (v) => v.verified !== null),
        allRoomsListed: count(allVenues, (v) => v.allRoomsListed),
      },
      citiesWith: {
        bureauWebsite: count(known, (c) => c.bureau?.website === true),
        bureauEmail: count(known, (c) => c.bureau?.email === true),
        bureauPhone: count(known, (c) => c.bureau?.phone === true),
        hotelRooms: count(known, (c) => c.hotelRoomsYear !== null),
        icca: count(known, (c) => c.iccaNewestYear !== null),
      },
      newestHotelRoomsYear: newest(known.map((c) => c.hotelRoomsYear)),
      newestIccaYear: newest(known.map((c) => c.iccaNewestYear)),
    },
  };
}

/** Short layout names for the table's columns, with the legend that spells them out. */
const layoutColumn: Record<Layout, string> = { theatre: 'Th', classroom: 'Cl', banquet: 'Bq', reception: 'Rc', u_shape: 'U', hollow_square: 'HS', boardroom: 'Bd' };
const layoutWords: Record<Layout, string> = { theatre: 'theatre', classroom: 'classroom', banquet: 'banquet', reception: 'reception', u_shape: 'U-shape', hollow_square: 'hollow square', boardroom: 'boardroom' };

const onFile = (value: boolean) => (value ? '✓' : '–');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One venue's row: the same columns as the header row. */
function venueRow(v: VenueCoverage): string {
  const rooms = `${v.rooms}${v.sections > 0 ? `+${v.sections}` : ''}${v.publishedRoomsTotal === null ? '' : `/${v.publishedRoomsTotal}`}${v.allRoomsListed ? ' all' : ''}`;
  const seats = layouts.map((layout) => String(v.seatsByLayout[layout] || '·').padStart(3)).join('');
  const verified = v.verified === null ? '–' : v.freshness === 'stale' ? `${v.verified} stale` : v.verified;
  return `  ${rooms.padEnd(9)}${seats}   ${onFile(v.website).padEnd(4)}${onFile(v.address).padEnd(5)}${onFile(v.coordinates).padEnd(4)}${onFile(v.airportKm).padEnd(8)}${verified.padEnd(17)}${v.slug}`;
}

function cityRow(c: CityCoverage): string {
  if (c.name === null || c.bureau === null) return `${c.slug} (no city.yaml)`;
  const bureau = `bureau: website ${onFile(c.bureau.website)}, e-mail ${onFile(c.bureau.email)}, phone ${onFile(c.bureau.phone)}`;
  const hotel = `hotel supply ${c.hotelRoomsYear ?? '–'}`;
  const icca = `ICCA ${c.iccaNewestYear ?? '–'}`;
  return `${c.name.en} ${c.name.zh} · ${bureau} · ${hotel} · ${icca} · airport distances ${c.airportsWithDistance} of ${c.airports}`;
}

/** The report as a terminal shows it: a legend, a header, each city with its venues, then the totals. */
export function coverageLines(report: CoverageReport): string[] {
  const t = report.totals;
  const legend = layouts.map((layout) => `${layoutColumn[layout]} ${layoutWords[layout]}`).join(', ');
  const lines = [
    `  ✓ on file, – not on file. rooms: listed (+ sections) / the venue's published total ("all": the complete list);`,
    `  then rooms with seats in each layout (· none): ${legend};`,
    `  the venue's website, address, coordinates (map), road distance to the airport; verified: when its figures were checked.`,
    `  Cities: the bureau's contact, the year of the hotel supply and of the newest ICCA figures, airports with a distance.`,
    '',
    `  ${'rooms'.padEnd(9)}${layouts.map((layout) => layoutColumn[layout].padStart(3)).join('')}   ${'web'.padEnd(4)}${'addr'.padEnd(5)}${'map'.padEnd(4)}${'airport'.padEnd(8)}${'verified'.padEnd(17)}venue`,
  ];
  for (const city of report.cities) {
    lines.push('', cityRow(city));
    for (const venue of city.venues) lines.push(venueRow(venue));
    if (city.venues.length === 0) lines.push('  no venues yet');
  }
  const of = (n: number) => `${n} of ${t.venues}`;
  const seatLayouts = layouts.map((layout) => `${layoutWords[layout]} ${t.seatsByLayout[layout]}`).join(', ');
  lines.push(
    '',
    'Totals',
    `  rooms on file: ${t.rooms}${t.sections > 0 ? ` (and ${plural(t.sections, 'section')})` : ''} across ${plural(t.venues, 'venue')}; ${plural(t.venuesWithoutRooms, 'venue')} with none`,
    `  rooms with a seat figure: ${t.roomsWithSeats} of ${t.rooms + t.sections} (${seatLayouts}); the others give an area, measures or "up to" only`,
    `  venues with a website ${of(t.venuesWith.website)}, address ${of(t.venuesWith.address)}, coordinates ${of(t.venuesWith.coordinates)}, airport distance ${of(t.venuesWith.airportKm)}, on-site hotel rooms ${of(t.venuesWith.hotelRooms)}, verified ${of(t.venuesWith.verified)}, complete room list ${of(t.venuesWith.allRoomsListed)}`,
    `  cities with the bureau's website ${t.citiesWith.bureauWebsite} of ${t.cities}, e-mail ${t.citiesWith.bureauEmail}, phone ${t.citiesWith.bureauPhone}; hotel supply ${t.citiesWith.hotelRooms}${t.newestHotelRoomsYear ? ` (newest ${t.newestHotelRoomsYear})` : ''}; ICCA figures ${t.citiesWith.icca}${t.newestIccaYear ? ` (newest ${t.newestIccaYear})` : ''}`,
  );
  return lines;
}
