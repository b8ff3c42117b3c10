import type { APIRoute } from 'astro';
import { siteContent } from '../../site-content/load.ts';

export const GET: APIRoute = async () => {
  const { cities } = await siteContent();
  return Response.json(cities.map((c) => c.record));
};
