import type { APIRoute, GetStaticPaths } from 'astro';
import { citySummary, type CitySummary } from '../../../lib/shared/city-summary.ts';
import { siteContent } from '../../../site-content/load.ts';

/** What compare, its scorecard and its charts read of a city (src/lib/shared/city-summary.ts). */
export const getStaticPaths = (async () => {
  const { cities, venues } = await siteContent();
  const records = venues.map((v) => v.record);
  return cities.map((c) => ({ params: { slug: c.slug }, props: { summary: citySummary(c.record, records) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ summary: CitySummary }> = ({ props }) => Response.json(props.summary);
