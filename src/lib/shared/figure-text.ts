/**
 * A room's figures in words ("1,800 theatre", "up to 5,000 (layout not stated)", "about 990 theatre
 * by area"), with its source numbers; and the finder's filters a venue leaves open. The pieces the
 * brief's lines (brief-text.ts) are made of. Dictionary-free: islands pass the phrases they were given.
 */
import { phrase } from '../../i18n/phrase.ts';
import type { Phrases } from './brief-text.ts';
import type { Figure, RoomEvidence } from './evidence.ts';
import { inSentence, type Layout } from './seating.ts';
import type { FigureFilter } from './venue-filter.ts';
import { roomName } from './venues.ts';

export interface Wording {
  phrases: Phrases;
  locale: 'en' | 'zh';
  formatNumber: (n: number) => string;
}

/** A run of text, or an estimate from area (never a published figure: pages style it apart). */
export type Segment = string | { estimate: string };


export const say = (w: Wording, key: keyof Phrases, values: Record<string, string | number> = {}) => phrase(w.locale, w.phrases, key, values);
export const layoutName = (w: Wording, layout: Layout) => inSentence(w.phrases[`layout.${layout}`]);

/** "1,800", or "600–3,000" for several figures. */
function span(w: Wording, values: number[]): string {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? w.formatNumber(lo) : say(w, 'brief.range', { lo: w.formatNumber(lo), hi: w.formatNumber(hi) });
}

/** The figures of rooms of one kind, in words: "1,800 theatre", "up to 600–3,000 (layout not stated)", "about 990 theatre by area". */
export function figuresText(w: Wording, figures: Figure[]): Segment {
  const first = figures[0] as Figure;
  const numbers = (pick: (f: Figure) => number[]) => span(w, figures.flatMap(pick));
  switch (first.kind) {
    case 'layout':
      return say(w, 'brief.figure.layout', { n: numbers((f) => (f.kind === 'layout' ? [f.seats] : [])), layout: layoutName(w, first.layout) });
    case 'up-to':
    case 'more-than':
      return say(w, `brief.figure.${first.kind}`, { n: numbers((f) => (f.kind === first.kind ? [f.people] : [])) });
    case 'estimate':
      return { estimate: say(w, first.orMore ? 'brief.figure.estimateOrMore' : 'brief.figure.estimate', { n: numbers((f) => (f.kind === 'estimate' ? f.people : [])), layout: layoutName(w, first.layout) }) };
    case 'area':
      return { estimate: say(w, 'brief.figure.area', { area: numbers((f) => (f.kind === 'area' ? [f.area] : [])), n: numbers((f) => (f.kind === 'area' ? [f.people] : [])) }) };
    case 'not-offered':
    case 'none':
      return say(w, `brief.figure.${first.kind}`, { layout: layoutName(w, first.layout) });
  }
}

/** "[1, 3]": the venue's source numbers for `ids` (its sources are numbered as its page numbers them). */
export function sourceMarks(w: Wording, sources: readonly { id: string }[], ids: string[]): string {
  const numbers = [...new Set(ids.map((id) => sources.findIndex((s) => s.id === id) + 1).filter((n) => n > 0))].sort((a, b) => a - b);
  return numbers.length > 0 ? say(w, 'brief.sourceMarks', { n: numbers.join(w.phrases['reason.listSeparator']) }) : '';
}

/** A phrase with one placeholder filled by a segment (which may be an estimate): the text around it, and it. */
export function around(w: Wording, key: keyof Phrases, values: Record<string, string>, name: string, segment: Segment): Segment[] {
  const [before = '', after = ''] = say(w, key, { ...values, [name]: '\u0000' }).split('\u0000');
  return [before, segment, after];
}

/** A room (or rooms) with a figure and its source marks: "Summit Ballroom, 1,800 theatre [1]". */
export const roomsWithFigure = (w: Wording, rooms: string, figure: Segment, marks: string): Segment[] => [...around(w, 'brief.rooms', { rooms }, 'figure', figure), marks];

/** A segment's text, estimate or not. */
export const segmentText = (s: Segment) => (typeof s === 'string' ? s : s.estimate);

/**
 * The finder's filters a venue leaves open, as one line (an estimate from area kept apart). For seats
 * in a layout, what the rooms on file do say: "Silver Hall, up to 5,000 (layout not stated) [3]", or
 * "largest listed room: 1,800 theatre; other rooms not listed".
 */
export function openFiltersLine(w: Wording, filters: readonly FigureFilter[], capacity: RoomEvidence | undefined, sources: readonly { id: string }[]): Segment[] {
  const line: Segment[] = [];
  let rest = filters;
  if (capacity && filters.includes('minCapacity') && capacity.figure.kind !== 'none') {
    const room = roomName(capacity.room, w.locale).text;
    const marks = sourceMarks(w, sources, [capacity.room.source]);
    const figure = figuresText(w, [capacity.figure]);
    // Below the need: the largest figure on file, and that other rooms are not listed; else what the best room's figures say.
    line.push(...(capacity.level === 'ruled-out' ? around(w, 'reason.largestListedRoom', { room: `${room}${marks}` }, 'figure', figure) : roomsWithFigure(w, room, figure, marks)));
    rest = filters.filter((f) => f !== 'minCapacity');
  }
  if (rest.length > 0) {
    if (line.length > 0) line.push(w.phrases['reason.separator']);
    line.push(say(w, 'reason.filterUnknown', { filters: rest.map((f) => w.phrases[`filter.${f}`]).join(w.phrases['reason.listSeparator']) }));
  }
  return line.filter((s) => s !== '');
}
