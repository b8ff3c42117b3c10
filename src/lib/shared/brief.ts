/**
 * Event-brief matching by evidence. Each part of a brief (the plenary, the breakouts beside it, a
 * gala dinner, exhibition space, hotel rooms in the city) gets one level (evidence.ts: confirmed,
 * indicated, unknown, ruled out), and the venue one of four outcomes:
 * - fits: every part confirmed by a published figure;
 * - likely fits: every part confirmed or indicated ("up to", "more than", an estimate from area);
 * - may fit: some part unknown, none ruled out;
 * - does not fit: a published figure rules a part out.
 * A room is never counted twice, nor together with one of its own sections. Unknown is never zero.
 */
import type { Layout } from './seating.ts';
import type { CityRecord, Label, RoomRecord, VenueRecord } from './records.ts';
import { byEvidence, figurePeople, roomEvidence, strength, weaker, type Level, type RoomEvidence } from './evidence.ts';
import { largestConcurrentSet, meetingRooms, roomListing, roomsOverlap, type RoomListing } from './venues.ts';

export interface EventBrief {
  plenary: { seats: number; layout: Layout };
  breakouts?: { rooms: number; seats: number; layout: Layout };
  /** Exhibition space needed at the venue, m². */
  exhibitionArea?: number;
  /** Hotel rooms needed in the city. */
  cityHotelRooms?: number;
}

/** What brief matching reads of a venue (the venue record has it all). */
export type BriefVenue = Pick<VenueRecord, 'slug' | 'city' | 'exhibitionSpace' | 'rooms' | 'meetingRoomsTotal' | 'figureDetails' | 'allRoomsListed'>;

/** The city's published hotel supply and what it counts (`scope`: only some hotels), or null when no source gives it. */
export type CityHotelSupply = { value: number; year: number; about: boolean; orMore: boolean; scope: Label | null } | null;

/** A city's hotel supply as brief matching reads it. */
export const cityHotelSupply = (city: Pick<CityRecord, 'hotelRooms'> | undefined): CityHotelSupply => {
  const h = city?.hotelRooms;
  return h ? { value: h.value, year: h.year, about: h.about, orMore: h.orMore, scope: h.scope } : null;
};

export type Outcome = 'fits' | 'likely-fits' | 'may-fit' | 'does-not-fit';
export const outcomes: readonly Outcome[] = ['fits', 'likely-fits', 'may-fit', 'does-not-fit'];

/** A published figure that rules a part out. */
export type RuledOut =
  | { kind: 'plenary-size'; layout: Layout; largest: number | null; needed: number }
  | { kind: 'breakouts'; layout: Layout; seats: number; available: number; needed: number }
  | { kind: 'room-total'; total: number; needed: number }
  | { kind: 'gala-size'; largest: number | null; needed: number }
  | { kind: 'exhibition'; available: number; needed: number }
  | { kind: 'city-hotels'; available: number; year: number; needed: number };

/** A part held by rooms: the plenary, the breakouts beside it, or a gala dinner (in any one room). */
export interface RoomPart {
  kind: 'plenary' | 'breakouts' | 'gala';
  level: Level;
  layout: Layout;
  seats: number;
  /** Rooms the part needs. */
  count: number;
  /** The listed rooms that would hold it, strongest evidence first. */
  rooms: RoomEvidence[];
  /** Of `count`, how many only rooms not on this site could give. */
  unlisted: number;
  /** The largest figure of a listed room for the part, where the rooms above do not name one. */
  largest?: RoomEvidence;
  listing: RoomListing;
  ruledOut?: RuledOut;
}

/** A part the venue or city publishes one figure for. */
export interface TotalPart {
  kind: 'exhibition' | 'city-hotels';
  level: Level;
  needed: number;
  figure: { value: number; about: boolean; orMore: boolean; year: number | null; scope: Label | null; source: string | null } | null;
  ruledOut?: RuledOut;
}

export type Part = RoomPart | TotalPart;

export interface VenueAssessment<V> {
  venue: V;
  outcome: Outcome;
  /** One per part of the brief, in the brief's order. */
  parts: Part[];
  /** Evidence for ranking: 2 a part confirmed, 1 a part indicated. */
  evidence: number;
  /** The plenary room's figure over the plenary's seats (0 without one). */
  headroom: number;
}

const levels = ['confirmed', 'indicated', 'unknown'] as const;
const atLeast = (level: Level, floor: Level) => strength[level] >= strength[floor];

