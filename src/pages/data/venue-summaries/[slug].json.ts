import type { APIRoute, GetStaticPaths } from 'astro';
import { venueSummary, type VenueSummary } from '../../../lib/shared/venue-summary.ts';
import { siteContent } from '../../../site-content/load.ts';

/** What compare and its scorecard read of a venue (src/lib/shared/venue-summary.ts). */
export const getStaticPaths = (async () => {
  const { venues } = await siteContent();
  return venues.map((v) => ({ params: { slug: v.slug }, props: { summary: venueSummary(v.record) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ summary: VenueSummary }> = ({ props }) => Response.json(props.summary);
