/**
 * Event-brief matching with three outcomes. Can a venue host a plenary of N in layout L and, at the
 * same time, K other rooms of M in layout L2, plus exhibition space at the venue and hotel rooms in
 * the city?
 * - fits: the listed rooms and published figures prove it;
 * - may fit: nothing published rules it out, but something is missing (said, in figures);
 * - does not fit: a published figure rules it out (said, with the figure).
 * A figure nobody published is never read as zero.
 */
import type { Layout } from './seating.ts';
import type { CityRecord, RoomRecord, VenueRecord } from './records.ts';
import { largestConcurrentSet, roomHolds, roomListing, roomsOverlap, roomUpperBound, wholeRooms, type RoomListing } from './venues.ts';

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

/** The city's published hotel supply, or null when no source gives it. */
export type CityHotelSupply = { value: number; year: number } | null;

/** A city's hotel supply as brief matching reads it. */
export const cityHotelSupply = (city: Pick<CityRecord, 'hotelRooms'> | undefined): CityHotelSupply =>
  city?.hotelRooms ? { value: city.hotelRooms.value, year: city.hotelRooms.year } : null;

export type Outcome = 'fits' | 'may-fit' | 'does-not-fit';
export const outcomes: readonly Outcome[] = ['fits', 'may-fit', 'does-not-fit'];

/** A published figure that rules the venue out. */
export type RuledOut =
  | { kind: 'plenary-size'; layout: Layout; largest: number | null; needed: number }
  | { kind: 'breakouts'; layout: Layout; seats: number; available: number; needed: number }
  | { kind: 'room-total'; total: number; needed: number }
  | { kind: 'exhibition'; available: number; needed: number }
  | { kind: 'city-hotels'; available: number; year: number; needed: number };

/** Something to confirm with the venue or the city before the venue can be said to fit. */
export type ToConfirm =
  | { kind: 'rooms-unlisted'; listed: number; total: number | null; orMore: boolean }
  | { kind: 'no-figure'; layout: Layout; rooms: RoomRecord[] }
  | { kind: 'exhibition-unknown'; needed: number }
  | { kind: 'city-hotels-unknown'; needed: number };

export type Reason = RuledOut | ToConfirm;

export interface VenueAssessment<V> {
  venue: V;
  outcome: Outcome;
  /** Why it does not fit (outcome does-not-fit) or what to confirm (may-fit); empty when it fits. */
  reasons: Reason[];
  /** The rooms the listed figures prove, where they prove the whole programme of rooms. */
  plenaryRoom?: RoomRecord;
  breakoutRooms?: RoomRecord[];
}

interface Need {
  layout: Layout;
  seats: number;
}

function roomsBy(rooms: readonly RoomRecord[], need: Need) {
  const yes: RoomRecord[] = [];
  const unknown: RoomRecord[] = [];
  for (const room of rooms) {
    const answer = roomHolds(room, need.layout, need.seats);
    if (answer === 'yes') yes.push(room);
    else if (answer === 'unknown') unknown.push(room);
  }
  return { yes, unknown };
}

/** The ids of `rooms` that may be booked alongside `plenary`: not it, not its sections, not what it is a section of. */
function freeWith(venue: BriefVenue, plenary: RoomRecord | undefined, rooms: readonly RoomRecord[]): Set<string> {
  const free = new Set<string>();
  for (const room of rooms) if (!plenary || !roomsOverlap(venue, plenary, room)) free.add(room.id);
  return free;
}

/** Smallest published figure first; rooms without one last. */
const bySeats = (layout: Layout) => (a: RoomRecord, b: RoomRecord) =>
  (a.capacity[layout] ?? Number.MAX_SAFE_INTEGER) - (b.capacity[layout] ?? Number.MAX_SAFE_INTEGER);

