import type { APIRoute } from 'astro';
import { travelContent } from '../../site-content/travel.ts';

export const GET: APIRoute = async () => Response.json((await travelContent()).calendar);
