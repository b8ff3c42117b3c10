import type { APIRoute } from 'astro';
import { siteContent } from '../../site-content/load.ts';

export const GET: APIRoute = async () => {
  const { venues } = await siteContent();
  return Response.json(venues.map((v) => v.record));
};