/** The rooms part of the brief: proven, open (with what to confirm) or ruled out (with the figure). */
function assessRooms(venue: BriefVenue, brief: EventBrief, listing: RoomListing) {
  const plenary = roomsBy(venue.rooms, brief.plenary);
  const breakoutNeed = brief.breakouts;
  const needed = breakoutNeed?.rooms ?? 0;
  const breakout = breakoutNeed ? roomsBy(venue.rooms, breakoutNeed) : { yes: [], unknown: [] };

  // Proven: a plenary room the figures prove, and enough rooms proven for breakouts beside it.
  let best: { plenary: RoomRecord; breakouts: RoomRecord[] } | undefined;
  const breakoutIds = new Set(breakout.yes.map((room) => room.id));
  // Prefer a plenary room breakouts cannot use, then the smallest that holds the plenary.
  const plenaryOrder = [...plenary.yes].sort((a, b) => Number(breakoutIds.has(a.id)) - Number(breakoutIds.has(b.id)) || bySeats(brief.plenary.layout)(a, b));
  // Without enough proven breakout rooms in all, no plenary room can leave enough: skip the search.
  for (const room of breakout.yes.length >= needed ? plenaryOrder : []) {
    const free = freeWith(venue, room, breakout.yes);
    if (free.size < needed) continue; // the set is a subset of the free rooms: too few to prove it
    const set = largestConcurrentSet(venue, free);
    if (!best || set.length > best.breakouts.length) best = { plenary: room, breakouts: set };
    if (best.breakouts.length >= needed) break;
  }
  if (best && best.breakouts.length >= needed) {
    const layout = breakoutNeed?.layout ?? brief.plenary.layout;
    return { answer: 'yes' as const, plenaryRoom: best.plenary, breakoutRooms: [...best.breakouts].sort(bySeats(layout)).slice(0, needed), reasons: [] };
  }

  // Ruled out by the published room total: fewer meeting rooms than the programme needs.
  const total = listing.total;
  if (total !== null && !listing.totalOrMore && Math.max(total, wholeRooms(venue).length) < 1 + needed) {
    return { answer: 'no' as const, reasons: [{ kind: 'room-total', total, needed: 1 + needed } satisfies RuledOut] };
  }

  // Open: the most the figures allow if every open room and every unlisted room turned out to qualify.
  const plenaryPossible = plenary.yes.length > 0 || plenary.unknown.length > 0 || listing.unlisted > 0;
  if (!plenaryPossible) {
    const { layout } = brief.plenary;
    const bounds = venue.rooms.flatMap((room) => (room.notOffered.includes(layout) ? [] : (room.capacity[layout] ?? roomUpperBound(room) ?? [])));
    return {
      answer: 'no' as const,
      reasons: [{ kind: 'plenary-size', layout, largest: bounds.length > 0 ? Math.max(...bounds) : null, needed: brief.plenary.seats } satisfies RuledOut],
    };
  }
  const possible = [...breakout.yes, ...breakout.unknown];
  // Rooms beyond an unbounded list could be any number: then nothing about breakouts is ruled out.
  const beside = new Map<RoomRecord | undefined, number>();
  const mostBreakouts = (plenaryRoom: RoomRecord | undefined, unlistedLeft: number) => {
    if (unlistedLeft === Number.POSITIVE_INFINITY) return unlistedLeft;
    let listed = beside.get(plenaryRoom);
    if (listed === undefined) {
      listed = largestConcurrentSet(venue, freeWith(venue, plenaryRoom, possible)).length;
      beside.set(plenaryRoom, listed);
    }
    return listed + unlistedLeft;
  };
  // The most breakout rooms any choice of plenary room leaves; the search stops once one leaves enough.
  let available = 0;
  for (const room of [...plenary.yes, ...plenary.unknown]) {
    available = Math.max(available, mostBreakouts(room, listing.unlisted));
    if (available >= needed) break;
  }
  if (available < needed && listing.unlisted > 0) available = Math.max(available, mostBreakouts(undefined, listing.unlisted - 1));
  if (breakoutNeed && available < needed) {
    return {
      answer: 'no' as const,
      reasons: [{ kind: 'breakouts', layout: breakoutNeed.layout, seats: breakoutNeed.seats, available, needed } satisfies RuledOut],
    };
  }

  // What to confirm: rooms beyond the list, and listed rooms whose figure in a needed layout is missing.
  const reasons: ToConfirm[] = [];
  if (!listing.complete) reasons.push({ kind: 'rooms-unlisted', listed: listing.listed, total: listing.total, orMore: listing.totalOrMore });
  const noFigure = (layout: Layout, rooms: RoomRecord[]) => {
    if (rooms.length === 0) return;
    const same = reasons.find((r): r is Extract<ToConfirm, { kind: 'no-figure' }> => r.kind === 'no-figure' && r.layout === layout);
    if (same) same.rooms = [...same.rooms, ...rooms.filter((room) => !same.rooms.includes(room))];
    else reasons.push({ kind: 'no-figure', layout, rooms });
  };
  // An open plenary room matters only if no proven one leaves enough (possible) breakout rooms.
  if (!plenary.yes.some((room) => mostBreakouts(room, listing.unlisted) >= needed)) noFigure(brief.plenary.layout, plenary.unknown);
  if (breakoutNeed) noFigure(breakoutNeed.layout, breakout.unknown);
  return { answer: 'unknown' as const, reasons };
}

