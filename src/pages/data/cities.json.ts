import type { APIRoute } from 'astro';
import { siteContent } from '../../data/site-content.ts';
import { cityRecord } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const { cities } = await siteContent();
  return Response.json(cities.map((c) => cityRecord(c.slug, c.facts)));
};
