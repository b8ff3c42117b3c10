/** A brief's shortfall in words, in the page's language. */
import { fillPlaceholders as fill } from '../i18n/placeholders.ts';
import type { Shortfall } from './brief.ts';
import type { Layout } from './layouts.ts';

export type Phrases = Record<
  | 'brief.short.breakouts.one'
  | 'brief.short.plenaryLayout'
  | 'brief.short.plenarySize'
  | 'brief.short.breakouts'
  | 'brief.short.exhibition'
  | 'brief.short.cityHotels'
  | 'brief.short.cityHotelsUnknown',
  string
> &
  Record<`layout.${Layout}`, string>;

/** A layout's name inside a sentence: "theatre", "hollow square", but "U-shape". */
const inSentence = (label: string) => label.replace(/^(\p{Lu})(?=\p{Ll})/u, (first) => first.toLowerCase());

export function shortfallText(shortfall: Shortfall, phrases: Phrases, formatNumber: (n: number) => string): string {
  const n = formatNumber;
  const layoutName = (layout: Layout) => inSentence(phrases[`layout.${layout}`]);
  switch (shortfall.kind) {
    case 'plenary-layout':
      return fill(phrases['brief.short.plenaryLayout'], { layout: layoutName(shortfall.layout) });
    case 'plenary-size':
      return fill(phrases['brief.short.plenarySize'], {
        layout: layoutName(shortfall.layout),
        largest: n(shortfall.largest),
        needed: n(shortfall.needed),
      });
    case 'breakouts':
      return fill(phrases[shortfall.available === 1 ? 'brief.short.breakouts.one' : 'brief.short.breakouts'], {
        layout: layoutName(shortfall.layout),
        seats: n(shortfall.seats),
        available: n(shortfall.available),
        needed: n(shortfall.needed),
      });
    case 'exhibition':
      return fill(phrases['brief.short.exhibition'], { available: n(shortfall.available), needed: n(shortfall.needed) });
    case 'city-hotels':
      return shortfall.available === null
        ? fill(phrases['brief.short.cityHotelsUnknown'], { needed: n(shortfall.needed) })
        : fill(phrases['brief.short.cityHotels'], { available: n(shortfall.available), needed: n(shortfall.needed) });
  }
}
