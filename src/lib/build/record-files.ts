/**
 * The open data's one-file-per-record copies, beside the full /data/venues.json and /data/cities.json:
 * /data/venues/{slug}.json and /data/cities/{slug}.json (one record each, as in the full files; the
 * request reads its venues' records) and compare's /data/venue-summaries/{slug}.json and
 * /data/city-summaries/{slug}.json. Made from the full files' records, so they cannot drift from them.
 */
import { citySummary } from '../shared/city-summary.ts';
import type { CityRecord, VenueRecord } from '../shared/records.ts';
import { slugPattern } from '../shared/slug.ts';
import { venueSummary } from '../shared/venue-summary.ts';

export const recordFolders = ['venues', 'venue-summaries', 'cities', 'city-summaries'] as const;
export type RecordFolder = (typeof recordFolders)[number];

/** A path under /data/ that names one of these files: `venues/{slug}.json`, and so on. */
export const recordFilePath = new RegExp(`^(${recordFolders.join('|')})/(${slugPattern.source.slice(1, -1)})\\.json$`);

/** The content of `{folder}/{slug}.json`, or undefined where no venue or city has that slug. */
export function recordFile(folder: RecordFolder, slug: string, venues: readonly VenueRecord[], cities: readonly CityRecord[]): unknown {
  const venue = () => venues.find((v) => v.slug === slug);
  const city = () => cities.find((c) => c.slug === slug);
  switch (folder) {
    case 'venues':
      return venue();
    case 'venue-summaries': {
      const found = venue();
      return found && venueSummary(found);
    }
    case 'cities':
      return city();
    case 'city-summaries': {
      const found = city();
      return found && citySummary(found, venues);
    }
  }
}

/** Every such file, by its path under /data/. */
export function recordFiles(venues: readonly VenueRecord[], cities: readonly CityRecord[]): [string, unknown][] {
  return recordFolders.flatMap((folder) =>
    (folder.startsWith('venue') ? venues : cities).map(({ slug }): [string, unknown] => [`${folder}/${slug}.json`, recordFile(folder, slug, venues, cities)]),
  );
}
