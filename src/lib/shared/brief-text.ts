/**
 * A brief's assessment in words, in the page's language: one line per part of the brief naming the
 * rooms, their figures and source numbers, and the level of evidence; estimates from area marked
 * apart so pages style them apart. Dictionary-free: islands pass the phrases their page gave them.
 */
import type { Part, RoomPart, RuledOut, TotalPart } from './brief.ts';
import type { Level, RoomEvidence } from './evidence.ts';
import { around, figuresText, layoutName, roomsWithFigure, say, segmentText, sourceMarks, type Segment, type Wording } from './figure-text.ts';
import { qualifiedNumber } from './number-format.ts';
import type { Layout } from './seating.ts';
import type { FigureFilter } from './venue-filter.ts';
import { roomName, type RoomListing } from './venues.ts';

export { openFiltersLine, segmentText, type Segment, type Wording } from './figure-text.ts';

export const briefTextKeys = [
  'brief.part.plenary',
  'brief.part.breakouts',
  'brief.part.gala',
  'brief.part.exhibition',
  'brief.part.city-hotels',
  'brief.level.confirmed',
  'brief.level.indicated',
  'brief.level.unknown',
  'brief.level.ruled-out',
  'brief.figure.layout',
  'brief.figure.up-to',
  'brief.figure.more-than',
  'brief.figure.estimate',
  'brief.figure.estimateOrMore',
  'brief.figure.area',
  'brief.figure.not-offered',
  'brief.figure.none',
  'brief.range',
  'brief.rooms',
  'brief.sourceMarks',
  'brief.unlistedMore',
  'brief.noneOnFile',
  'brief.largestListed',
  'brief.total.area',
  'brief.total.rooms',
  'brief.total.scoped',
  'brief.openParts',
  'brief.name.plenary',
  'brief.name.breakouts',
  'brief.name.gala',
  'brief.name.exhibition',
  'brief.name.city-hotels',
  'brief.line',
  'common.about',
  'common.orMore',
  'common.colon',
  'reason.plenarySize',
  'reason.plenaryLayout',
  'reason.breakouts',
  'reason.breakouts.none',
  'reason.roomTotal',
  'reason.galaSize',
  'reason.galaLayout',
  'reason.roomsUnlisted',
  'reason.roomsUnlistedOrMore',
  'reason.roomsUnlistedNoTotal',
  'reason.roomsNoneListed',
  'reason.roomsNoneOf',
  'reason.roomsNoneOfOrMore',
  'reason.largestListedRoom',
  'reason.filterUnknown',
  'reason.separator',
  'reason.listSeparator',
] as const;

export type Phrases = Record<(typeof briefTextKeys)[number], string> & Record<`layout.${Layout}`, string> & Record<`filter.${FigureFilter}`, string>;

export interface PartLine {
  level: Level;
  /** "Plenary 1,000 theatre". */
  label: string;
  /** What the figures on file say; empty where there is nothing to name. */
  body: Segment[];
}