/** The listed room with the largest figure among `evidence`, for "largest listed". */
function largestOf(evidence: readonly RoomEvidence[]): RoomEvidence | undefined {
  let best: RoomEvidence | undefined;
  for (const e of evidence) if ((figurePeople(e.figure) ?? -1) > (best ? (figurePeople(best.figure) ?? -1) : -1)) best = e;
  return best;
}

/** The largest figure among `evidence`, or null. */
const largestPeople = (evidence: readonly RoomEvidence[]) => {
  const e = largestOf(evidence);
  return e ? figurePeople(e.figure) : null;
};

/** Whether score `a` beats `b`, compared in order. */
function isBetter(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) if ((a[i] as number) !== (b[i] as number)) return (a[i] as number) > (b[i] as number);
  return false;
}

/** The breakouts beside a plenary room (or beside an unlisted one, `plenary` undefined), at the strongest level they reach. */
function breakoutsBeside(venue: BriefVenue, evidence: RoomEvidence[], plenary: RoomRecord | undefined, count: number, unlistedLeft: number) {
  const free = evidence.filter((e) => e.level !== 'ruled-out' && (!plenary || !roomsOverlap(venue, plenary, e.room)));
  let set: RoomEvidence[] = [];
  for (const level of levels) {
    const candidates = free.filter((e) => atLeast(e.level, level));
    const ids = new Set(candidates.map((e) => e.room.id));
    set = largestConcurrentSet(venue, ids).map((room) => candidates.find((e) => e.room === room) as RoomEvidence);
    const extra = level === 'unknown' ? unlistedLeft : 0;
    // The strongest rooms that are big enough, the smallest of them first: breakouts leave the large rooms free.
    if (set.length + extra >= count) return { level: level as Level, rooms: set.sort((a, b) => byEvidence(a, b, true)).slice(0, count), unlisted: Math.max(0, count - set.length), available: set.length + extra };
  }
  return { level: 'ruled-out' as Level, rooms: [], unlisted: 0, available: set.length + unlistedLeft };
}

/** The plenary and the breakouts: the choice of plenary room that gives the strongest evidence for both. */
function roomParts(venue: BriefVenue, brief: EventBrief, listing: RoomListing): RoomPart[] {
  const rooms = meetingRooms(venue);
  const { plenary, breakouts } = brief;
  const count = breakouts?.rooms ?? 0;
  const forPlenary = rooms.map((room) => roomEvidence(room, plenary.layout, plenary.seats));
  const forBreakouts = breakouts ? rooms.map((room) => roomEvidence(room, breakouts.layout, breakouts.seats)) : [];
  // Listed rooms that may hold the plenary, strongest and largest first, then a room not on this site.
  const candidates: (RoomEvidence | undefined)[] = forPlenary.filter((e) => e.level !== 'ruled-out').sort(byEvidence);
  if (listing.unlisted > 0) candidates.push(undefined);

  // The best choice: both parts strongest together, then the plenary's evidence, then the breakouts', then the most breakout rooms.
  let best: { plenary: RoomEvidence | undefined; breakouts: ReturnType<typeof breakoutsBeside> | undefined; score: number[] } | undefined;
  for (const candidate of candidates) {
    const plenaryLevel: Level = candidate?.level ?? 'unknown';
    const beside = breakouts ? breakoutsBeside(venue, forBreakouts, candidate?.room, count, candidate ? listing.unlisted : listing.unlisted - 1) : undefined;
    const both = beside ? weaker(plenaryLevel, beside.level) : plenaryLevel;
    const score = [strength[both], strength[plenaryLevel], strength[beside?.level ?? 'confirmed'], Math.min(beside?.available ?? 0, count)];
    if (!best || isBetter(score, best.score)) best = { plenary: candidate, breakouts: beside, score };
    if (both === 'confirmed') break;
  }

  const base = { listing };
  const plenaryPart: RoomPart = best
    ? { ...base, kind: 'plenary', layout: plenary.layout, seats: plenary.seats, count: 1, level: best.plenary?.level ?? 'unknown', rooms: best.plenary ? [best.plenary] : [], unlisted: best.plenary ? 0 : 1 }
    : {
        ...base,
        kind: 'plenary',
        layout: plenary.layout,
        seats: plenary.seats,
        count: 1,
        level: 'ruled-out',
        rooms: [],
        unlisted: 0,
        ruledOut: { kind: 'plenary-size', layout: plenary.layout, largest: largestPeople(forPlenary), needed: plenary.seats },
      };
  if (!plenaryPart.rooms.length) plenaryPart.largest = largestOf(forPlenary);
  const parts: RoomPart[] = [plenaryPart];
  if (breakouts) {
    const beside = best?.breakouts ?? breakoutsBeside(venue, forBreakouts, undefined, count, listing.unlisted);
    const part: RoomPart = { ...base, kind: 'breakouts', layout: breakouts.layout, seats: breakouts.seats, count, level: beside.level, rooms: beside.rooms, unlisted: beside.unlisted };
    // A published total below the programme's rooms rules it out, however the rooms are chosen.
    if (listing.total !== null && !listing.totalOrMore && Math.max(listing.total, listing.listed) < 1 + count) {
      Object.assign(part, { level: 'ruled-out', unlisted: 0, ruledOut: { kind: 'room-total', total: listing.total, needed: 1 + count } });
    } else if (beside.level === 'ruled-out') {
      part.ruledOut = { kind: 'breakouts', layout: breakouts.layout, seats: breakouts.seats, available: beside.available, needed: count };
    }
    // What the rooms beside the plenary say at most, where none is named.
    const plenaryRoom = plenaryPart.rooms[0]?.room;
    if (!part.rooms.length) part.largest = largestOf(forBreakouts.filter((e) => !plenaryRoom || !roomsOverlap(venue, plenaryRoom, e.room)));
    parts.push(part);
  }
  return parts;
}

