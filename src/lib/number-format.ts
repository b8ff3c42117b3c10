/**
 * Numbers as each language's readers write them. English groups thousands (12,500). Chinese copy
 * does not, and writes round large figures in 万 (ten thousand): 5100, 1.25万, 4万. One definition,
 * dictionary-free, for the build and the browser islands alike.
 */
import { intlLocale, type Locale } from '../i18n/locales.ts';

export type NumberLocale = Locale;

const en = new Intl.NumberFormat(intlLocale.en, { maximumFractionDigits: 1 });
const zhPlain = new Intl.NumberFormat(intlLocale.zh, { maximumFractionDigits: 1, useGrouping: false });
const zhWan = new Intl.NumberFormat(intlLocale.zh, { maximumFractionDigits: 2, useGrouping: false });

export function formatNumberIn(locale: NumberLocale, value: number): string {
  if (locale === 'en') return en.format(value);
  // Round hundreds from ten thousand up read as 万: 134000 → 13.4万; 12345 stays as it is.
  return value >= 10000 && value % 100 === 0 ? `${zhWan.format(value / 10000)}万` : zhPlain.format(value);
}

/** A formatter bound to one language, for islands that format many numbers. */
export const numberFormatter = (locale: NumberLocale) => (value: number) => formatNumberIn(locale, value);
