/** The words the search island shows, picked on the server for one language and passed to it typed. */
import type { Locale } from '../i18n/locales.ts';
import { pick } from '../i18n/ui.ts';

const keys = [
  'search.loading',
  'search.error',
  'search.results',
  'search.noResults',
  'search.filterKind',
  'search.filterCity',
  'search.filters',
  'search.sortNewest',
] as const;

export const searchLabels = (locale: Locale) => pick(locale, keys);
export type SearchLabels = ReturnType<typeof searchLabels>;
