/**
 * Numbers as each language's readers write them. English groups thousands (12,500). Chinese copy
 * does not, and writes round large figures in 万 (ten thousand): 5100, 1.25万, 4万. One definition,
 * dictionary-free, for the build and the browser islands alike.
 */
import { intlLocale, type Locale } from '../../i18n/locales.ts';
import { fillPlaceholders } from '../../i18n/placeholders.ts';

export type NumberLocale = Locale;

const en = new Intl.NumberFormat(intlLocale.en, { maximumFractionDigits: 1 });
const zhPlain = new Intl.NumberFormat(intlLocale.zh, { maximumFractionDigits: 1, useGrouping: false });
const zhWan = new Intl.NumberFormat(intlLocale.zh, { maximumFractionDigits: 2, useGrouping: false });

/** `wan: false` keeps Chinese figures as digits (tables, where a column of numbers must line up). */
export function formatNumberIn(locale: NumberLocale, value: number, { wan = true }: { wan?: boolean } = {}): string {
  if (locale === 'en') return en.format(value);
  // Round hundreds from ten thousand up read as 万: 134000 → 13.4万; 12345 stays as it is.
  return wan && value >= 10000 && value % 100 === 0 ? `${zhWan.format(value / 10000)}万` : zhPlain.format(value);
}

const words: Record<NumberLocale, readonly string[]> = {
  en: ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  zh: ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'],
};

/** A small count in words, as prose writes it ("the eight founding cities", 八座城市); digits from 11 up. */
export function formatCountWord(locale: NumberLocale, value: number): string {
  return Number.isInteger(value) && value >= 1 && value <= 10 ? (words[locale][value] as string) : formatNumberIn(locale, value);
}

/** A formatter bound to one language, for islands that format many numbers. */
export const numberFormatter = (locale: NumberLocale) => (value: number) => formatNumberIn(locale, value);

/**
 * A formatted number with what its source says of it, in the language's own templates ("more than
 * {n}" / "逾{n}", "about {n}" / "约{n}"): a lower bound is said rather than an approximation, as it
 * tells more. One rule for the build's pages, compare, the scorecard and the brief.
 */
export function qualifiedNumber(text: string, detail: { about?: boolean; orMore?: boolean }, templates: { about: string; orMore: string }): string {
  const template = detail.orMore ? templates.orMore : detail.about ? templates.about : undefined;
  return template ? fillPlaceholders(template, { n: text }) : text;
}