/** Assesses one venue against a brief; `cityHotels` is the venue's city's published hotel supply. */
export function assessVenue<V extends BriefVenue>(venue: V, brief: EventBrief, cityHotels: CityHotelSupply): VenueAssessment<V> {
  const rooms = assessRooms(venue, brief, roomListing(venue));
  const ruledOut: RuledOut[] = rooms.answer === 'no' ? (rooms.reasons as RuledOut[]) : [];
  const toConfirm: ToConfirm[] = rooms.answer === 'unknown' ? (rooms.reasons as ToConfirm[]) : [];

  if (brief.exhibitionArea !== undefined) {
    if (venue.exhibitionSpace === null) toConfirm.push({ kind: 'exhibition-unknown', needed: brief.exhibitionArea });
    else if (venue.exhibitionSpace < brief.exhibitionArea && !venue.figureDetails.exhibitionSpace?.orMore) {
      ruledOut.push({ kind: 'exhibition', available: venue.exhibitionSpace, needed: brief.exhibitionArea });
    } else if (venue.exhibitionSpace < brief.exhibitionArea) toConfirm.push({ kind: 'exhibition-unknown', needed: brief.exhibitionArea });
  }
  if (brief.cityHotelRooms !== undefined) {
    if (cityHotels === null) toConfirm.push({ kind: 'city-hotels-unknown', needed: brief.cityHotelRooms });
    else if (cityHotels.value < brief.cityHotelRooms) {
      ruledOut.push({ kind: 'city-hotels', available: cityHotels.value, year: cityHotels.year, needed: brief.cityHotelRooms });
    }
  }

  const proven = rooms.answer === 'yes' ? { plenaryRoom: rooms.plenaryRoom, breakoutRooms: rooms.breakoutRooms } : {};
  if (ruledOut.length > 0) return { venue, outcome: 'does-not-fit', reasons: ruledOut };
  if (toConfirm.length > 0) return { venue, outcome: 'may-fit', reasons: toConfirm, ...proven };
  return { venue, outcome: 'fits', reasons: [], ...proven };
}

/** Cities by how many of their venues fit, then how many may fit; cities with neither are left out. */
export function rankCitiesByFit(assessments: readonly VenueAssessment<BriefVenue>[]): { city: string; fits: number; mayFit: number }[] {
  const counts = new Map<string, { fits: number; mayFit: number }>();
  for (const a of assessments) {
    if (a.outcome === 'does-not-fit') continue;
    const count = counts.get(a.venue.city) ?? { fits: 0, mayFit: 0 };
    if (a.outcome === 'fits') count.fits += 1;
    else count.mayFit += 1;
    counts.set(a.venue.city, count);
  }
  return [...counts.entries()]
    .map(([city, count]) => ({ city, ...count }))
    .sort((a, b) => b.fits - a.fits || b.mayFit - a.mayFit || a.city.localeCompare(b.city));
}

/** Assessments grouped by outcome, in the order fits, may fit, does not fit; within a group, the order given. */
export function groupByOutcome<V>(assessments: readonly VenueAssessment<V>[]): Record<Outcome, VenueAssessment<V>[]> {
  const groups: Record<Outcome, VenueAssessment<V>[]> = { fits: [], 'may-fit': [], 'does-not-fit': [] };
  for (const a of assessments) groups[a.outcome].push(a);
  return groups;
}
