/**
 * A day, a month or a span of them as each language writes dates: "12–15 May 2027", "May–June 2027"
 * / "2027年5月12日至15日", "2027年5月至6月". Days are YYYY-MM-DD, months YYYY-MM. Used by the request
 * and the date check alike.
 */
import { intlLocale, type Locale } from '../../i18n/locales.ts';

const utc = (value: string) => new Date(`${value.length === 7 ? `${value}-01` : value}T00:00:00Z`);

/** 2027年5月12日, or with the year (and month) left out where the span's start already gives them. */
function zhDate(value: string, shared: 'none' | 'year' | 'month' = 'none'): string {
  const [year, month, day] = value.split('-').map(Number);
  return `${shared === 'none' ? `${year}年` : ''}${shared === 'month' ? '' : `${month}月`}${day === undefined ? '' : `${day}日`}`;
}

const dayFormat = new Intl.DateTimeFormat(intlLocale.en, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(intlLocale.en, { year: 'numeric', month: 'long', timeZone: 'UTC' });

/** From `from` to `to` (the same value for one day or month). */
export function spanText(from: string, to: string, locale: Locale): string {
  if (locale === 'zh') {
    if (from === to) return zhDate(from);
    return `${zhDate(from)}至${zhDate(to, from.slice(0, 7) === to.slice(0, 7) && from.length === 10 ? 'month' : from.slice(0, 4) === to.slice(0, 4) ? 'year' : 'none')}`;
  }
  const format = from.length === 7 ? monthFormat : dayFormat;
  return from === to ? format.format(utc(from)) : format.formatRange(utc(from), utc(to));
}
