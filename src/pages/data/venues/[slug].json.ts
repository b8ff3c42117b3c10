import type { APIRoute, GetStaticPaths } from 'astro';
import type { VenueRecord } from '../../../lib/shared/records.ts';
import { siteContent } from '../../../site-content/load.ts';

/** One venue's record, as in /data/venues.json: what compare and the request load for the venues they show. */
export const getStaticPaths = (async () => (await siteContent()).venues.map((v) => ({ params: { slug: v.slug }, props: { record: v.record } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: VenueRecord }> = ({ props }) => Response.json(props.record);
