/**
 * From a chart's rooms to the venue's `rooms`: stable ids, sections by id, and what changed
 * compared with the rooms the venue file lists now.
 */
import type { z } from 'zod';
import { layouts } from '../../shared/seating.ts';
import { room as roomSchema } from '../../build/schemas.ts';
import type { ChartProblem, ChartRoom } from './chart.ts';
import { nameKey } from './chart.ts';

/** A room as venue.yaml writes it: the schema's input, empty fields left out. */
export type RoomRecord = z.input<typeof roomSchema>;

/** A room the venue file lists now, as far as the import needs to know it. */
export interface ExistingRoom {
  id: string;
  name: { en?: string; zh?: string };
  [field: string]: unknown;
}

/** `Grand Ballroom A` → `grand-ballroom-a`; accents dropped; empty when nothing ASCII is left. */
export function roomSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/&/gu, ' and ')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

export interface ImportPlan {
  rooms: RoomRecord[];
  /** For each record, the chart row it comes from. */
  rowOf: Map<string, number>;
  added: RoomRecord[];
  changed: { before: ExistingRoom; after: RoomRecord }[];
  unchanged: RoomRecord[];
  /** Rooms the file lists and the chart does not. */
  removed: ExistingRoom[];
  /** English or Chinese names kept from the file because the chart does not give them. */
  keptNames: { id: string; lang: 'en' | 'zh'; name: string }[];
  /** Rooms still without a name in one language. */
  missingNames: { id: string; lang: 'en' | 'zh'; row: number }[];
  problems: ChartProblem[];
}

/** The existing room a chart row is: the same English or Chinese name. */
function matchExisting(room: ChartRoom, existing: readonly ExistingRoom[], taken: Set<string>): ExistingRoom | undefined {
  return existing.find(
    (candidate) =>
      !taken.has(candidate.id) &&
      (['en', 'zh'] as const).some((lang) => {
        const ours = room.name[lang];
        const theirs = candidate.name?.[lang];
        return ours !== undefined && typeof theirs === 'string' && nameKey(ours) === nameKey(theirs);
      }),
  );
}

/** The object without its undefined fields, which YAML would otherwise write as `null`. */
function definedOnly<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * Turns the chart's rooms into the venue's rooms. An existing room keeps its id (links and
 * sections stay stable) and the name in the language the chart lacks. A new room's id is its
 * English name as a slug, or `room-<row>` when the chart gives no English name (no transliteration).
 */
export function planImport(chartRooms: readonly ChartRoom[], existing: readonly ExistingRoom[], source?: string): ImportPlan {
  const problems: ChartProblem[] = [];
  const matched = new Set<string>();
  const matches = chartRooms.map((room) => {
    const match = matchExisting(room, existing, matched);
    if (match) matched.add(match.id);
    return match;
  });
  // Ids of rooms the chart drops are not handed to new rooms: an old link must not land on another room.
  const used = new Set(existing.map((room) => room.id));
  const keptNames: ImportPlan['keptNames'] = [];
  const rowOf = new Map<string, number>();
  const ids = chartRooms.map((room, index) => {
    const match = matches[index];
    const id = match ? match.id : uniqueId(roomSlug(room.name.en ?? '') || `room-${room.row}`, used);
    rowOf.set(id, room.row);
    return id;
  });
  const idByName = new Map<string, string>();
  chartRooms.forEach((room, index) => {
    for (const name of [room.name.en, room.name.zh]) if (name !== undefined) idByName.set(nameKey(name), ids[index] as string);
  });

  const rooms = chartRooms.map((room, index): RoomRecord => {
    const id = ids[index] as string;
    const match = matches[index];
    const name = { ...room.name };
    for (const lang of ['en', 'zh'] as const) {
      const kept = match?.name?.[lang];
      if (name[lang] === undefined && typeof kept === 'string') {
        name[lang] = kept;
        keptNames.push({ id, lang, name: kept });
      }
    }
    let partOf: string | undefined;
    if (room.partOf !== undefined) {
      partOf = idByName.get(nameKey(room.partOf));
      if (partOf === undefined) problems.push({ row: room.row, message: `part of "${room.partOf}": no room of that name in the chart` });
      else if (partOf === id) problems.push({ row: room.row, message: `"${room.partOf}" cannot be a section of itself` });
    }
    const capacity = definedOnly(Object.fromEntries(layouts.map((layout) => [layout, room.capacity[layout]])));
    const record: RoomRecord = {
      id,
      name: definedOnly({ en: name.en, zh: name.zh }),
      ...(partOf === undefined || partOf === id ? {} : { partOf }),
      ...definedOnly({ area: room.area, length: room.length, width: room.width, ceiling: room.ceiling, upTo: room.upTo, moreThan: room.moreThan }),
      ...(Object.keys(capacity).length === 0 ? {} : { capacity }),
      ...(room.notOffered.length === 0 ? {} : { notOffered: layouts.filter((l) => room.notOffered.includes(l)) }),
      ...(source === undefined ? {} : { source }),
      // A chart cannot say a room is not a meeting room (a press room, a lawn): the room on file keeps saying so.
      ...(match?.meetingRoom === false ? { meetingRoom: false } : {}),
    };
    // Figures the chart leaves as they were still come from the source they came from.
    if (source === undefined && typeof match?.source === 'string' && sameFigures(match, record)) record.source = match.source;
    return record;
  });

  const added: RoomRecord[] = [];
  const changed: ImportPlan['changed'] = [];
  const unchanged: RoomRecord[] = [];
  rooms.forEach((record, index) => {
    const before = matches[index];
    if (!before) added.push(record);
    else if (differences(before, record).length > 0) changed.push({ before, after: record });
    else unchanged.push(record);
  });
  const missingNames = rooms.flatMap((record) =>
    (['en', 'zh'] as const).filter((lang) => record.name[lang] === undefined).map((lang) => ({ id: record.id, lang, row: rowOf.get(record.id) as number })),
  );
  return { rooms, rowOf, added, changed, unchanged, removed: existing.filter((room) => !matched.has(room.id)), keptNames, missingNames, problems };
}