/** A gala dinner in one room (any room: it need not stand beside the programme). */
function galaPart(venue: BriefVenue, seats: number, listing: RoomListing): RoomPart {
  const evidence = meetingRooms(venue).map((room) => roomEvidence(room, 'banquet', seats)).sort(byEvidence);
  const top = evidence[0];
  const part: RoomPart = { kind: 'gala', layout: 'banquet', seats, count: 1, level: 'unknown', rooms: [], unlisted: 0, listing };
  if (top && (top.level !== 'ruled-out' || listing.unlisted === 0)) Object.assign(part, { level: top.level, rooms: top.level === 'ruled-out' ? [] : [top] });
  else if (listing.unlisted === 0) part.level = 'ruled-out';
  else part.unlisted = 1;
  if (part.level === 'ruled-out') part.ruledOut = { kind: 'gala-size', largest: largestPeople(evidence), needed: seats };
  if (!part.rooms.length) part.largest = largestOf(evidence);
  return part;
}

/** Exhibition space at the venue: a "more than" figure below the need leaves it open. */
function exhibitionPart(venue: BriefVenue, needed: number): TotalPart {
  const value = venue.exhibitionSpace;
  const detail = venue.figureDetails.exhibitionSpace;
  if (value === null) return { kind: 'exhibition', level: 'unknown', needed, figure: null };
  const figure = { value, about: detail?.about ?? false, orMore: detail?.orMore ?? false, year: detail?.year ?? null, scope: null, source: detail?.source ?? null };
  if (value >= needed) return { kind: 'exhibition', level: 'confirmed', needed, figure };
  if (figure.orMore) return { kind: 'exhibition', level: 'unknown', needed, figure };
  return { kind: 'exhibition', level: 'ruled-out', needed, figure, ruledOut: { kind: 'exhibition', available: value, needed } };
}

/**
 * Hotel rooms in the city. A figure that counts only some hotels (`scope`) is never read as the
 * city's total: at or above the need it indicates enough rooms, below it rules nothing out.
 */
function cityHotelsPart(supply: CityHotelSupply, needed: number): TotalPart {
  if (!supply) return { kind: 'city-hotels', level: 'unknown', needed, figure: null };
  const figure = { value: supply.value, about: supply.about, orMore: supply.orMore, year: supply.year, scope: supply.scope, source: null };
  const enough = supply.value >= needed;
  if (supply.scope) return { kind: 'city-hotels', level: enough ? 'indicated' : 'unknown', needed, figure };
  if (enough) return { kind: 'city-hotels', level: 'confirmed', needed, figure };
  if (supply.orMore) return { kind: 'city-hotels', level: 'unknown', needed, figure };
  return { kind: 'city-hotels', level: 'ruled-out', needed, figure, ruledOut: { kind: 'city-hotels', available: supply.value, year: supply.year, needed } };
}

/** The outcome of parts at these levels. */
export function outcomeOf(levels: readonly Level[]): Outcome {
  if (levels.includes('ruled-out')) return 'does-not-fit';
  if (levels.includes('unknown')) return 'may-fit';
  return levels.includes('indicated') ? 'likely-fits' : 'fits';
}

/**
 * Assesses one venue against a brief; `cityHotels` is its city's published hotel supply, `gala` the
 * banquet seats of a gala dinner the request asks for too.
 */
