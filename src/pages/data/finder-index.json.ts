import type { APIRoute } from 'astro';
import { finderIndex } from '../../lib/shared/finder-index.ts';
import { siteContent } from '../../site-content/load.ts';

export const GET: APIRoute = async () => {
  const { venues, cities } = await siteContent();
  return Response.json(finderIndex(venues.map((v) => v.record), cities.map((c) => c.record)));
};
