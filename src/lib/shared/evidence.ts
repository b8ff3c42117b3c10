/**
 * How strongly a room's figures say it can seat N people in a layout, strongest first:
 * - confirmed: a published figure for that layout meets the need;
 * - indicated: a figure that is not for that layout points to yes ("up to N" or "more than N" with
 *   no layout stated, or an estimate from the room's area under the planning rule, area-rule.ts);
 * - unknown: nothing on file decides it;
 * - ruled-out: a published figure rules it out (a figure for the layout, the layout not offered,
 *   "up to" below the need, or an area too small even at the rule's least area a seat).
 * Published people figures speak before an estimate from area does.
 */
import { estimateByArea, mostSeatedByArea, seatedLayout } from './area-rule.ts';
import type { RoomRecord } from './records.ts';
import type { Layout } from './seating.ts';

export type Level = 'confirmed' | 'indicated' | 'unknown' | 'ruled-out';

/** A level's strength: higher is stronger. */
export const strength: Record<Level, number> = { confirmed: 3, indicated: 2, unknown: 1, 'ruled-out': 0 };

/** The weaker of two levels. */
export const weaker = (a: Level, b: Level): Level => (strength[a] <= strength[b] ? a : b);

/** The figure a level rests on. */
export type Figure =
  | { kind: 'layout'; layout: Layout; seats: number }
  | { kind: 'not-offered'; layout: Layout }
  | { kind: 'up-to'; people: number }
  | { kind: 'more-than'; people: number }
  /** An estimate from the area (never a capacity): [fewest, most] in the layout; `orMore` when the area is "more than". */
  | { kind: 'estimate'; layout: Layout; people: [number, number]; orMore: boolean }
  /** Ruled out by area: at most `people` seated at the rule's least area a seat. */
  | { kind: 'area'; area: number; people: number }
  | { kind: 'none'; layout: Layout };

export interface RoomEvidence {
  room: RoomRecord;
  level: Level;
  figure: Figure;
  /** For ordering: the level's strength, then the kind of figure (a published one before an estimate). */
  order: number;
  /** The number the figure gives (figurePeople), or -1. */
  people: number;
}

/** Published figures before estimates: a figure for the layout, then "more than", then "up to", then an estimate from area. */
const kindRank: Partial<Record<Figure['kind'], number>> = { layout: 4, 'more-than': 3, 'up-to': 2, estimate: 1 };

const evidence = (room: RoomRecord, level: Level, figure: Figure): RoomEvidence => ({ room, level, figure, order: strength[level] * 8 + (kindRank[figure.kind] ?? 0), people: figurePeople(figure) ?? -1 });

/** What a room's figures say of seating `seats` people in `layout`. */
export function roomEvidence(room: RoomRecord, layout: Layout, seats: number): RoomEvidence {
  const published = room.capacity[layout];
  if (published !== undefined) return evidence(room, published >= seats ? 'confirmed' : 'ruled-out', { kind: 'layout', layout, seats: published });
  if (room.notOffered.includes(layout)) return evidence(room, 'ruled-out', { kind: 'not-offered', layout });
  if (room.upTo !== null && room.upTo < seats) return evidence(room, 'ruled-out', { kind: 'up-to', people: room.upTo });
  if (room.moreThan !== null && room.moreThan >= seats) return evidence(room, 'indicated', { kind: 'more-than', people: room.moreThan });
  if (room.upTo !== null) return evidence(room, 'indicated', { kind: 'up-to', people: room.upTo });
  // The published area, else length × width; "more than N m²" is a lower bound.
  const m2 = room.area ?? (room.length !== null && room.width !== null ? room.length * room.width : null);
  if (m2 !== null) {
    const orMore = room.area !== null && room.areaQualifier === 'or-more';
    if (!orMore && seatedLayout(layout) && mostSeatedByArea(m2) < seats) return evidence(room, 'ruled-out', { kind: 'area', area: m2, people: mostSeatedByArea(m2) });
    const people = estimateByArea(m2, layout);
    if (people) return evidence(room, people[0] >= seats ? 'indicated' : 'unknown', { kind: 'estimate', layout, people, orMore });
  }
  return evidence(room, 'unknown', room.moreThan !== null ? { kind: 'more-than', people: room.moreThan } : { kind: 'none', layout });
}

/** Stronger evidence first; on a level, a published figure before an estimate, then the larger figure (`smaller`: the smaller, as breakouts want). */
export const byEvidence = (a: RoomEvidence, b: RoomEvidence, smaller = false) => b.order - a.order || (smaller ? a.people - b.people : b.people - a.people);

/** The number a figure gives, for headroom and for "the largest figure": the fewest where it is a range; null for none. */
export function figurePeople(figure: Figure): number | null {
  switch (figure.kind) {
    case 'layout':
      return figure.seats;
    case 'up-to':
    case 'more-than':
    case 'area':
      return figure.people;
    case 'estimate':
      return figure.people[0];
    default:
      return null;
  }
}
