/** What the editors' commands say when they are given a venue slug that does not exist. */

/** Slugs that contain the one typed, or are contained in it: `expo` → `hangzhou-international-expo-center`. */
export function nearSlugs(slug: string, slugs: readonly string[]): string[] {
  return slug === '' ? [] : slugs.filter((s) => s.includes(slug) || slug.includes(s));
}

/** "Unknown venue …", the near matches, then every venue there is, so the editor can pick one. */
export function unknownVenueMessage(slug: string, slugs: readonly string[], expectedFile: string): string {
  const near = nearSlugs(slug, slugs);
  return [
    `Unknown venue "${slug}": there is no ${expectedFile}.`,
    ...(near.length > 0 ? [`Did you mean ${near.join(', ')}?`] : []),
    slugs.length > 0 ? `Venues (${slugs.length}): ${slugs.join(', ')}.` : 'There are no venues yet.',
    'A new venue is made first with npm run new -- venue <slug>.',
  ].join('\n');
}
