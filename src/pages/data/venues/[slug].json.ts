import type { APIRoute, GetStaticPaths } from 'astro';
import type { VenueRecord } from '../../../lib/shared/records.ts';
import { siteContent } from '../../../site-content/load.ts';

/** One venue's record, as in /data/venues.json: what the request loads for the venues it shows. */
export const getStaticPaths = (async () => (await siteContent()).venues.map((v) => ({ params: { slug: v.slug }, props: { record: v.record } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: VenueRecord }> = ({ props }) => Response.json(props.record);
