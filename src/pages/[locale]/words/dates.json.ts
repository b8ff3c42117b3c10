// The date check's words in one language, fetched with the check when dates are first given, so the
// pages that offer it (city pages, the finder, the request) do not carry them in their HTML.
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../../i18n/locales.ts';
import { keysStartingWith, pick } from '../../../i18n/ui.ts';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => Response.json(pick(params.locale as Locale, keysStartingWith('dates.')));
