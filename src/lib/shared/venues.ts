/**
 * What a venue's published figures prove, and what they leave open. Unknown is never zero: a room
 * without a figure in a layout "may" hold a group until a published figure says otherwise.
 */
import { otherLocale, type Locale } from '../../i18n/locales.ts';
import { layouts, type Layout } from './seating.ts';
import type { RoomRecord, VenueRecord } from './records.ts';

/** The layout headline figures are given in, where a room publishes it: planners compare theatre seats first. */
export const headlineLayout: Layout = 'theatre';

/** A room's floor area: the published area, else length × width. */
export function roomArea(room: RoomRecord): number | null {
  if (room.area !== null) return room.area;
  return room.length !== null && room.width !== null ? room.length * room.width : null;
}

/** A room's name in the page's language, or in the other one (with that language) when only it is published. */
export function roomName(room: RoomRecord, locale: Locale): { text: string; locale: Locale } {
  const own = room.name[locale];
  if (own !== null) return { text: own, locale };
  const other = otherLocale(locale);
  return { text: room.name[other] ?? room.id, locale: other };
}

const meetingRoomLists = new WeakMap<readonly RoomRecord[], RoomRecord[]>();

/** The rooms a venue's capacity and matching read: all but those the source describes as something else (a press room). */
export function meetingRooms(venue: Pick<VenueRecord, 'rooms'>): RoomRecord[] {
  let rooms = meetingRoomLists.get(venue.rooms);
  if (!rooms) meetingRoomLists.set(venue.rooms, (rooms = venue.rooms.every((room) => room.meetingRoom) ? venue.rooms : venue.rooms.filter((room) => room.meetingRoom)));
  return rooms;
}

/** Meeting rooms that are not a section of another: what a venue counts as its meeting rooms. */
export const wholeRooms = (venue: Pick<VenueRecord, 'rooms'>) => meetingRooms(venue).filter((room) => room.partOf === null);

export interface RoomListing {
  /** Whole rooms listed (sections not counted). */
  listed: number;
  /** The venue's published total, or null. */
  total: number | null;
  /** The total is a lower bound ("100+"). */
  totalOrMore: boolean;
  /** The list holds every meeting room the venue has. */
  complete: boolean;
  /** How many meeting rooms may exist beyond the list: 0, a number, or Infinity when nothing bounds it. */
  unlisted: number;
}

export function roomListing(venue: Pick<VenueRecord, 'rooms' | 'meetingRoomsTotal' | 'figureDetails' | 'allRoomsListed'>): RoomListing {
  let listed = 0;
  for (const room of meetingRooms(venue)) if (room.partOf === null) listed += 1;
  const total = venue.meetingRoomsTotal;
  const totalOrMore = venue.figureDetails.meetingRoomsTotal?.orMore ?? false;
  const complete = venue.allRoomsListed || (total !== null && !totalOrMore && listed >= total);
  const unlisted = complete ? 0 : total !== null && !totalOrMore ? total - listed : Number.POSITIVE_INFINITY;
  return { listed, total, totalOrMore, complete, unlisted };
}

/** The largest listed room by one measure: its figure, and whether that figure is a lower bound ("more than 2,700 m²"). */
export interface LargestRoom {
  room: RoomRecord;
  value: number;
  orMore: boolean;
}

/**
 * The one rule for "largest listed room", used by the venue page, cards, compare, the scorecard and the
 * finder: the listed room with the most seats in a layout, or the largest floor area (published, else
 * length × width). An area published as "more than N" counts as N and says so. Null when no listed room
 * has a figure in that measure: never 0.
 */
export function largestListedRoom(venue: Pick<VenueRecord, 'rooms'>, measure: Layout | 'area'): LargestRoom | null {
  let best: LargestRoom | null = null;
  for (const room of meetingRooms(venue)) {
    const value = measure === 'area' ? roomArea(room) : (room.capacity[measure] ?? null);
    if (value === null) continue;
    const orMore = measure === 'area' && room.areaQualifier === 'or-more';
    // On equal figures "more than N" is the larger.
    if (!best || value > best.value || (value === best.value && orMore && !best.orMore)) best = { room, value, orMore };
  }
  return best;
}

/** A venue's headline capacity and what it is: seats in one listed room, in a layout, "up to" or "more than". */
export interface Headline {
  room: RoomRecord;
  seats: number;
  /** The layout of the figure, or null for a figure whose layout the source does not give. */
  layout: Layout | null;
  /** The figure is a "more than N" (a minimum). */
  orMore: boolean;
}

// On equal figures "more than N" is the larger; then theatre seats, another layout, "up to".
const kindRank = (h: Headline) => (h.orMore ? 4 : h.layout === headlineLayout ? 3 : h.layout !== null ? 2 : 1);

/** Whether headline `a` beats `b`: more people, or as many in a figure planners read first. */
export function outranks<H extends Headline>(a: H, b: H | undefined): boolean {
  return !b || a.seats > b.seats || (a.seats === b.seats && kindRank(a) > kindRank(b));
}