/** A room's figures as the schema reads them (`area: 500` is `{ value: 500 }`), or undefined when it does not read. */
function figuresOf(input: unknown): string | undefined {
  const parsed = roomSchema.safeParse(input);
  if (!parsed.success) return undefined;
  const { area, length, width, ceiling, upTo, moreThan, capacity, notOffered } = parsed.data;
  return JSON.stringify([area, length, width, ceiling, upTo, moreThan, layouts.map((l) => capacity[l]), layouts.filter((l) => notOffered.includes(l))]);
}

/** True when both rooms give the same figures: areas, measures, seats, and layouts not offered. */
export function sameFigures(a: unknown, b: unknown): boolean {
  const figures = figuresOf(a);
  return figures !== undefined && figures === figuresOf(b);
}

const shownFields = ['name', 'partOf', 'area', 'length', 'width', 'ceiling', 'upTo', 'moreThan', 'capacity', 'notOffered', 'source'] as const;

/** Plain data with empty lists and groups left out, so `capacity: {}` equals no capacity. */
function canonical(value: unknown): string | undefined {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return entries.length === 0 ? undefined : JSON.stringify(Object.fromEntries(entries));
  }
  return JSON.stringify(value);
}

/** A figure written `{ value: 500, about: true }` as the chart says it: "about 500", "500 or more". */
export function figureText(figure: number | object): string {
  if (typeof figure === 'number') return figure.toLocaleString('en-GB');
  const { value, about, orMore } = figure as { value?: number; about?: boolean; orMore?: boolean };
  const number = typeof value === 'number' ? value.toLocaleString('en-GB') : '?';
  return `${about ? 'about ' : ''}${number}${orMore ? ' or more' : ''}`;
}

/** An area as the chart would say it: `{ value: 500, about: false }` is plain 500. */
function areaAsSaid(area: unknown): unknown {
  if (typeof area !== 'object' || area === null) return area;
  const { value, about, orMore } = area as { value?: unknown; about?: unknown; orMore?: unknown };
  return about !== true && orMore !== true ? value : { value, ...(about === true ? { about } : {}), ...(orMore === true ? { orMore } : {}) };
}

/** `theatre: 1000 → 1200`, field by field; capacity and name per key. */
export function differences(before: Record<string, unknown>, after: RoomRecord): string[] {
  const lines: string[] = [];
  const said = (value: unknown) => (value === undefined || (Array.isArray(value) && value.length === 0) ? 'none' : Array.isArray(value) ? value.join(', ') : typeof value === 'object' && value !== null ? figureText(value) : String(value));
  for (const field of shownFields) {
    const old = field === 'area' ? areaAsSaid(before[field]) : before[field];
    const now = field === 'area' ? areaAsSaid(after[field]) : after[field];
    if (canonical(old) === canonical(now)) continue;
    if (field === 'capacity' || field === 'name') {
      const o = (old ?? {}) as Record<string, unknown>;
      const n = (now ?? {}) as Record<string, unknown>;
      for (const key of new Set([...Object.keys(o), ...Object.keys(n)])) {
        if (o[key] !== n[key]) lines.push(`${field === 'name' ? 'name.' : ''}${key}: ${said(o[key])} → ${said(n[key])}`);
      }
    } else lines.push(`${field}: ${said(old)} → ${said(now)}`);
  }
  return lines;
}

/** A room as the schema reads it, layouts not offered in the schema's order: two ways of writing one room read alike. */
function asRead(input: unknown): Record<string, unknown> | undefined {
  const parsed = roomSchema.safeParse(input);
  if (!parsed.success) return undefined;
  return { ...parsed.data, notOffered: layouts.filter((l) => parsed.data.notOffered.includes(l)) };
}

/**
 * What differs between two room lists as the build reads them, room by room (`hall: theatre: 100 →
 * 120`), rooms missing from either, and their order: empty when the lists are the same rooms.
 */
export function roomListChanges(before: readonly unknown[], after: readonly unknown[]): string[] {
  const idOf = (r: unknown) => String((r as { id?: unknown } | null)?.id);
  const afterById = new Map(after.map((r) => [idOf(r), r]));
  const beforeIds = new Set(before.map(idOf));
  const lines: string[] = [];
  for (const old of before) {
    const id = idOf(old);
    const now = afterById.get(id);
    if (now === undefined) {
      lines.push(`${id}: no longer listed`);
      continue;
    }
    const [a, b] = [asRead(old), asRead(now)];
    if (!a || !b) lines.push(`${id}: ${a ? 'after' : 'before'}, the room does not pass the check`);
    else lines.push(...differences(a, b as RoomRecord).map((change) => `${id}: ${change}`));
  }
  for (const id of afterById.keys()) if (!beforeIds.has(id)) lines.push(`${id}: new`);
  const order = (list: readonly unknown[]) => list.map(idOf).filter((id) => beforeIds.has(id) && afterById.has(id));
  if (order(before).join() !== order(after).join()) lines.push(`order: ${order(before).join(', ')} → ${order(after).join(', ')}`);
  return lines;
}
