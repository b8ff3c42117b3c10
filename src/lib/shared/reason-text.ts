/**
 * Why a venue does not fit a brief, or what to confirm before it can be said to, in words, in the
 * page's language. Dictionary-free: the finder island passes the phrases it was given by the page.
 */
import { fillPlaceholders as fill } from '../../i18n/placeholders.ts';
import { pluralForm } from '../../i18n/plural.ts';
import type { Reason } from './brief.ts';
import type { Layout } from './seating.ts';
import type { FigureFilter } from './venue-filter.ts';
import { roomName } from './venues.ts';

export const reasonKeys = [
  'reason.plenarySize',
  'reason.plenaryLayout',
  'reason.breakouts',
  'reason.breakouts.one',
  'reason.breakouts.none',
  'reason.roomTotal',
  'reason.exhibition',
  'reason.cityHotels',
  'reason.roomsUnlisted',
  'reason.roomsUnlistedOrMore',
  'reason.roomsUnlistedNoTotal',
  'reason.noFigure',
  'reason.moreRooms',
  'reason.exhibitionUnknown',
  'reason.cityHotelsUnknown',
  'reason.filterUnknown',
  'reason.separator',
  'reason.listSeparator',
] as const;

export type Phrases = Record<(typeof reasonKeys)[number], string> &
  Record<`layout.${Layout}`, string> &
  Record<`filter.${FigureFilter}`, string>;

/** A layout's name inside a sentence: "theatre", "hollow square", but "U-shape". */
export const inSentence = (label: string) => label.replace(/^(\p{Lu})(?=\p{Ll})/u, (first) => first.toLowerCase());

/** Room names shown in a reason before "and N more". */
const namedRooms = 3;

export function reasonText(reason: Reason, phrases: Phrases, locale: 'en' | 'zh', formatNumber: (n: number) => string): string {
  const n = formatNumber;
  const layoutName = (layout: Layout) => inSentence(phrases[`layout.${layout}`]);
  switch (reason.kind) {
    case 'plenary-size':
      return reason.largest === null
        ? fill(phrases['reason.plenaryLayout'], { layout: layoutName(reason.layout) })
        : fill(phrases['reason.plenarySize'], { layout: layoutName(reason.layout), largest: n(reason.largest), needed: n(reason.needed) });
    case 'breakouts': {
      const key = reason.available === 0 ? 'reason.breakouts.none' : pluralForm(locale, reason.available) === 'one' ? 'reason.breakouts.one' : 'reason.breakouts';
      return fill(phrases[key], { layout: layoutName(reason.layout), seats: n(reason.seats), available: n(reason.available), needed: n(reason.needed) });
    }
    case 'room-total':
      return fill(phrases['reason.roomTotal'], { total: n(reason.total), needed: n(reason.needed) });
    case 'exhibition':
      return fill(phrases['reason.exhibition'], { available: n(reason.available), needed: n(reason.needed) });
    case 'city-hotels':
      return fill(phrases['reason.cityHotels'], { available: n(reason.available), year: reason.year, needed: n(reason.needed) });
    case 'rooms-unlisted': {
      const key = reason.total === null ? 'reason.roomsUnlistedNoTotal' : reason.orMore ? 'reason.roomsUnlistedOrMore' : 'reason.roomsUnlisted';
      return fill(phrases[key], { listed: n(reason.listed), total: reason.total === null ? '' : n(reason.total) });
    }
    case 'no-figure': {
      const names = reason.rooms.slice(0, namedRooms).map((room) => roomName(room, locale).text);
      const more = reason.rooms.length - names.length;
      const rooms = names.join(phrases['reason.listSeparator']) + (more > 0 ? fill(phrases['reason.moreRooms'], { n: n(more) }) : '');
      return fill(phrases['reason.noFigure'], { layout: layoutName(reason.layout), rooms });
    }
    case 'exhibition-unknown':
      return fill(phrases['reason.exhibitionUnknown'], { needed: n(reason.needed) });
    case 'city-hotels-unknown':
      return fill(phrases['reason.cityHotelsUnknown'], { needed: n(reason.needed) });
  }
}

/** Several reasons as one line, in the order given. */
export function reasonsText(reasons: readonly Reason[], phrases: Phrases, locale: 'en' | 'zh', formatNumber: (n: number) => string): string {
  return reasons.map((reason) => reasonText(reason, phrases, locale, formatNumber)).join(phrases['reason.separator']);
}

/** The finder's filters a venue has no published figure for, as one line. */
export function unknownFiltersText(filters: readonly FigureFilter[], phrases: Phrases): string {
  return fill(phrases['reason.filterUnknown'], { filters: filters.map((f) => phrases[`filter.${f}`]).join(phrases['reason.listSeparator']) });
}