export function assessVenue<V extends BriefVenue>(venue: V, brief: EventBrief, cityHotels: CityHotelSupply, gala?: number): VenueAssessment<V> {
  const listing = roomListing(venue);
  const parts: Part[] = roomParts(venue, brief, listing);
  if (gala !== undefined) parts.push(galaPart(venue, gala, listing));
  if (brief.exhibitionArea !== undefined) parts.push(exhibitionPart(venue, brief.exhibitionArea));
  if (brief.cityHotelRooms !== undefined) parts.push(cityHotelsPart(cityHotels, brief.cityHotelRooms));
  const plenaryRoom = (parts[0] as RoomPart).rooms[0];
  return {
    venue,
    outcome: outcomeOf(parts.map((p) => p.level)),
    parts,
    evidence: parts.reduce((sum, p) => sum + Math.max(0, strength[p.level] - 1), 0),
    headroom: plenaryRoom ? (figurePeople(plenaryRoom.figure) ?? 0) / brief.plenary.seats : 0,
  };
}

/** The parts still to confirm with the venue (indicated) or to ask it about (unknown). */
export const openParts = (a: VenueAssessment<unknown>) => a.parts.filter((p) => p.level === 'indicated' || p.level === 'unknown');

/** How the finder lists a brief's results: the four outcomes, then venues with no room figure on file at all. */
export type BriefGroup = Outcome | 'no-room-figures';
export const briefGroups: readonly BriefGroup[] = [...outcomes, 'no-room-figures'];

/** Stronger evidence first, then more headroom; the slug breaks ties, so both languages give one order. */
export const byRank = (a: VenueAssessment<BriefVenue>, b: VenueAssessment<BriefVenue>) =>
  b.evidence - a.evidence || b.headroom - a.headroom || (a.venue.slug < b.venue.slug ? -1 : a.venue.slug > b.venue.slug ? 1 : 0);

/**
 * Assessments in the finder's groups, each ranked. A venue that may fit but lists no meeting room at
 * all is kept apart, last: nothing on file speaks for or against its rooms.
 */
export function groupForBrief<V extends BriefVenue>(assessments: readonly VenueAssessment<V>[]): Record<BriefGroup, VenueAssessment<V>[]> {
  const groups = Object.fromEntries(briefGroups.map((g) => [g, [] as VenueAssessment<V>[]])) as Record<BriefGroup, VenueAssessment<V>[]>;
  for (const a of assessments) groups[a.outcome === 'may-fit' && meetingRooms(a.venue).length === 0 ? 'no-room-figures' : a.outcome].push(a);
  for (const group of briefGroups) groups[group].sort(byRank);
  return groups;
}

/**
 * The venues a request asks by default: the top of the ranking, fits first, up to `limit`; a venue
 * with no room figure only where fewer than `limit` venues with figures fit, likely fit or may fit.
 */
export function defaultRequest<V extends BriefVenue>(groups: Record<BriefGroup, VenueAssessment<V>[]>, limit: number): string[] {
  return [...groups.fits, ...groups['likely-fits'], ...groups['may-fit'], ...groups['no-room-figures']].slice(0, limit).map((a) => a.venue.slug);
}

/** Whether a may-fit venue has evidence: some room or exhibition part confirmed or indicated (the city's hotels are the whole city's). */
const hasEvidence = (a: VenueAssessment<BriefVenue>) => a.parts.some((p) => p.kind !== 'city-hotels' && atLeast(p.level, 'indicated'));

/**
 * Cities by how many of their venues fit, then likely fit, then may fit with evidence: never by how
 * many venues a city has. A city with none of these is left out.
 */
export function rankCitiesByFit(assessments: readonly VenueAssessment<BriefVenue>[]): { city: string; fits: number; likely: number; mayFit: number }[] {
  const counts = new Map<string, { fits: number; likely: number; mayFit: number }>();
  for (const a of assessments) {
    const key = a.outcome === 'fits' ? 'fits' : a.outcome === 'likely-fits' ? 'likely' : a.outcome === 'may-fit' && hasEvidence(a) ? 'mayFit' : undefined;
    if (!key) continue;
    const count = counts.get(a.venue.city) ?? { fits: 0, likely: 0, mayFit: 0 };
    count[key] += 1;
    counts.set(a.venue.city, count);
  }
  return [...counts.entries()]
    .map(([city, count]) => ({ city, ...count }))
    .sort((a, b) => b.fits - a.fits || b.likely - a.likely || b.mayFit - a.mayFit || (a.city < b.city ? -1 : 1));
}
