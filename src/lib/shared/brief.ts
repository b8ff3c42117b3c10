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
import { outcomes, type Outcome } from './outcome.ts';
import type { Layout } from './seating.ts';
import type { CityRecord, Label, RoomRecord, VenueRecord } from './records.ts';
import { byEvidence, figurePeople, roomEvidence, strength, weaker, type Level, type RoomEvidence } from './evidence.ts';
import { inSectionTree, largestConcurrentCount, largestConcurrentSet, meetingRooms, roomListing, roomsOverlap, type RoomListing } from './venues.ts';

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

export { outcomes, type Outcome } from './outcome.ts';

/** A published figure that rules a part out. */
export type RuledOut =
  | { kind: 'plenary-size'; layout: Layout; largest: number | null; needed: number }
  | { kind: 'breakouts'; layout: Layout; seats: number; available: number; needed: number }
  | { kind: 'room-total'; total: number; needed: number }
  | { kind: 'gala-size'; largest: number | null; needed: number };

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

/** A part the venue or city publishes one figure for; when ruled out, the figure is what rules it out. */
export interface TotalPart {
  kind: 'exhibition' | 'city-hotels';
  level: Level;
  needed: number;
  figure: { value: number; about: boolean; orMore: boolean; year: number | null; scope: Label | null; source: string | null } | null;
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

/** The rooms that may take a breakout, with their evidence; tier i holds those at least as strong as levels[i]. */
interface BreakoutPool {
  /** The rooms not ruled out, with their evidence. */
  list: RoomEvidence[];
  /** Rooms in each tier. */
  sizes: number[];
  /** Some listed room is a section of another: then rooms are counted over the tree of sections. */
  sections: boolean;
  count: number;
  /** Per tier, the rooms that can be booked at once with no plenary taken out (worked out when first asked). */
  free: (number | undefined)[];
  /** Each room's evidence, for the tree walks (made when first asked). */
  byRoom?: Map<RoomRecord, RoomEvidence>;
}

/** Whether a room is in tier `i` of the pool. */
function inTier(pool: BreakoutPool, i: number): (room: RoomRecord) => boolean {
  const byRoom = (pool.byRoom ??= new Map(pool.list.map((e) => [e.room, e])));
  const floor = strength[levels[i] as Level];
  return (room) => {
    const e = byRoom.get(room);
    return e !== undefined && strength[e.level] >= floor;
  };
}

/** The breakout rooms free beside a plenary room at tier `i`: the most that can be booked at once. */
function freeBeside(venue: BriefVenue, pool: BreakoutPool, i: number, plenary: RoomRecord | undefined): RoomEvidence[] {
  const floor = strength[levels[i] as Level];
  if (!pool.sections) return pool.list.filter((e) => strength[e.level] >= floor && e.room !== plenary);
  const qualifies = inTier(pool, i);
  const byRoom = pool.byRoom as Map<RoomRecord, RoomEvidence>;
  return largestConcurrentSet(venue, qualifies, plenary).map((room) => byRoom.get(room) as RoomEvidence);
}

/** How strong the breakouts beside a plenary room (or an unlisted one, `plenary` undefined) are: the tier they reach, and how many rooms there are. */
function breakoutsBeside(venue: BriefVenue, pool: BreakoutPool, plenary: RoomRecord | undefined, unlistedLeft: number): { tier: number; level: Level; available: number } {
  let available = 0;
  for (let i = 0; i < levels.length; i += 1) {
    const extra = i === levels.length - 1 ? unlistedLeft : 0;
    const size = pool.sizes[i] as number;
    // Too few rooms even before the plenary's are taken out: a weaker tier, unless this is the last.
    if (size + extra < pool.count && i < levels.length - 1) continue;
    let free: number;
    if (!pool.sections) {
      const floor = strength[levels[i] as Level];
      free = size - (plenary && pool.list.some((e) => e.room === plenary && strength[e.level] >= floor) ? 1 : 0);
    } else {
      const qualifies = inTier(pool, i);
      const all = (pool.free[i] ??= largestConcurrentCount(venue, qualifies));
      // A plenary room with no sections and no parent takes only itself from the breakouts.
      free = plenary && inSectionTree(venue, plenary) ? largestConcurrentCount(venue, qualifies, plenary) : all - (plenary && qualifies(plenary) ? 1 : 0);
    }
    available = free + extra;
    if (available >= pool.count) return { tier: i, level: levels[i] as Level, available };
  }
  return { tier: -1, level: 'ruled-out', available };
}

/** The plenary and the breakouts: the choice of plenary room that gives the strongest evidence for both. */
function roomParts(venue: BriefVenue, brief: EventBrief, listing: RoomListing): RoomPart[] {
  const rooms = meetingRooms(venue);
  const { plenary, breakouts } = brief;
  const count = breakouts?.rooms ?? 0;
  const forPlenary = rooms.map((room) => roomEvidence(room, plenary.layout, plenary.seats));
  const forBreakouts = breakouts ? rooms.map((room) => roomEvidence(room, breakouts.layout, breakouts.seats)) : [];
  const list = forBreakouts.filter((e) => e.level !== 'ruled-out');
  const pool: BreakoutPool = {
    list,
    sizes: [0, 0, 0],
    sections: rooms.some((r) => r.partOf !== null),
    count,
    free: [],
  };
  for (const e of list) for (let i = 0; i < levels.length; i += 1) if (atLeast(e.level, levels[i] as Level)) (pool.sizes[i] as number) += 1;
  // Listed rooms that may hold the plenary, strongest and largest first, then a room not on this site.
  const candidates: (RoomEvidence | undefined)[] = forPlenary.filter((e) => e.level !== 'ruled-out').sort(byEvidence);
  if (listing.unlisted > 0) candidates.push(undefined);
  // The most the breakouts can reach whichever room takes the plenary.
  let most: ReturnType<typeof breakoutsBeside> | undefined;

  // The best choice: both parts strongest together, then the plenary's evidence, then the breakouts', then the most breakout rooms.
  let best: { plenary: RoomEvidence | undefined; breakouts: ReturnType<typeof breakoutsBeside> | undefined; score: number[] } | undefined;
  for (const candidate of candidates) {
    const plenaryLevel: Level = candidate?.level ?? 'unknown';
    // Candidates come strongest first: stop once none left can beat what is found.
    if (best) {
      most ??= breakouts ? breakoutsBeside(venue, pool, undefined, listing.unlisted) : undefined;
      const ceiling = most ? strength[most.level] : strength.confirmed;
      const [both0 = 0, plenary0 = 0, breakouts0 = 0, available0 = 0] = best.score;
      if (both0 >= Math.min(strength[plenaryLevel], ceiling) && (plenary0 > strength[plenaryLevel] || (breakouts0 >= ceiling && (ceiling > 0 || available0 >= (most?.available ?? 0))))) break;
    }
    const beside = breakouts ? breakoutsBeside(venue, pool, candidate?.room, candidate ? listing.unlisted : listing.unlisted - 1) : undefined;
    const both = beside ? weaker(plenaryLevel, beside.level) : plenaryLevel;
    const score = [strength[both], strength[plenaryLevel], strength[beside?.level ?? 'confirmed'], Math.min(beside?.available ?? 0, count)];
    if (!best || isBetter(score, best.score)) best = { plenary: candidate, breakouts: beside, score };
    // Both confirmed: nothing can do better.
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
    const plenaryRoom = plenaryPart.rooms[0]?.room;
    const beside = best?.breakouts ?? breakoutsBeside(venue, pool, undefined, listing.unlisted);
    // The strongest rooms that are big enough, the smallest of them first: breakouts leave the large rooms free.
    const chosen = beside.tier < 0 ? [] : freeBeside(venue, pool, beside.tier, plenaryRoom).sort((a, b) => byEvidence(a, b, true)).slice(0, count);
    const part: RoomPart = { ...base, kind: 'breakouts', layout: breakouts.layout, seats: breakouts.seats, count, level: beside.level, rooms: chosen, unlisted: beside.tier < 0 ? 0 : count - chosen.length };
    // Ruled out: by the published room total where it is what binds (sections of a divisible room count as rooms of their own), else by the rooms.
    if (beside.level === 'ruled-out') {
      const total = listing.total;
      part.ruledOut =
        total !== null && !listing.totalOrMore && Math.max(total, listing.listed) < 1 + count
          ? { kind: 'room-total', total, needed: 1 + count }
          : { kind: 'breakouts', layout: breakouts.layout, seats: breakouts.seats, available: beside.available, needed: count };
    }
    // What the rooms beside the plenary say at most, where none is named.
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

/**
 * A part the venue or city publishes one total for (exhibition space, hotel rooms in the city):
 * confirmed at or above the need, ruled out below it, unknown without a figure or where the figure
 * is a lower bound ("more than") below the need. A figure that counts only some (`scope`: four- and
 * five-star hotels) is never read as the total: at or above the need it indicates, below it rules nothing out.
 */
function totalPart(kind: TotalPart['kind'], needed: number, figure: TotalPart['figure']): TotalPart {
  const enough = figure !== null && figure.value >= needed;
  const level: Level = !figure ? 'unknown' : figure.scope ? (enough ? 'indicated' : 'unknown') : enough ? 'confirmed' : figure.orMore ? 'unknown' : 'ruled-out';
  return { kind, level, needed, figure };
}

/** The outcome of parts at these levels: the weakest part decides. */
export function outcomeOf(parts: readonly { level: Level }[]): Outcome {
  let weakest: Level = 'confirmed';
  for (const part of parts) weakest = weaker(weakest, part.level);
  return weakest === 'ruled-out' ? 'does-not-fit' : weakest === 'unknown' ? 'may-fit' : weakest === 'indicated' ? 'likely-fits' : 'fits';
}

/**
 * Assesses one venue against a brief; `cityHotels` is its city's published hotel supply, `gala` the
 * banquet seats of a gala dinner the request asks for too.
 */
export function assessVenue<V extends BriefVenue>(venue: V, brief: EventBrief, cityHotels: CityHotelSupply, gala?: number): VenueAssessment<V> {
  const listing = roomListing(venue);
  const parts: Part[] = roomParts(venue, brief, listing);
  if (gala !== undefined) parts.push(galaPart(venue, gala, listing));
  const space = venue.exhibitionSpace;
  const detail = venue.figureDetails.exhibitionSpace;
  if (brief.exhibitionArea !== undefined) {
    parts.push(totalPart('exhibition', brief.exhibitionArea, space === null ? null : { value: space, about: detail?.about ?? false, orMore: detail?.orMore ?? false, year: detail?.year ?? null, scope: null, source: detail?.source ?? null }));
  }
  if (brief.cityHotelRooms !== undefined) parts.push(totalPart('city-hotels', brief.cityHotelRooms, cityHotels && { ...cityHotels, source: null }));
  const plenaryRoom = (parts[0] as RoomPart).rooms[0];
  return {
    venue,
    outcome: outcomeOf(parts),
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
/** The groups whose venues a planner may ask for a proposal, in the ranking's order: all but "does not fit". */
export const askableGroups: readonly BriefGroup[] = ['fits', 'likely-fits', 'may-fit', 'no-room-figures'];

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
  return askableRanking(groups).slice(0, limit);
}

/** Every venue a planner may ask, in the ranking's order (the groups' order, then each group's). */
export const askableRanking = <V extends BriefVenue>(groups: Record<BriefGroup, VenueAssessment<V>[]>): string[] =>
  askableGroups.flatMap((group) => groups[group].map((a) => a.venue.slug));

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
