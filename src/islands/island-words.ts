/**
 * An island's words: the language and the typed label set its page put on the island's root
 * (`data-locale`, `data-labels`), a `say()` that fills placeholders and picks plural forms as the
 * build's translate() does, and the language's number format. One helper for every island.
 */
import { isLocale, type Locale } from '../i18n/locales.ts';
import { phrase } from '../i18n/phrase.ts';
import { numberFormatter } from '../lib/shared/number-format.ts';

export interface IslandWords<L extends Record<string, string>> {
  locale: Locale;
  labels: L;
  say: (key: keyof L & string, values?: Record<string, string | number>) => string;
  formatNumber: (n: number) => string;
}

/** `say()` for a set of words in `locale`: placeholders filled, plural forms picked. */
export const sayIn =
  <L extends Record<string, string>>(locale: Locale, labels: L): IslandWords<L>['say'] =>
  (key, values) =>
    phrase(locale, labels, key, values);

export function islandWords<L extends Record<string, string>>(root: HTMLElement): IslandWords<L> {
  const locale = isLocale(root.dataset.locale) ? root.dataset.locale : 'en';
  const labels = JSON.parse(root.dataset.labels ?? '{}') as L;
  return { locale, labels, say: sayIn(locale, labels), formatNumber: numberFormatter(locale) };
}