/** Rooms grouped by the kind of figure they rest on, each group named with its figures and sources. */
function roomsText(w: Wording, evidence: readonly RoomEvidence[], sources: readonly { id: string }[]): Segment[] {
  const groups = new Map<string, RoomEvidence[]>();
  for (const e of evidence) {
    const key = `${e.figure.kind}:${'layout' in e.figure ? e.figure.layout : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const segments: Segment[] = [];
  for (const group of groups.values()) {
    if (segments.length > 0) segments.push(w.phrases['reason.separator']);
    const rooms = group.map((e) => roomName(e.room, w.locale).text).join(w.phrases['reason.listSeparator']);
    segments.push(...roomsWithFigure(w, rooms, figuresText(w, group.map((e) => e.figure)), sourceMarks(w, sources, group.map((e) => e.room.source))));
  }
  return segments;
}

/** How many rooms the site lists: "3 of more than 100 meeting rooms listed", "only 1 room is listed here, …", never "0 rooms". */
function listingText(w: Wording, listing: RoomListing): string {
  if (listing.listed === 0) return listing.total === null ? w.phrases['reason.roomsNoneListed'] : say(w, listing.totalOrMore ? 'reason.roomsNoneOfOrMore' : 'reason.roomsNoneOf', { total: w.formatNumber(listing.total) });
  if (listing.total === null) return say(w, 'reason.roomsUnlistedNoTotal', { n: w.formatNumber(listing.listed) });
  return say(w, listing.totalOrMore ? 'reason.roomsUnlistedOrMore' : 'reason.roomsUnlisted', { listed: w.formatNumber(listing.listed), total: w.formatNumber(listing.total) });
}

/** What rules a part out, in words. */
function ruledOutText(w: Wording, r: RuledOut): string {
  const n = w.formatNumber;
  switch (r.kind) {
    case 'plenary-size':
      return r.largest === null ? say(w, 'reason.plenaryLayout', { layout: layoutName(w, r.layout) }) : say(w, 'reason.plenarySize', { largest: n(r.largest) });
    case 'gala-size':
      return r.largest === null ? w.phrases['reason.galaLayout'] : say(w, 'reason.galaSize', { largest: n(r.largest) });
    case 'breakouts':
      return say(w, r.available === 0 ? 'reason.breakouts.none' : 'reason.breakouts', { n: n(r.available), seats: n(r.seats), layout: layoutName(w, r.layout), needed: n(r.needed) });
    case 'room-total':
      return say(w, 'reason.roomTotal', { total: n(r.total), needed: n(r.needed) });
    default:
      return '';
  }
}

function roomPartBody(w: Wording, part: RoomPart, sources: readonly { id: string }[]): Segment[] {
  const body = roomsText(w, part.rooms, sources);
  const ruledOut = part.ruledOut ? ruledOutText(w, part.ruledOut) : '';
  if (ruledOut) return [ruledOut];
  if (part.unlisted === 0) return body;
  const listing = listingText(w, part.listing);
  if (body.length > 0) return [...body, w.phrases['reason.separator'], say(w, 'brief.unlistedMore', { n: w.formatNumber(part.unlisted), listing })];
  body.push(say(w, 'brief.noneOnFile', { listing }));
  const largest = part.largest;
  if (largest && largest.figure.kind !== 'none') {
    body.push(w.phrases['reason.separator'], ...around(w, 'brief.largestListed', { room: roomName(largest.room, w.locale).text }, 'figure', figuresText(w, [largest.figure])), sourceMarks(w, sources, [largest.room.source]));
  }
  return body;
}

function totalPartBody(w: Wording, part: TotalPart, sources: readonly { id: string }[]): Segment[] {
  const f = part.figure;
  if (!f) return [];
  const number = w.formatNumber(f.value);
  const value = qualifiedNumber(number, f, { about: w.phrases['common.about'], orMore: w.phrases['common.orMore'] });
  const text =
    part.kind === 'exhibition'
      ? say(w, 'brief.total.area', { n: value })
      : f.scope
        ? say(w, 'brief.total.scoped', { n: value, scope: f.scope[w.locale], year: f.year ?? '' })
        : say(w, 'brief.total.rooms', { n: value, year: f.year ?? '' });
  return [text + (f.source ? sourceMarks(w, sources, [f.source]) : '')];
}

/** One part of a brief in words: its label, its level and what the figures on file say. */
export function partLine(w: Wording, part: Part, sources: readonly { id: string }[]): PartLine {
  const n = w.formatNumber;
  if ('rooms' in part) {
    const label = say(w, `brief.part.${part.kind}`, { n: part.count, seats: n(part.seats), layout: layoutName(w, part.layout) });
    return { level: part.level, label, body: roomPartBody(w, part, sources).filter((s) => s !== '') };
  }
  const label = part.kind === 'exhibition' ? say(w, 'brief.part.exhibition', { area: n(part.needed) }) : say(w, 'brief.part.city-hotels', { n: n(part.needed) });
  return { level: part.level, label, body: totalPartBody(w, part, sources).filter((s) => s !== '') };
}

/** A part line as plain text (files, e-mail, screen readers): "Plenary 1,000 theatre (confirmed): Summit Ballroom, 1,800 theatre [1]". */
export const partLineText = (w: Wording, line: PartLine) =>
  say(w, 'brief.line', { label: line.label, level: w.phrases[`brief.level.${line.level}`], body: line.body.map(segmentText).join('') }).replace(/[:：]\s*$/, '');

/** "Still to confirm with the venue: the plenary, the breakouts", or '' when nothing is open. */
export function openPartsText(w: Wording, parts: readonly Part[]): string {
  const open = parts.filter((p) => p.level === 'indicated' || p.level === 'unknown');
  return open.length > 0 ? say(w, 'brief.openParts', { parts: open.map((p) => w.phrases[`brief.name.${p.kind}`]).join(w.phrases['reason.listSeparator']) }) : '';
}

