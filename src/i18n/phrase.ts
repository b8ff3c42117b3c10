/**
 * A phrase in words: the string for `key` with its `{name}` placeholders filled, in its `.one` form
 * where the set has one and `{n}` is singular in the language ("1 venue"). The build's translate()
 * and the islands' label sets word things through this one function. Dictionary-free.
 */
import type { Locale } from './locales.ts';
import { fillPlaceholders } from './placeholders.ts';
import { pluralForm } from './plural.ts';

export function phrase(locale: Locale, strings: Readonly<Record<string, string>>, key: string, values: Record<string, string | number> = {}): string {
  // Most phrases have no count: look for a `.one` form only when there is one to choose by.
  const singular = 'n' in values ? `${key}.one` : '';
  const useSingular = singular in strings && pluralForm(locale, values.n as string | number) === 'one';
  return fillPlaceholders(strings[useSingular ? singular : key] ?? key, values);
}
