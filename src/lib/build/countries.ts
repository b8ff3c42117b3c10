/**
 * Nationalities by ISO 3166-1 alpha-2 code, named in both languages by the maintained
 * i18n-iso-countries package (build only: pages get the names as text).
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import type { Locale } from '../../i18n/locales.ts';
import { intlLocale } from '../../i18n/locales.ts';

countries.registerLocale(en);
countries.registerLocale(zh);

/** XK (Kosovo) is a user-assigned code, not part of ISO 3166-1. */
const userAssigned = new Set(['XK']);

/** Every ISO 3166-1 alpha-2 code the package knows. */
export const countryCodes: readonly string[] = Object.keys(countries.getAlpha2Codes()).filter((code) => !userAssigned.has(code));

export const isCountryCode = (code: string): boolean => /^[A-Z]{2}$/.test(code) && countryCodes.includes(code);

/** Official names a reader would not look for: "Korea, Republic of", "Russian Federation", "The Republic of North Macedonia". */
const formal = /,|Federation|of America|^The |People's Republic of China/;

/** The country's name in a language as a reader looks for it ("South Korea", "Russia", "英国"). */
export function countryName(code: string, locale: Locale): string {
  const official = countries.getName(code, locale) ?? code;
  return locale === 'en' && formal.test(official) ? (countries.getName(code, locale, { select: 'alias' }) ?? official) : official;
}

/** Every country with its name, sorted as the language sorts (Chinese by pinyin). */
export function countryOptions(locale: Locale): { code: string; name: string }[] {
  const collator = new Intl.Collator(intlLocale[locale]);
  return countryCodes.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name));
}
