/** The finder's rules, re-derived independently from the open data, to check what the page shows. */
import { openData } from './site.ts';

export interface RoomRecord {
  id: string;
  name: { en: string | null; zh: string | null };
  partOf: string | null;
  area: number | null;
  areaQualifier: string | null;
  length: number | null;
  width: number | null;
  upTo: number | null;
  moreThan: number | null;
  source: string;
  capacity: Record<string, number | undefined>;
  notOffered: string[];
  meetingRoom: boolean;
}
export interface VenueRecord {
  slug: string;
  city: string;
  type: string;
  name: { en: string; zh: string };
  airportKm: number | null;
  hotelRooms: number | null;
  meetingSpace: number | null;
  exhibitionSpace: number | null;
  meetingRoomsTotal: number | null;
  figureDetails: Record<string, { orMore: boolean; source: string } | undefined>;
  sources: { id: string; url: string | null }[];
  allRoomsListed: boolean;
  status: { kind: string; year: number; source: string } | null;
  verified: string | null;
  rooms: RoomRecord[];
}

export const venues = openData<VenueRecord>('venues');
/** The venues the finder lists: a venue whose status changed (closed, partly demolished, rebuilding) is left out. */
export const finderVenues = venues.filter((v) => v.status === null);

/** The most seats a listed room publishes in a layout, or null. */
export const largest = (venue: VenueRecord, layout: string): number | null => {
  const seats = venue.rooms.flatMap((r) => r.capacity[layout] ?? []);
  return seats.length > 0 ? Math.max(...seats) : null;
};

/** Whole rooms listed (sections of a room are not counted). */
export const listedRooms = (venue: VenueRecord) => venue.rooms.filter((r) => r.partOf === null).length;

/** The ids of a room and every room it is a section of. */
function lineage(venue: VenueRecord, room: RoomRecord): string[] {
  const ids = [room.id];
  for (let parent = room.partOf; parent; parent = venue.rooms.find((r) => r.id === parent)?.partOf ?? null) ids.push(parent);
  return ids;
}
const overlap = (venue: VenueRecord, a: RoomRecord, b: RoomRecord) => lineage(venue, a).includes(b.id) || lineage(venue, b).includes(a.id);

/**
 * Whether the listed rooms' published figures prove the brief: a plenary room plus `count` other
 * rooms, none of them a section of another chosen room. Brute force over room choices.
 */
export function listedRoomsProve(venue: VenueRecord, plenary: [number, string], breakouts: [number, number, string]): boolean {
  const [seats, layout] = plenary;
  const [count, size, breakoutLayout] = breakouts;
  const candidates = venue.rooms.filter((r) => (r.capacity[breakoutLayout] ?? 0) >= size);
  const pick = (chosen: RoomRecord[], from: RoomRecord[]): boolean => {
    if (chosen.length === count + 1) return true;
    return from.some((room, i) => chosen.every((c) => !overlap(venue, c, room)) && pick([...chosen, room], from.slice(i + 1)));
  };
  return venue.rooms.some((room) => (room.capacity[layout] ?? 0) >= seats && pick([room], candidates));
}

/** The rooms matching reads: all but those the source describes as something else (a press room). */
export const meetingRoomsOf = (venue: VenueRecord) => venue.rooms.filter((r) => r.meetingRoom);

/** Whether any meeting room has a figure that speaks to seating people in a layout: seats for it, "up to", "more than" or an area. */
export const hasRoomFigureFor = (venue: VenueRecord, layout: string) =>
  meetingRoomsOf(venue).some((r) => r.capacity[layout] !== undefined || r.upTo !== null || r.moreThan !== null || r.area !== null || (r.length != null && r.width != null));

/** A venue's source number as its page numbers it ("[n]"), for a source id. */
export const sourceNumber = (venue: VenueRecord, id: string) => venue.sources.findIndex((s) => s.id === id) + 1;
