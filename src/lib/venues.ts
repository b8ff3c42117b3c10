import type { Layout } from './layouts.ts';

/** What venue logic needs of a room; fits both the content schema and the open-data record. */
export interface RoomFigures {
  name: { en: string; zh: string };
  area?: number | null;
  capacity: Partial<Record<Layout, number>>;
}

/** The most seats any one room of a venue offers in a layout; 0 when no room offers that layout. */
export function largestRoomCapacity(venue: { rooms: readonly RoomFigures[] }, layout: Layout): number {
  return Math.max(0, ...venue.rooms.map((room) => room.capacity[layout] ?? 0));
}

/** The area of a venue's largest room, m²; 0 when no room's area is published. */
export function largestRoomArea(venue: { rooms: readonly RoomFigures[] }): number {
  return Math.max(0, ...venue.rooms.map((room) => room.area ?? 0));
}
