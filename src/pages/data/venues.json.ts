import type { APIRoute } from 'astro';
import { siteContent } from '../../data/site-content.ts';
import { venueRecord } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const { venues } = await siteContent();
  return Response.json(venues.map((v) => venueRecord(v.slug, v.facts)));
};
