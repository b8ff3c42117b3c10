// Finding a venue's venue.yaml from the slug an editor typed (npm run import, npm run chart-template).
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../../src/lib/build/content-dir.ts';
import { factsPath } from '../../src/lib/build/content-layout.ts';
import { unknownVenueMessage } from '../../src/lib/tooling/venue-slugs.ts';

export class UnknownVenueError extends Error {
  override name = 'UnknownVenueError';
}

/** The slugs of the venues that have a venue.yaml, in order. */
export function venueSlugs(root = contentDir()): string[] {
  const dir = join(root, 'venues');
  return existsSync(dir) ? readdirSync(dir).filter((name) => existsSync(join(root, factsPath('venues', name)))).sort() : [];
}

/** The venue's facts file, and its path as the editor sees it; an unknown slug throws, listing the venues. */
export function venueFile(slug: string, root = contentDir()): { path: string; shown: string } {
  const path = join(root, factsPath('venues', slug));
  const shown = relative(process.cwd(), path);
  if (slug === '' || !existsSync(path)) throw new UnknownVenueError(unknownVenueMessage(slug, venueSlugs(root), shown));
  return { path, shown };
}