/**
 * The headline: the most people one listed meeting room publishes in any figure (seats in a layout,
 * "up to", "more than"), saying which; a room that is not a meeting room (a press room) never heads it. On a tie "more than N" wins (it is more), then a theatre figure,
 * another layout, "up to": planners compare theatre seats first. Undefined when no room publishes a number of people.
 */
export function headlineCapacity(venue: Pick<VenueRecord, 'rooms'>): Headline | undefined {
  let found: Headline | undefined;
  const consider = (candidate: Headline) => {
    if (outranks(candidate, found)) found = candidate;
  };
  for (const room of meetingRooms(venue)) {
    for (const layout of layouts) {
      const seats = room.capacity[layout];
      if (seats !== undefined) consider({ room, seats, layout, orMore: false });
    }
    if (room.upTo !== null) consider({ room, seats: room.upTo, layout: null, orMore: false });
    if (room.moreThan !== null) consider({ room, seats: room.moreThan, layout: null, orMore: true });
  }
  return found;
}

/** A venue's rooms as a tree of rooms and sections, worked out once per list of rooms (matching asks often). */
interface RoomTree {
  /** Each room's ancestors: the rooms it is a section of, at any depth. */
  ancestors: Map<string, Set<string>>;
  /** The rooms directly under each room; under `null`, the rooms that are no listed room's section. */
  children: Map<string | null, RoomRecord[]>;
}

const trees = new WeakMap<readonly RoomRecord[], RoomTree>();

function roomTree(rooms: readonly RoomRecord[]): RoomTree {
  let tree = trees.get(rooms);
  if (tree) return tree;
  const byId = new Map(rooms.map((room) => [room.id, room]));
  const ancestors = new Map<string, Set<string>>();
  const children = new Map<string | null, RoomRecord[]>();
  for (const room of rooms) {
    const above = new Set<string>();
    for (let parent = room.partOf; parent !== null && !above.has(parent); parent = byId.get(parent)?.partOf ?? null) above.add(parent);
    ancestors.set(room.id, above);
    const parent = room.partOf !== null && byId.has(room.partOf) ? room.partOf : null;
    children.set(parent, [...(children.get(parent) ?? []), room]);
  }
  tree = { ancestors, children };
  trees.set(rooms, tree);
  return tree;
}

/** Whether a room is a section or has sections: only then does booking it take other rooms with it. */
export function inSectionTree(venue: Pick<VenueRecord, 'rooms'>, room: RoomRecord): boolean {
  return room.partOf !== null || roomTree(venue.rooms).children.has(room.id);
}

/**
 * Two rooms that cannot be booked at the same time: one is a section of the other (at any depth).
 * Two sections of one ballroom can.
 */
export function roomsOverlap(venue: Pick<VenueRecord, 'rooms'>, a: RoomRecord, b: RoomRecord): boolean {
  if (a.id === b.id) return true;
  const { ancestors } = roomTree(venue.rooms);
  return Boolean(ancestors.get(a.id)?.has(b.id) || ancestors.get(b.id)?.has(a.id));
}

/**
 * The largest set of the rooms `qualifies` accepts that can all be booked at once (no room with one
 * of its own sections), found over the tree of rooms and sections; beside `taken` (a room already
 * booked: neither it, its sections nor the rooms it is a section of can be). Returns the rooms chosen.
 */
export function largestConcurrentSet(venue: Pick<VenueRecord, 'rooms'>, qualifies: (room: RoomRecord) => boolean, taken?: RoomRecord): RoomRecord[] {
  const { children, ancestors } = roomTree(venue.rooms);
  const above = taken ? ancestors.get(taken.id) : undefined;
  // Best under a room: its sections together where any qualifies (they leave the rest of the room free), else the room itself.
  // The walk starts at rooms that are no one's section, so sections that name each other in a loop are never reached.
  const best = (room: RoomRecord): RoomRecord[] => {
    if (room === taken) return [];
    const below = (children.get(room.id) ?? []).flatMap(best);
    return below.length === 0 && qualifies(room) && !above?.has(room.id) ? [room] : below;
  };
  return (children.get(null) ?? []).flatMap(best);
}

/** How many rooms `largestConcurrentSet` would choose, counted without building the set (matching asks often). */
export function largestConcurrentCount(venue: Pick<VenueRecord, 'rooms'>, qualifies: (room: RoomRecord) => boolean, taken?: RoomRecord): number {
  const { children, ancestors } = roomTree(venue.rooms);
  const above = taken ? ancestors.get(taken.id) : undefined;
  const count = (room: RoomRecord): number => {
    if (room === taken) return 0;
    let below = 0;
    const sections = children.get(room.id);
    if (sections) for (const section of sections) below += count(section);
    return below === 0 && qualifies(room) && !above?.has(room.id) ? 1 : below;
  };
  let total = 0;
  for (const room of children.get(null) ?? []) total += count(room);
  return total;
}
