import type { APIRoute, GetStaticPaths } from 'astro';
import type { CityRecord } from '../../../lib/shared/records.ts';
import { siteContent } from '../../../site-content/load.ts';

/** One city's record, as in /data/cities.json. */
export const getStaticPaths = (async () => (await siteContent()).cities.map((c) => ({ params: { slug: c.slug }, props: { record: c.record } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: CityRecord }> = ({ props }) => Response.json(props.record);
