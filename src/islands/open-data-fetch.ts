/**
 * The data the islands read, fetched from this site: the finder's compact index, only the records
 * (or summaries) a page shows, the words an island needs later, or any of the site's JSON files. Throws when a file cannot be had for
 * a reason other than "no such venue or city", so each island can say so.
 */
import type { Locale } from '../i18n/locales.ts';
import type { CitySummary } from '../lib/shared/city-summary.ts';
import type { FinderIndex } from '../lib/shared/finder-index.ts';
import type { VenueRecord } from '../lib/shared/records.ts';
import type { VenueSummary } from '../lib/shared/venue-summary.ts';
import { slugPattern } from '../lib/shared/slug.ts';

/** One of the site's JSON files; throws when it cannot be had. */
export async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} could not be loaded (${response.status}).`);
  return (await response.json()) as T;
}

export const fetchFinderIndex = () => fetchJson<FinderIndex>('/data/finder-index.json');

/** The sets of words an island fetches when it first needs them (src/pages/[locale]/words/[set].json.ts). */
export type WordSet = 'dates' | 'board';
const wordFiles = new Map<string, Promise<unknown>>();

/** A set of words in `locale` from /{locale}/words/{set}.json: fetched once, and again after a failure. */
export function fetchWords<T>(locale: Locale, set: WordSet): Promise<T> {
  const path = `/${locale}/words/${set}.json`;
  let loaded = wordFiles.get(path) as Promise<T> | undefined;
  if (!loaded) {
    loaded = fetchJson<T>(path);
    loaded.catch(() => wordFiles.delete(path));
    wordFiles.set(path, loaded);
  }
  return loaded;
}

/**
 * The records of `slugs` from `/data/{folder}/{slug}.json`, in the order asked; a slug that is no
 * venue (or city) of this site is left out, and so is one that is not a slug at all (never fetched).
 */
async function recordsOf<T>(folder: 'venues' | 'venue-summaries' | 'city-summaries', slugs: readonly string[]): Promise<T[]> {
  const found = await Promise.all(
    [...new Set(slugs)].filter((slug) => slugPattern.test(slug)).map(async (slug) => {
      const response = await fetch(`/data/${folder}/${slug}.json`);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`/data/${folder}/${slug}.json could not be loaded (${response.status}).`);
      return (await response.json()) as T;
    }),
  );
  return found.filter((record): record is Awaited<T> => record !== null);
}

export const fetchVenues = (slugs: readonly string[]) => recordsOf<VenueRecord>('venues', slugs);
export const fetchVenueSummaries = (slugs: readonly string[]) => recordsOf<VenueSummary>('venue-summaries', slugs);
export const fetchCitySummaries = (slugs: readonly string[]) => recordsOf<CitySummary>('city-summaries', slugs);
