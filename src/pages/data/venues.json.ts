import type { APIRoute } from 'astro';
import { siteContent } from '../../data/site-content.ts';

export const GET: APIRoute = async () => {
  const { venues } = await siteContent();
  return Response.json(venues.map((v) => v.record));
};
