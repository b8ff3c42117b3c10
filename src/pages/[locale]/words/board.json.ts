// The compare page's scorecard and city-chart words in one language, fetched with their code when the
// planner scrolls to them, so the compare page does not carry them in its HTML.
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../../i18n/locales.ts';
import { boardLabels } from '../../../islands/compare-page-labels.ts';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => Response.json(boardLabels(params.locale as Locale));
