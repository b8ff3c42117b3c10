/** A brief's shortfall in words, in the page's language. */
import type { Shortfall } from './brief.ts';
import type { Layout } from './layouts.ts';

export type Phrases = Record<
  | 'brief.short.plenaryLayout'
  | 'brief.short.plenarySize'
  | 'brief.short.breakouts'
  | 'brief.short.exhibition'
  | 'brief.short.cityHotels'
  | 'brief.short.cityHotelsUnknown',
  string
> &
  Record<`layout.${Layout}`, string>;

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

export function shortfallText(shortfall: Shortfall, phrases: Phrases, formatNumber: (n: number) => string): string {
  const n = formatNumber;
  switch (shortfall.kind) {
    case 'plenary-layout':
      return fill(phrases['brief.short.plenaryLayout'], { layout: phrases[`layout.${shortfall.layout}`] });
    case 'plenary-size':
      return fill(phrases['brief.short.plenarySize'], {
        layout: phrases[`layout.${shortfall.layout}`],
        largest: n(shortfall.largest),
        needed: n(shortfall.needed),
      });
    case 'breakouts':
      return fill(phrases['brief.short.breakouts'], {
        layout: phrases[`layout.${shortfall.layout}`],
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
