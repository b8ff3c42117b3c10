/**
 * The geometry of a venue's rooms chart: per room (sections under their room, indented), one
 * horizontal bar per layout with a published figure, and one for an "up to" or "more than" figure
 * whose layout the source does not give. Layouts with no figure and layouts not offered get no bar:
 * the chart draws what is published, the rooms table marks the rest. Pure, drawn at build time.
 */
import { layouts, type Layout } from '../shared/seating.ts';
import type { RoomRecord } from '../shared/records.ts';

export type BarKind = 'figure' | 'up-to' | 'more-than';

export interface ChartBar {
  /** The layout, or null for a figure whose layout the source does not state. */
  layout: Layout | null;
  kind: BarKind;
  seats: number;
  y: number;
  width: number;
}

export interface ChartRoom {
  room: RoomRecord;
  depth: number;
  /** Baseline of the room's name. */
  y: number;
  /** Left edge of the room's name and labels, indented for sections. */
  x: number;
  bars: ChartBar[];
}

export interface RoomsChart {
  width: number;
  height: number;
  /** Where bars start and how long the longest may be. */
  barX: number;
  barSpan: number;
  /** The largest figure drawn: the scale's end. */
  max: number;
  rooms: ChartRoom[];
}

/** Sizes in the SVG's own units; the SVG scales to its box, so these are proportions. */
export const chartMetrics = { width: 360, labelWidth: 104, valueWidth: 84, nameHeight: 18, barHeight: 12, barGap: 4, roomGap: 12, indent: 12, fontSize: 11 } as const;

/** A room's bars' figures: every published layout in the planners' order, then "up to" or "more than". */
export function roomFigures(room: RoomRecord): Omit<ChartBar, 'y' | 'width'>[] {
  const figures: Omit<ChartBar, 'y' | 'width'>[] = layouts.flatMap((layout) => (room.capacity[layout] === undefined ? [] : [{ layout, kind: 'figure' as const, seats: room.capacity[layout] as number }]));
  if (room.upTo !== null) figures.push({ layout: null, kind: 'up-to', seats: room.upTo });
  else if (room.moreThan !== null) figures.push({ layout: null, kind: 'more-than', seats: room.moreThan });
  return figures;
}

/**
 * Lays out `rows` (rooms in table order, with their depth) as a chart. Rooms that publish no seats
 * are left out (`notDrawn` counts them) unless a section of theirs is drawn: then they keep a line
 * saying so, and their sections stay under them.
 */
export function roomsChart(allRows: readonly { room: RoomRecord; depth: number }[]): RoomsChart & { notDrawn: number } {
  const m = chartMetrics;
  const drawn = (i: number): boolean => {
    if (roomFigures((allRows[i] as (typeof allRows)[number]).room).length > 0) return true;
    const depth = (allRows[i] as (typeof allRows)[number]).depth;
    for (let j = i + 1; j < allRows.length && (allRows[j] as (typeof allRows)[number]).depth > depth; j += 1) if (roomFigures((allRows[j] as (typeof allRows)[number]).room).length > 0) return true;
    return false;
  };
  const rows = allRows.filter((_, i) => drawn(i));
  const figures = rows.map(({ room }) => roomFigures(room));
  const max = Math.max(1, ...figures.flat().map((f) => f.seats));
  const barX = m.labelWidth;
  const barSpan = m.width - m.labelWidth - m.valueWidth;
  let y = 0;
  const rooms = rows.map(({ room, depth }, i) => {
    y += m.nameHeight;
    const nameY = y - 5;
    const own = figures[i] ?? [];
    const bars = (own.length > 0 ? own : []).map((figure) => {
      const bar = { ...figure, y: y + m.barGap / 2, width: Math.max(1, Math.round((figure.seats / max) * barSpan)) };
      y += m.barHeight + m.barGap;
      return bar;
    });
    // A line for "no published seat figure".
    if (own.length === 0) y += m.barHeight + m.barGap;
    y += m.roomGap;
    return { room, depth, y: nameY, x: depth * m.indent, bars };
  });
  return { width: m.width, height: Math.max(y - m.roomGap + 4, 1), barX, barSpan, max, rooms, notDrawn: allRows.length - rows.length };
}
