import type { Layout } from './layouts.ts';
import type { Room } from './schemas.ts';

/** The most seats any one room of a venue offers in a layout; 0 when no room offers that layout. */
export function largestRoomCapacity(venue: { rooms: readonly Room[] }, layout: Layout): number {
  return Math.max(0, ...venue.rooms.map((room) => room.capacity[layout] ?? 0));
}

/** The area of a venue's largest room, m²; 0 when no room's area is published. */
export function largestRoomArea(venue: { rooms: readonly Room[] }): number {
  return Math.max(0, ...venue.rooms.map((room) => room.area ?? 0));
}
