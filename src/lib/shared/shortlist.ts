/** The shortlist a planner keeps in the browser, and the compare URL that shares it. */
import { slugPattern } from './slug.ts';

export interface Shortlist {
  venues: string[];
  cities: string[];
}
export type ShortlistKind = keyof Shortlist;

/** Most items compared side by side; more would not fit a printed page. */
export const shortlistLimit = 8;

const cleanSlugs = (values: unknown): string[] =>
  Array.isArray(values)
    ? [...new Set(values.filter((v): v is string => typeof v === 'string' && slugPattern.test(v)))].slice(0, shortlistLimit)
    : [];

export const emptyShortlist = (): Shortlist => ({ venues: [], cities: [] });

/** Reads a stored shortlist, tolerating anything (old formats, hand edits, nothing). */
export function parseShortlist(stored: string | null): Shortlist {
  try {
    const data = JSON.parse(stored ?? '{}') as Partial<Record<ShortlistKind, unknown>>;
    return { venues: cleanSlugs(data.venues), cities: cleanSlugs(data.cities) };
  } catch {
    return emptyShortlist();
  }
}

export function isShortlisted(list: Shortlist, kind: ShortlistKind, slug: string): boolean {
  return list[kind].includes(slug);
}

/** Adds or removes one item; adding past the limit drops the oldest. */
export function toggleShortlisted(list: Shortlist, kind: ShortlistKind, slug: string): Shortlist {
  const items = list[kind];
  const next = items.includes(slug) ? items.filter((s) => s !== slug) : [...items, slug].slice(-shortlistLimit);
  return { ...list, [kind]: next };
}

/** `?venues=a,b&cities=c`: what /compare/ shows, reproducible by anyone with the link. */
export function compareQuery(list: Shortlist): string {
  const params: string[] = [];
  if (list.venues.length > 0) params.push(`venues=${list.venues.join(',')}`);
  if (list.cities.length > 0) params.push(`cities=${list.cities.join(',')}`);
  return params.join('&');
}

/** The compare page's query, keeping even unknown-but-well-formed slugs so the page can name them. */
export function parseCompareQuery(search: string): { list: Shortlist; malformed: string[] } {
  const params = new URLSearchParams(search);
  const malformed: string[] = [];
  const read = (key: ShortlistKind) =>
    (params.get(key) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => {
        if (s === '') return false;
        if (slugPattern.test(s)) return true;
        malformed.push(s);
        return false;
      });
  return { list: { venues: cleanSlugs(read('venues')), cities: cleanSlugs(read('cities')) }, malformed };
}
