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
}

/** A room's floor area and whether it is a lower bound: the published area, else length × width. */
function areaOf(room: RoomRecord): { m2: number; orMore: boolean } | null {
  if (room.area !== null) return { m2: room.area, orMore: room.areaQualifier === 'or-more' };
  return room.length !== null && room.width !== null ? { m2: room.length * room.width, orMore: false } : null;
}

/** What a room's figures say of seating `seats` people in `layout`. */
export function roomEvidence(room: RoomRecord, layout: Layout, seats: number): RoomEvidence {
  const at = (level: Level, figure: Figure): RoomEvidence => ({ room, level, figure });
  const published = room.capacity[layout];
  if (published !== undefined) return at(published >= seats ? 'confirmed' : 'ruled-out', { kind: 'layout', layout, seats: published });
  if (room.notOffered.includes(layout)) return at('ruled-out', { kind: 'not-offered', layout });
  if (room.upTo !== null && room.upTo < seats) return at('ruled-out', { kind: 'up-to', people: room.upTo });
  if (room.moreThan !== null && room.moreThan >= seats) return at('indicated', { kind: 'more-than', people: room.moreThan });
  if (room.upTo !== null) return at('indicated', { kind: 'up-to', people: room.upTo });
  const area = areaOf(room);
  if (area) {
    if (!area.orMore && seatedLayout(layout) && mostSeatedByArea(area.m2) < seats) return at('ruled-out', { kind: 'area', area: area.m2, people: mostSeatedByArea(area.m2) });
    const people = estimateByArea(area.m2, layout);
    if (people) return at(people[0] >= seats ? 'indicated' : 'unknown', { kind: 'estimate', layout, people, orMore: area.orMore });
  }
  return at('unknown', room.moreThan !== null ? { kind: 'more-than', people: room.moreThan } : { kind: 'none', layout });
}

/** Published figures before estimates: a figure for the layout, then "more than", then "up to", then an estimate from area. */
const kindRank: Partial<Record<Figure['kind'], number>> = { layout: 4, 'more-than': 3, 'up-to': 2, estimate: 1 };

/** Stronger evidence first; on a level, a published figure before an estimate, then the larger figure (`smaller`: the smaller, as breakouts want). */
export const byEvidence = (a: RoomEvidence, b: RoomEvidence, smaller = false) =>
  strength[b.level] - strength[a.level] ||
  (kindRank[b.figure.kind] ?? 0) - (kindRank[a.figure.kind] ?? 0) ||
  ((figurePeople(b.figure) ?? 0) - (figurePeople(a.figure) ?? 0)) * (smaller ? -1 : 1);

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
