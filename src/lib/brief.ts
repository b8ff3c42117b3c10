/**
 * Event-brief matching: can a venue host a plenary of N in layout L and, at the same time, K other
 * rooms of M in layout L2 (one room is never counted twice), plus optional exhibition space and hotel
 * supply in the city? A venue that cannot says why, in figures.
 */
import type { Layout } from './layouts.ts';
import { largestRoomCapacity, type RoomFigures } from './venues.ts';

export interface EventBrief {
  plenary: { seats: number; layout: Layout };
  breakouts?: { rooms: number; seats: number; layout: Layout };
  /** Exhibition space needed at the venue, m². */
  exhibitionArea?: number;
  /** Hotel rooms needed in the city. */
  cityHotelRooms?: number;
}

export interface BriefVenue {
  slug: string;
  city: string;
  exhibitionSpace: number | null;
  rooms: readonly RoomFigures[];
}

/** Why a venue falls short, as figures the page words in either language. */
export type Shortfall =
  | { kind: 'plenary-layout'; layout: Layout }
  | { kind: 'plenary-size'; layout: Layout; largest: number; needed: number }
  | { kind: 'breakouts'; layout: Layout; seats: number; available: number; needed: number }
  | { kind: 'exhibition'; available: number; needed: number }
  | { kind: 'city-hotels'; available: number | null; needed: number };

export interface VenueAssessment<V> {
  venue: V;
  fits: boolean;
  /** Indexes into venue.rooms: the plenary room and the breakout rooms, when they fit. */
  plenaryRoom?: number;
  breakoutRooms?: number[];
  shortfalls: Shortfall[];
}

const seatsIn = (room: RoomFigures, layout: Layout) => room.capacity[layout] ?? 0;

/** Assesses one venue against a brief; `cityHotelRooms` is the venue's city's published supply. */
export function assessVenue<V extends BriefVenue>(venue: V, brief: EventBrief, cityHotelRooms: number | null): VenueAssessment<V> {
  const shortfalls: Shortfall[] = [];
  const { plenary, breakouts } = brief;
  const plenaryCandidates = venue.rooms.flatMap((room, index) => (seatsIn(room, plenary.layout) >= plenary.seats ? [index] : []));
  const breakoutCandidates = breakouts
    ? venue.rooms.flatMap((room, index) => (seatsIn(room, breakouts.layout) >= breakouts.seats ? [index] : []))
    : [];
  const neededBreakouts = breakouts?.rooms ?? 0;

  let plenaryRoom: number | undefined;
  let breakoutRooms: number[] | undefined;
  if (plenaryCandidates.length === 0) {
    const largest = largestRoomCapacity(venue, plenary.layout);
    shortfalls.push(
      largest === 0
        ? { kind: 'plenary-layout', layout: plenary.layout }
        : { kind: 'plenary-size', layout: plenary.layout, largest, needed: plenary.seats },
    );
  } else {
    // Prefer a plenary room that no breakout could use, so breakouts keep every room they can.
    const breakoutSet = new Set(breakoutCandidates);
    const ordered = [...plenaryCandidates].sort((a, b) => Number(breakoutSet.has(a)) - Number(breakoutSet.has(b)));
    plenaryRoom = ordered[0] as number;
    const others = breakoutCandidates.filter((index) => index !== plenaryRoom);
    if (breakouts && others.length < neededBreakouts) {
      shortfalls.push({ kind: 'breakouts', layout: breakouts.layout, seats: breakouts.seats, available: others.length, needed: neededBreakouts });
    } else {
      breakoutRooms = others.slice(0, neededBreakouts);
    }
  }
  if (brief.exhibitionArea !== undefined && (venue.exhibitionSpace ?? 0) < brief.exhibitionArea) {
    shortfalls.push({ kind: 'exhibition', available: venue.exhibitionSpace ?? 0, needed: brief.exhibitionArea });
  }
  if (brief.cityHotelRooms !== undefined && (cityHotelRooms ?? 0) < brief.cityHotelRooms) {
    shortfalls.push({ kind: 'city-hotels', available: cityHotelRooms, needed: brief.cityHotelRooms });
  }
  const fits = shortfalls.length === 0;
  return { venue, fits, shortfalls, ...(fits ? { plenaryRoom, breakoutRooms } : {}) };
}

/** The venues that can host the brief, in the order given. */
export function venuesFittingBrief<V extends BriefVenue>(brief: EventBrief, venues: readonly V[], cityHotelRooms: ReadonlyMap<string, number | null>): V[] {
  return venues.filter((venue) => assessVenue(venue, brief, cityHotelRooms.get(venue.city) ?? null).fits);
}

/** Cities ranked by how many of their venues fit the brief (most first, then by slug); cities with none are left out. */
export function rankCitiesByFit(assessments: readonly VenueAssessment<BriefVenue>[]): { city: string; fitting: number }[] {
  const counts = new Map<string, number>();
  for (const a of assessments) if (a.fits) counts.set(a.venue.city, (counts.get(a.venue.city) ?? 0) + 1);
  return [...counts.entries()]
    .map(([city, fitting]) => ({ city, fitting }))
    .sort((a, b) => b.fitting - a.fitting || a.city.localeCompare(b.city));
}

/** Near misses first: venues that fail on one count only, before those that fail on several. */
export function nearMisses<V>(assessments: readonly VenueAssessment<V>[], limit = 5): VenueAssessment<V>[] {
  return assessments
    .filter((a) => !a.fits)
    .sort((a, b) => a.shortfalls.length - b.shortfalls.length)
    .slice(0, limit);
}
