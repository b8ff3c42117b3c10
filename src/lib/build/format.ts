import { intlLocale, type Locale } from '../../i18n/locales.ts';
import { dictionary, translate } from '../../i18n/ui.ts';
import { isoDay } from './iso-day.ts';
import { formatNumberIn, qualifiedNumber } from '../shared/number-format.ts';

export { isoDay };

/** A number as the locale writes it: 12,500 in English; 12500, or 1.25万, in Chinese. */
export function formatNumber(locale: Locale, value: number, options?: { wan?: boolean }): string {
  return formatNumberIn(locale, value, options);
}

/** Formatters by locale and style, made once: building one per date was a measurable share of a build. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date as the locale writes it: 12 September 2012 / 2012年9月12日. Dates are UTC days. */
export function formatDate(locale: Locale, date: Date, style: 'long' | 'short' = 'long'): string {
  const key = `${locale} ${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], { year: 'numeric', month: style === 'long' ? 'long' : 'short', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

/** A date range, collapsing a one-day event to a single date and a same-month range to one month. */
export function formatDateRange(locale: Locale, start: Date, end: Date): string {
  if (isoDay(start) === isoDay(end)) return formatDate(locale, start);
  const sameMonth = start.getUTCFullYear() === end.getUTCFullYear() && start.getUTCMonth() === end.getUTCMonth();
  if (locale === 'zh') {
    return sameMonth ? `${formatDate(locale, start)}至${end.getUTCDate()}日` : `${formatDate(locale, start)}至${formatDate(locale, end)}`;
  }
  return sameMonth ? `${start.getUTCDate()}–${formatDate(locale, end)}` : `${formatDate(locale, start)} – ${formatDate(locale, end)}`;
}

export const formatArea = (locale: Locale, m2: number) => translate(locale, 'common.sqm', { n: formatNumber(locale, m2) });
export const formatKm = (locale: Locale, km: number) => translate(locale, 'common.km', { n: formatNumber(locale, km) });
export const formatMinutes = (locale: Locale, minutes: number) =>
  translate(locale, 'common.minutes', { n: formatNumber(locale, minutes) });

/** A formatted figure with what its source says about it: "about 16,000", "100+" / "约1.6万", "100余". */
export function qualified(locale: Locale, text: string, detail: { about: boolean; orMore: boolean }): string {
  const words = dictionary(locale);
  return qualifiedNumber(text, detail, { about: words['common.about'], orMore: words['common.orMore'] });
}
