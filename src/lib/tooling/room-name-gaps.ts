import { locales, type Locale } from '../../i18n/locales.ts';

/** A room as far as its names go (one language may be missing when it came from a one-language chart). */
interface NamedRoom {
  id: string;
  name: Partial<Record<Locale, string>>;
}

/** The ids of a venue's rooms that have no name in each language: a translation gap, not an error. */
export function roomNameGaps(rooms: readonly NamedRoom[]): Partial<Record<Locale, string[]>> {
  const gaps: Partial<Record<Locale, string[]>> = {};
  for (const locale of locales) {
    const missing = rooms.filter((room) => room.name[locale] === undefined).map((room) => room.id);
    if (missing.length > 0) gaps[locale] = missing;
  }
  return gaps;
}
