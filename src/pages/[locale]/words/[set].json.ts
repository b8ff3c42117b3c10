// An island's words in one language, fetched when the island first needs them (fetchWords in
// src/islands/open-data-fetch.ts), so the pages that offer it do not carry them in their HTML: the
// date check's (city pages, the finder, the request) and compare's scorecard and city charts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../../i18n/locales.ts';
import { keysStartingWith, pick } from '../../../i18n/ui.ts';
import { boardLabels } from '../../../islands/compare-page-labels.ts';
import type { WordSet } from '../../../islands/open-data-fetch.ts';

const sets = {
  dates: (locale: Locale) => pick(locale, keysStartingWith('dates.')),
  board: boardLabels,
} satisfies Record<WordSet, (locale: Locale) => Record<string, string>>;

export const getStaticPaths = (() => locales.flatMap((locale) => Object.keys(sets).map((set) => ({ params: { locale, set } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => Response.json(sets[params.set as WordSet](params.locale as Locale));
